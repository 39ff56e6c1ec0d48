// "Cara Memasang": the copy buttons and the snippet configurator. Listeners are attached here, never in
// on…="" attributes, so the page runs under a CSP without 'unsafe-inline'.
/* global setTimeout, clearTimeout */
import { ATRIBUT, atributTerpakai, buatCuplikan, diabaikan, peringatanCuplikan } from './cuplikan.js';

const PESAN = {
  tersalin: { id: 'Tersalin ke papan klip.', en: 'Copied to the clipboard.' },
  manual: {
    id: 'Teks sudah dipilih: salin dengan Ctrl+C (⌘C di Mac), atau dengan menu Salin di ponsel.',
    en: "Text selected: copy it with Ctrl+C (⌘C on a Mac), or with your phone's Copy menu.",
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

/**
 * Says `kunci` in the snippet's status line (a polite live region). Emptied first and written a moment
 * later, so a second copy is announced again rather than left as the same text.
 */
let pewaktuUmumkan;
function umumkan(status, kunci) {
  if (!status) return;
  clearTimeout(pewaktuUmumkan);
  status.textContent = '';
  pewaktuUmumkan = setTimeout(() => {
    status.textContent = pesan(kunci);
  }, 100);
}

async function salin(tombol) {
  const sumber = document.getElementById(tombol.dataset.salin);
  const status = tombol.closest('.cuplikan')?.querySelector('.status-salin');
  if (!sumber) return;
  try {
    await navigator.clipboard.writeText(sumber.textContent);
    umumkan(status, 'tersalin');
  } catch {
    // No clipboard permission (an old browser, an embedded view): leave the text selected instead.
    pilihTeks(sumber);
    umumkan(status, 'manual');
  }
}

for (const tombol of document.querySelectorAll('button.salin[data-salin]')) {
  tombol.addEventListener('click', () => salin(tombol));
}

const form = document.getElementById('konfigurator');
const hasil = document.getElementById('hasil-konfigurator');
const pratinjau = document.getElementById('pratinjau');
const peringatan = document.getElementById('peringatan-cuplikan');
/** The warnings shown, as one string: rewritten only when they change. */
let peringatanTerakhir = '';

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

/**
 * Shows only the fields the chosen element takes, and of those only the ones it reads with the values
 * given: a badge with a feed reads no `src` and no CSV body (the snippet leaves them out), so their fields
 * go too rather than look as if they counted.
 */
function aturKolom({ elemen, atribut }) {
  const kelompok =
    {
      'ppid-badge': 'lencana',
      'ppid-permintaan': 'formulir',
      'ppid-status-permintaan': 'status',
    }[elemen] ?? 'daftar';
  const abai = diabaikan(elemen, atribut);
  for (const label of form.querySelectorAll('[data-untuk]')) {
    const nama = label.querySelector('[name]')?.getAttribute('name') ?? '';
    label.hidden = !label.dataset.untuk.split(' ').includes(kelompok) || abai.includes(nama);
  }
}

function perbaruiCuplikan() {
  const opsi = bacaForm();
  aturKolom(opsi);
  hasil.textContent = buatCuplikan(opsi);
  // What the admin must still change (a missing key, a CSV's body, Blogger's full https:// addresses …),
  // under the snippet: one paragraph each, in a polite live region (role="status") that stays in the page,
  // empty (and not shown, :empty in situs.css) when there is nothing to say. Rewritten only when the
  // sentences change, so typing does not repeat them to a screen reader.
  if (peringatan) {
    const teks = peringatanCuplikan(opsi).map((p) => p[bahasa()]);
    if (teks.join('\n') !== peringatanTerakhir) {
      peringatanTerakhir = teks.join('\n');
      peringatan.replaceChildren(
        ...teks.map((t) => {
          const p = document.createElement('p');
          p.textContent = t;
          return p;
        }),
      );
    }
  }
  // The snippet changed: an earlier "copied" no longer holds.
  const status = hasil.closest('.cuplikan')?.querySelector('.status-salin');
  clearTimeout(pewaktuUmumkan);
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
  // At load both follow the form as it is: a browser that restores the fields' values (back, reload)
  // would otherwise show a snippet that disagrees with the page's preview.
  perbaruiCuplikan();
  perbaruiPratinjau();
}
