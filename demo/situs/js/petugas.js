// The demo's officer page: lists the requests of the intake server's officer API (/api/v1/petugas/…,
// passed on by the demo server) and records status events. Plain DOM, text set with textContent only,
// listeners attached here (no inline scripts), so it runs under `default-src 'self'`.
(() => {
  const API = '/api/v1/petugas';
  // One page of the officer API's list; `total` says how many match.
  const PER_HALAMAN = 100;
  const KUNCI_TOKEN = 'terbuka.demo.token-petugas';
  const HURUF = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
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
  if (!formToken || !formStatus) return;

  let token = sessionStorage.getItem(KUNCI_TOKEN) ?? '';
  let pilihan;
  let mulai = 0;
  // The request whose closing was warned about: the next "save" closes it.
  let sudahDiingatkan;

  for (const h of HURUF) {
    const label = document.createElement('label');
    const kotak = document.createElement('input');
    kotak.type = 'checkbox';
    kotak.name = 'grounds';
    kotak.value = h;
    label.append(kotak, ` ${h}`);
    formStatus.querySelector('.pilihan-huruf').append(label);
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
    daftar.replaceChildren();
    for (const p of items) {
      const tr = document.createElement('tr');
      const nomor = document.createElement('th');
      nomor.scope = 'row';
      nomor.textContent = p.number;
      const tenggat = sel(p.deadline);
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
      const aksi = document.createElement('td');
      aksi.append(tombol);
      tr.append(
        nomor,
        sel(JENIS[p.kind]?.[bahasa()] ?? p.kind),
        sel(tanggal(p.receivedAt)),
        tenggat,
        sel(STATUS[p.status]?.[bahasa()] ?? p.status, 'status'),
        ringkasanSel(p),
        aksi,
      );
      daftar.append(tr);
    }
  }

  /** Requester and summary; an objection also names its request, and says when it is not linked. */
  function ringkasanSel(p) {
    const td = sel(`${p.requesterName} — ${p.summary}`);
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

  function pilih(p) {
    pilihan = p;
    sudahDiingatkan = undefined;
    peringatanSelesai.hidden = true;
    terpilih.textContent = `${t('terpilih')} ${p.number} (${STATUS[p.status]?.[bahasa()] ?? p.status})`;
    bagianUbah.hidden = false;
    judulUbah.focus();
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
    if (type !== 'jawab') return { type };
    const outcome = String(d.get('outcome'));
    const hasil = { type, outcome };
    const grounds = d.getAll('grounds').map(String);
    if (outcome === 'ditolak' || (outcome === 'dikabulkan-sebagian' && grounds.length > 0))
      hasil.grounds = grounds;
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
  document.getElementById('keluar').addEventListener('click', () => {
    sessionStorage.removeItem(KUNCI_TOKEN);
    token = '';
    masukan.value = '';
    daftar.replaceChildren();
    bagianDaftar.hidden = true;
    bagianUbah.hidden = true;
    pesan.textContent = '';
    mulai = 0;
  });
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
      r = await panggil(`/pengajuan/${pilihan.id}/peristiwa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(p),
      });
    } catch {
      pesan.textContent = t('gagal');
      return;
    }
    if (!r.ok) {
      pesan.textContent = await galatDari(r);
      return;
    }
    const baru = await r.json();
    await muat();
    pilih(baru);
    pesan.textContent = t('tersimpan')(baru.number, STATUS[baru.status]?.[bahasa()] ?? baru.status);
  });

  aturKolom();
  if (token) {
    masukan.value = token;
    muat();
  }
})();
