// "Cara Memasang": the copy buttons and the snippet configurator. Listeners are attached here, never in
// on…="" attributes, so the page runs under a CSP without 'unsafe-inline'.
import { ATRIBUT, atributTerpakai, buatCuplikan, peringatanCuplikan } from './cuplikan.js';

const PESAN = {
  tersalin: { id: 'Tersalin ke papan klip.', en: 'Copied to the clipboard.' },
  manual: {
    id: 'Teks sudah dipilih: tekan Ctrl+C (⌘C) untuk menyalin.',
    en: 'Text selected: press Ctrl+C (⌘C) to copy.',
  },
};
const bahasa = () => (document.documentElement.lang === 'en' ? 'en' : 'id');
const pesan = (kunci) => PESAN[kunci][bahasa()];

function pilihTeks(el) {
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}

async function salin(tombol) {
  const sumber = document.getElementById(tombol.dataset.salin);
  const status = tombol.closest('.cuplikan')?.querySelector('.status-salin');
  if (!sumber) return;
  try {
    await navigator.clipboard.writeText(sumber.textContent);
    if (status) status.textContent = pesan('tersalin');
  } catch {
    // No clipboard permission (an old browser, an embedded view): leave the text selected instead.
    pilihTeks(sumber);
    if (status) status.textContent = pesan('manual');
  }
}

for (const tombol of document.querySelectorAll('button.salin[data-salin]')) {
  tombol.addEventListener('click', () => salin(tombol));
}

const form = document.getElementById('konfigurator');
const hasil = document.getElementById('hasil-konfigurator');
const pratinjau = document.getElementById('pratinjau');
const peringatan = document.getElementById('peringatan-cuplikan');

function bacaForm() {
  const data = new FormData(form);
  const elemen = String(data.get('elemen'));
  const atribut = {};
  for (const nama of ATRIBUT[elemen] ?? []) atribut[nama] = String(data.get(nama) ?? '');
  // The form's mode (permintaan / keberatan) has its own select beside the lists' mode (periksa).
  if (elemen === 'ppid-permintaan') atribut.mode = String(data.get('mode-formulir') ?? '');
  return {
    elemen,
    atribut,
    platform: String(data.get('platform')),
    skrip: data.get('sertakan-skrip') ? String(data.get('skrip') ?? '') : '',
  };
}

/** Shows only the fields the chosen element takes. */
function aturKolom(elemen) {
  const kelompok =
    {
      'ppid-badge': 'lencana',
      'ppid-permintaan': 'formulir',
      'ppid-status-permintaan': 'status',
    }[elemen] ?? 'daftar';
  for (const label of form.querySelectorAll('[data-untuk]')) {
    label.hidden = !label.dataset.untuk.split(' ').includes(kelompok);
  }
}

function perbaruiCuplikan() {
  const opsi = bacaForm();
  aturKolom(opsi.elemen);
  hasil.textContent = buatCuplikan(opsi);
  // What the platform needs changed (Blogger: full https:// addresses), under the snippet.
  if (peringatan) {
    const teks = peringatanCuplikan(opsi).map((p) => p[bahasa()]);
    peringatan.textContent = teks.join(' ');
    peringatan.hidden = teks.length === 0;
  }
  const status = hasil.closest('.cuplikan')?.querySelector('.status-salin');
  if (status) status.textContent = '';
}

/** The element itself, built with setAttribute (values are never parsed as HTML). */
function perbaruiPratinjau() {
  const { elemen, atribut } = bacaForm();
  const el = document.createElement(elemen);
  // The attributes the snippet writes, no others.
  for (const [nama, nilai] of atributTerpakai(elemen, atribut)) el.setAttribute(nama, nilai);
  pratinjau.replaceChildren(el);
}

if (form && hasil && pratinjau) {
  form.addEventListener('input', perbaruiCuplikan);
  // The preview fetches its source: rebuild it when a field is committed, not on every keystroke.
  form.addEventListener('change', () => {
    perbaruiCuplikan();
    perbaruiPratinjau();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // The site's language switch: the warning follows it.
  new MutationObserver(perbaruiCuplikan).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  perbaruiCuplikan();
}
