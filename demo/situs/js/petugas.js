// The demo's officer page: lists the requests of the intake server's officer API (/api/v1/petugas/…,
// passed on by the demo server) and records status events. Plain DOM, text set with textContent only,
// listeners attached here (no inline scripts), so it runs under `default-src 'self'`. The SDK's data it
// needs (Pasal 17 titles, the transition table, field labels, the words of the Atasan PPID's decision on an
// objection, the names of a refusal's consequence and other law) comes from /data/petugas-sdk.json, which the
// demo server builds from the SDK (demo/server.mjs): no rule of the standard is copied here.
(() => {
  const API = '/api/v1/petugas';
  // One page of the officer API's list; `total` says how many match.
  const PER_HALAMAN = 100;
  const KUNCI_TOKEN = 'terbuka.demo.token-petugas';
  // A summary in the list stops here; the details panel has the full text.
  const RINGKAS = 200;
  const STATUS = {
    diterima: { id: 'diterima', en: 'received' },
    diproses: { id: 'diproses', en: 'in process' },
    diperpanjang: { id: 'diperpanjang', en: 'extended' },
    dijawab: { id: 'dijawab', en: 'answered' },
    keberatan: { id: 'keberatan', en: 'objected' },
    selesai: { id: 'selesai', en: 'closed' },
  };
  const JENIS = {
    permintaan: { id: 'permintaan', en: 'request' },
    keberatan: { id: 'keberatan', en: 'objection' },
  };
  const PESAN = {
    memuat: { id: 'Memuat…', en: 'Loading…' },
    kosong: { id: 'Belum ada permohonan.', en: 'No requests yet.' },
    jumlah: { id: (n) => `${n} permohonan.`, en: (n) => `${n} request(s).` },
    halaman: {
      id: (a, b, n) => `${a}–${b} dari ${n} (terbaru dulu).`,
      en: (a, b, n) => `${a}–${b} of ${n} (newest first).`,
    },
    atasNomor: { id: (n) => `atas nomor ${n}`, en: (n) => `concerning ${n}` },
    belumTertaut: {
      id: 'belum tertaut: cocokkan dengan permohonannya',
      en: 'not linked: match it to its request',
    },
    masaKeberatan: {
      id: (t) =>
        `Masa keberatan pemohon masih berjalan sampai ${t}. Bila ditutup sekarang, keberatan yang datang kemudian tidak lagi tercatat pada permohonan ini. Tekan "Simpan status" sekali lagi untuk tetap menutupnya.`,
      en: (t) =>
        `The requester's objection period runs until ${t}. Closed now, an objection that comes later is no longer recorded on this request. Press "Save the status" again to close it anyway.`,
    },
    tersimpan: {
      id: (n, s) => `Status ${n} sekarang: ${s}.`,
      en: (n, s) => `The status of ${n} is now: ${s}.`,
    },
    gagal: {
      id: 'Server penerima tidak dapat dihubungi. Apakah npm start masih berjalan?',
      en: 'The intake server cannot be reached. Is npm start still running?',
    },
    terlambat: { id: 'lewat tenggat', en: 'overdue' },
    ubah: { id: 'Ubah status', en: 'Change status' },
    terpilih: { id: 'Permohonan terpilih:', en: 'Selected request:' },
    peristiwaUntuk: { id: (n) => `Peristiwa untuk ${n}`, en: (n) => `Event for ${n}` },
    tanpaPeristiwa: {
      id: (s) => `Status "${s}": tidak ada peristiwa lagi yang dapat dicatat di sini.`,
      en: (s) => `Status "${s}": no further event can be recorded here.`,
    },
    memuatRincian: { id: 'Memuat rincian…', en: 'Loading the details…' },
    diubahLain: {
      id: (s) =>
        `Permohonan ini sudah diubah di tab/perangkat lain; data terbaru dimuat ulang. Status sekarang: ${s}. Isian Anda tetap ada: periksa, lalu simpan lagi bila masih perlu.`,
      en: (s) =>
        `This request has been changed in another tab or device; the latest data has been reloaded. Its status now: ${s}. What you entered is kept: check it, then save again if still needed.`,
    },
    tokenTidakSah: {
      id: 'Token tidak sah lagi dan sudah dilupakan. Masukkan token yang berlaku.',
      en: 'The token is no longer valid and has been forgotten. Enter a valid token.',
    },
  };
  // Whose deadline the list's date is (the API's deadlineKind, the SDK's JenisTenggat).
  const TENGGAT = {
    permintaan: { id: 'jawaban PPID', en: "the PPID's answer" },
    perpanjangan: { id: 'jawaban PPID (diperpanjang)', en: "the PPID's answer (extended)" },
    keberatan: { id: 'masa keberatan pemohon', en: "the requester's objection period" },
    'tanggapan-keberatan': { id: 'tanggapan Atasan PPID', en: "the Atasan PPID's response" },
    sengketa: { id: 'pengajuan sengketa pemohon', en: "the requester's dispute filing" },
  };
  const bahasa = () => (document.documentElement.lang === 'en' ? 'en' : 'id');
  const t = (kunci) => PESAN[kunci][bahasa()];

  const formToken = document.getElementById('form-token');
  const masukan = document.getElementById('token');
  const pesan = document.getElementById('pesan');
  const bagianDaftar = document.getElementById('bagian-daftar');
  const daftar = document.getElementById('daftar');
  const bagianUbah = document.getElementById('bagian-ubah');
  const judulUbah = document.getElementById('judul-ubah');
  const terpilih = document.getElementById('terpilih');
  const formStatus = document.getElementById('form-status');
  const jumlahHalaman = document.getElementById('jumlah-halaman');
  const tombolSebelumnya = document.getElementById('sebelumnya');
  const tombolBerikutnya = document.getElementById('berikutnya');
  const termasukSelesai = document.getElementById('termasuk-selesai');
  const peringatanSelesai = document.getElementById('peringatan-selesai');
  const pesanStatus = document.getElementById('pesan-status');
  const judulNomor = document.getElementById('judul-nomor');
  const legenda = document.getElementById('legenda-peristiwa');
  const rincian = document.getElementById('rincian');
  const keadaanRincian = document.getElementById('keadaan-rincian');
  const tanpaPeristiwa = document.getElementById('tanpa-peristiwa');
  const tombolSimpan = formStatus?.querySelector('button[type="submit"]');
  if (!formToken || !formStatus) return;

  let token = sessionStorage.getItem(KUNCI_TOKEN) ?? '';
  let pilihan;
  let mulai = 0;
  // The request whose closing was warned about: the next "save" closes it.
  let sudahDiingatkan;
  // The SDK's data (/data/petugas-sdk.json): { pasal17: [{ letter, title }], boleh, label, putusan, penolakan }.
  let sdk = { pasal17: [], boleh: undefined, label: {}, putusan: {}, penolakan: {} };

  /** A Teks ({ id, en }) in the page's language. */
  const teks = (x) => (x ? (x[bahasa()] ?? x.id) : '');

  /** The Pasal 17 boxes, each with its letter's title. */
  function kotakPasal17() {
    const wadah = formStatus.querySelector('.pilihan-huruf');
    wadah.replaceChildren();
    for (const { letter, title } of sdk.pasal17) {
      const label = document.createElement('label');
      const kotak = document.createElement('input');
      kotak.type = 'checkbox';
      kotak.name = 'grounds';
      kotak.value = letter;
      label.append(kotak, ` ${letter}. ${teks(title)}`);
      wadah.append(label);
    }
  }

  /** The refusal's fields named in the SDK's words (LABEL_PENOLAKAN); the page's own without them. */
  function labelPenolakan() {
    for (const el of formStatus.querySelectorAll('[data-penolakan]')) {
      const label = sdk.penolakan?.[el.dataset.penolakan];
      if (label) el.textContent = teks(label);
    }
  }

  /** The decision's options in the SDK's words (LABEL_PUTUSAN_KEBERATAN); the page's own without them. */
  function pilihanPutusan() {
    for (const o of formStatus.querySelectorAll('#putusan option')) {
      const label = sdk.putusan?.[o.value];
      if (label) o.textContent = teks(label);
    }
  }

  async function muatSdk() {
    try {
      const r = await fetch('/data/petugas-sdk.json');
      if (r.ok) sdk = await r.json();
    } catch {
      // Without it: no boxes, every event offered; the server still checks.
    }
    kotakPasal17();
    pilihanPutusan();
    labelPenolakan();
  }

  /** The first error message of an `{ errors }` body, in the page's language. */
  async function galatDari(r) {
    try {
      const b = await r.json();
      const m = b.errors?.[0]?.message;
      if (m) return m[bahasa()] ?? m.id;
    } catch {
      // not JSON: fall through to the status line
    }
    return `HTTP ${r.status}`;
  }

  async function panggil(jalur, init = {}) {
    return fetch(`${API}${jalur}`, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
      cache: 'no-store',
      credentials: 'omit',
    });
  }

  const tanggal = (iso) => iso.slice(0, 10);

  function sel(teks, kelas) {
    const td = document.createElement('td');
    td.textContent = teks;
    if (kelas) td.className = kelas;
    return td;
  }

  function tampilkan(items) {
    const kepala = [...document.querySelectorAll('.tabel-petugas thead th')].map((th) =>
      th.textContent.trim(),
    );
    daftar.replaceChildren();
    for (const p of items) {
      const tr = document.createElement('tr');
      const nomor = document.createElement('th');
      nomor.scope = 'row';
      const teksNomor = document.createElement('span');
      teksNomor.className = 'nomor';
      teksNomor.textContent = p.number;
      const tenggat = sel(p.deadline);
      const milik = TENGGAT[p.deadlineKind];
      if (milik) {
        const siapa = document.createElement('span');
        siapa.className = 'tenggat-milik';
        siapa.textContent = ` (${teks(milik)})`;
        tenggat.append(siapa);
      }
      if (p.overdue) {
        const tanda = document.createElement('strong');
        tanda.className = 'terlambat';
        tanda.textContent = ` (${t('terlambat')})`;
        tenggat.append(tanda);
      }
      const tombol = document.createElement('button');
      tombol.type = 'button';
      tombol.textContent = t('ubah');
      tombol.setAttribute('aria-label', `${t('ubah')} ${p.number}`);
      tombol.addEventListener('click', () => pilih(p));
      // The button beside the number: on a phone both stay in view.
      nomor.append(teksNomor, ' ', tombol);
      tr.append(
        nomor,
        sel(JENIS[p.kind]?.[bahasa()] ?? p.kind),
        sel(tanggal(p.receivedAt)),
        tenggat,
        sel(STATUS[p.status]?.[bahasa()] ?? p.status, 'status'),
        ringkasanSel(p),
      );
      // Stacked on a phone (css/situs.css), each cell shows its column's name.
      tr.querySelectorAll('td').forEach((td, i) => (td.dataset.label = kepala[i + 1] ?? ''));
      daftar.append(tr);
    }
  }

  /** Requester and summary; an objection also names its request, and says when it is not linked. */
  function ringkasanSel(p) {
    const ringkas = p.summary.length > RINGKAS ? `${p.summary.slice(0, RINGKAS).trimEnd()}…` : p.summary;
    const td = sel(`${p.requesterName} — ${ringkas}`, 'ringkasan');
    if (p.kind === 'keberatan' && p.requestNumber) {
      const atas = document.createElement('span');
      atas.className = 'atas-nomor';
      atas.textContent = ` (${t('atasNomor')(p.requestNumber)}`;
      td.append(atas);
      if (p.linked === false) {
        const tanda = document.createElement('strong');
        tanda.className = 'terlambat';
        tanda.textContent = `; ${t('belumTertaut')}`;
        td.append(tanda);
      }
      td.append(')');
    }
    return td;
  }

  async function muat() {
    pesan.textContent = t('memuat');
    let r;
    try {
      const saring = termasukSelesai.checked ? '' : '&open=true';
      r = await panggil(`/pengajuan?order=newest${saring}&limit=${PER_HALAMAN}&offset=${mulai}`);
    } catch {
      pesan.textContent = t('gagal');
      return false;
    }
    if (!r.ok) {
      pesan.textContent = await galatDari(r);
      bagianDaftar.hidden = true;
      bagianUbah.hidden = true;
      return false;
    }
    const { items, total } = await r.json();
    // A page emptied by closing its last cases: back one page.
    if (items.length === 0 && mulai > 0) {
      mulai = Math.max(0, mulai - PER_HALAMAN);
      return muat();
    }
    tampilkan(items);
    bagianDaftar.hidden = false;
    pesan.textContent = total === 0 ? t('kosong') : t('jumlah')(total);
    jumlahHalaman.textContent = total === 0 ? '' : t('halaman')(mulai + 1, mulai + items.length, total);
    tombolSebelumnya.hidden = mulai === 0;
    tombolBerikutnya.hidden = mulai + items.length >= total;
    return true;
  }

  /**
   * Selects a request: the form starts over (nothing of the previous request's event, outcome, grounds or
   * note carries over), offers only the events its status allows, and its details are fetched.
   */
  function pilih(p, { fokus = true } = {}) {
    pilihan = p;
    sudahDiingatkan = undefined;
    peringatanSelesai.hidden = true;
    pesanStatus.textContent = '';
    formStatus.reset();
    aturPeristiwa(p);
    aturKolom();
    judulNomor.textContent = p.number;
    legenda.textContent = t('peristiwaUntuk')(p.number);
    terpilih.textContent = `${t('terpilih')} ${p.number} (${STATUS[p.status]?.[bahasa()] ?? p.status})`;
    bagianUbah.hidden = false;
    if (fokus) judulUbah.focus();
    return muatRincian(p.id);
  }

  /**
   * Only the events that may be recorded now: the server's allowedEvents (the SDK's rule, time conditions
   * included, at its clock); from a server without them, the SDK's table for the status.
   */
  function aturPeristiwa(p) {
    const boleh = p.allowedEvents ?? sdk.boleh?.[p.kind]?.[p.status];
    let pertama;
    for (const r of formStatus.querySelectorAll('input[name="type"]')) {
      const ya = !boleh || boleh.includes(r.value);
      r.closest('label').hidden = !ya;
      r.disabled = !ya;
      if (ya && !pertama) pertama = r;
    }
    if (pertama) pertama.checked = true;
    tanpaPeristiwa.hidden = Boolean(pertama);
    tanpaPeristiwa.textContent = pertama ? '' : t('tanpaPeristiwa')(STATUS[p.status]?.[bahasa()] ?? p.status);
    tombolSimpan.disabled = !pertama;
  }

  /** One term of the details: its label from the SDK's field labels. */
  function butir(jalur, nilai) {
    if (nilai === undefined || nilai === null || nilai === '') return;
    const dt = document.createElement('dt');
    dt.textContent = teks(sdk.label[jalur]) || jalur;
    const dd = document.createElement('dd');
    dd.textContent = Array.isArray(nilai) ? nilai.join(', ') : String(nilai);
    rincian.append(dt, dd);
  }

  /** The selected request's details (GET /pengajuan/{id}), as text only. */
  async function muatRincian(id) {
    rincian.replaceChildren();
    rincian.setAttribute('aria-busy', 'true');
    keadaanRincian.textContent = t('memuatRincian');
    let r;
    try {
      r = await panggil(`/pengajuan/${id}`);
    } catch {
      r = undefined;
    }
    if (pilihan?.id !== id) return; // another request was chosen meanwhile
    rincian.setAttribute('aria-busy', 'false');
    if (!r?.ok) {
      keadaanRincian.textContent = r ? await galatDari(r) : t('gagal');
      return;
    }
    const { request: q = {} } = await r.json();
    if (pilihan?.id !== id) return;
    keadaanRincian.textContent = '';
    const pemohon = q.requester ?? {};
    butir('requestNumber', q.requestNumber);
    butir('requester.kind', pemohon.kind);
    butir('requester.name', pemohon.name);
    butir('requester.nik', pemohon.nik);
    butir('requester.registration', pemohon.registration);
    butir('requester.address', pemohon.address);
    butir('requester.occupation', pemohon.occupation);
    butir('requester.email', pemohon.email);
    butir('requester.phone', pemohon.phone);
    if (q.proxy) {
      butir('proxy.name', q.proxy.name);
      butir('proxy.powerOfAttorney', q.proxy.powerOfAttorney);
    }
    butir('information', q.information);
    butir('purpose', q.purpose);
    butir('obtain', q.obtain);
    butir('delivery', q.delivery);
    butir('grounds', q.grounds);
    butir('caseSummary', q.caseSummary);
  }

  /** A message beside the status form; an error also takes the focus there. */
  function lapor(teksPesan, galat = false) {
    pesanStatus.textContent = teksPesan;
    pesanStatus.classList.toggle('galat', galat);
    if (galat) pesanStatus.focus();
  }

  /** What the officer has entered in the status form, to put back after a reload (`kembalikanIsian`). */
  function ambilIsian() {
    const isian = [];
    for (const el of formStatus.elements) {
      if (!el.name || el.type === 'submit' || el.type === 'button') continue;
      if (el.type === 'radio' || el.type === 'checkbox') isian.push({ el, checked: el.checked });
      else isian.push({ el, value: el.value });
    }
    return isian;
  }

  /**
   * Puts back what `ambilIsian` took: every text, choice and box; the event too, when the status now still
   * allows it (else the first one it allows stays chosen).
   */
  function kembalikanIsian(isian) {
    for (const { el, checked, value } of isian) {
      if (el.type === 'radio') {
        if (checked && !el.disabled) el.checked = true;
      } else if (el.type === 'checkbox') el.checked = checked;
      else el.value = value;
    }
    aturKolom();
  }

  /** Shows only the fields of the chosen event. */
  function aturKolom() {
    const jenis = new FormData(formStatus).get('type');
    for (const el of formStatus.querySelectorAll('[data-untuk]')) el.hidden = el.dataset.untuk !== jenis;
  }

  function peristiwa() {
    const d = new FormData(formStatus);
    const type = String(d.get('type'));
    if (type === 'perpanjang') return { type, reason: String(d.get('reason') ?? '').trim() };
    // The Atasan PPID's decision on an objection: the SDK cleans and checks the reasons and the signer.
    if (type === 'putusan-keberatan')
      return {
        type,
        decision: String(d.get('decision')),
        // Not d.get('reason'): the extension's field has that name too, and comes first.
        reason: document.getElementById('alasan-putusan').value,
        decidedBy: String(d.get('decidedBy') ?? ''),
      };
    if (type !== 'jawab') return { type };
    const outcome = String(d.get('outcome'));
    const hasil = { type, outcome };
    const grounds = d.getAll('grounds').map(String);
    if (outcome === 'ditolak' || (outcome === 'dikabulkan-sebagian' && grounds.length > 0)) {
      hasil.grounds = grounds;
      // With its grounds: the consequence of disclosure, and the other law of ground j. The SDK (on the
      // server) says when one is missing.
      const consequence = String(d.get('consequence') ?? '').trim();
      if (consequence) hasil.consequence = consequence;
      const otherLaw = String(d.get('otherLaw') ?? '').trim();
      if (otherLaw && grounds.includes('j')) hasil.otherLaw = otherLaw;
    }
    const holder = String(d.get('holder') ?? '').trim();
    if (outcome === 'tidak-dikuasai') hasil.holder = holder;
    const note = String(d.get('note') ?? '').trim();
    if (note) hasil.note = note;
    return hasil;
  }

  formToken.addEventListener('submit', async (e) => {
    e.preventDefault();
    token = masukan.value.trim();
    if (await muat()) sessionStorage.setItem(KUNCI_TOKEN, token);
  });
  function lupakanToken() {
    sessionStorage.removeItem(KUNCI_TOKEN);
    token = '';
    masukan.value = '';
    daftar.replaceChildren();
    bagianDaftar.hidden = true;
    bagianUbah.hidden = true;
    pilihan = undefined;
    pesan.textContent = '';
    mulai = 0;
  }
  document.getElementById('keluar').addEventListener('click', lupakanToken);
  // Paging hides the button pressed on the first or last page: focus goes to the list's heading, not
  // back to the top of the page.
  const keDaftar = () => document.getElementById('judul-daftar').focus();
  tombolSebelumnya.addEventListener('click', async () => {
    mulai = Math.max(0, mulai - PER_HALAMAN);
    if (await muat()) keDaftar();
  });
  tombolBerikutnya.addEventListener('click', async () => {
    mulai += PER_HALAMAN;
    if (await muat()) keDaftar();
  });
  termasukSelesai.addEventListener('change', () => {
    mulai = 0;
    muat();
  });
  formStatus.addEventListener('change', aturKolom);
  formStatus.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!pilihan) return;
    const p = peristiwa();
    // Closing while the requester may still object: say so once; the next save closes.
    if (p.type === 'selesai' && pilihan.objectionWindowOpen && sudahDiingatkan !== pilihan.id) {
      sudahDiingatkan = pilihan.id;
      peringatanSelesai.textContent = t('masaKeberatan')(pilihan.deadline);
      peringatanSelesai.hidden = false;
      return;
    }
    peringatanSelesai.hidden = true;
    let r;
    try {
      // With the revision this page read: if the record changed since (another tab, another officer), the
      // server records nothing and answers 409 status.changed.
      const revision = pilihan.revision;
      r = await panggil(`/pengajuan/${pilihan.id}/peristiwa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(revision === undefined ? p : { ...p, revision }),
      });
    } catch {
      lapor(t('gagal'), true);
      return;
    }
    if (r.status === 401) {
      // The token was revoked or changed: forget it and go back to the token field.
      lupakanToken();
      pesan.textContent = t('tokenTidakSah');
      masukan.focus();
      return;
    }
    if (!r.ok) {
      const galat = await galatDari(r);
      if (r.status === 409) {
        // Changed since this page read it (status.changed), or refused as a transition: show what is recorded
        // now, keeping what the officer entered.
        const { id, status: tadi, revision: dibaca } = pilihan;
        const isian = ambilIsian();
        await muat();
        let kini;
        try {
          const d = await panggil(`/pengajuan/${id}`);
          if (d.ok) kini = await d.json();
        } catch {
          // keep the old selection
        }
        if (kini && (kini.status !== tadi || kini.revision !== dibaca)) {
          await pilih(kini, { fokus: false });
          kembalikanIsian(isian);
          lapor(t('diubahLain')(STATUS[kini.status]?.[bahasa()] ?? kini.status), true);
          return;
        }
      }
      lapor(galat, true);
      return;
    }
    const baru = await r.json();
    await muat();
    pilih(baru);
    lapor(t('tersimpan')(baru.number, STATUS[baru.status]?.[bahasa()] ?? baru.status));
  });

  aturKolom();
  muatSdk().then(() => {
    if (token) {
      masukan.value = token;
      muat();
    }
  });
})();
