import Table from 'cli-table3';
import { Option, type Command } from 'commander';
import {
  ATURAN_TENGGAT,
  formatAngka,
  GalatTransisi,
  HASIL_JAWABAN,
  isiTeks,
  LABEL_PUTUSAN_KEBERATAN,
  labelPengajuan,
  LABEL_PENOLAKAN,
  PASAL_17,
  PERISTIWA_BOLEH,
  peristiwaBolehPada,
  PUTUSAN_KEBERATAN,
  STATUS_PERMINTAAN,
  tanggalTeks,
  tanggalValid,
  terapkanPeristiwa,
  waktuDiZona,
  ZONA_INDONESIA,
  type JenisTenggat,
  type PeristiwaStatus,
  type PutusanKeberatan,
  type Riwayat,
  type Teks,
  type ZonaWaktu,
} from '@terbuka/sdk';
import { bukanFolder, tulisBerkasUtuh } from '../berkas.js';
import { GalatPengguna, type Keluaran } from '../keluaran.js';
import { bacaKoneksi, GalatAPIPetugas, KODE_DITOLAK, panggil, type Koneksi } from './petugas-api.js';

type Jalankan = (kerja: (out: Keluaran) => Promise<number> | number) => Promise<void>;

/** One item of the officer list (the API's RingkasanPengajuan). */
interface Ringkasan {
  readonly id: number;
  readonly number: string;
  readonly kind: 'permintaan' | 'keberatan';
  readonly agency: string;
  readonly receivedAt: string;
  readonly receivedOn: string;
  readonly status: string;
  readonly deadline: string;
  readonly deadlineKind?: JenisTenggat;
  readonly revision?: number;
  readonly overdue: boolean;
  readonly objectionWindowOpen?: boolean;
  readonly allowedEvents?: readonly string[];
  readonly requestNumber?: string;
  readonly linked?: boolean;
  readonly requesterName: string;
  readonly summary: string;
}

type Peristiwa = Record<string, unknown> & { at: string; type: string };

/** One record (the API's RincianPengajuan). */
interface Rincian extends Ringkasan {
  readonly request: Record<string, unknown>;
  readonly receipt?: { agency?: { name?: string; timeZone?: ZonaWaktu } };
  readonly history: { events: Peristiwa[] };
}

/**
 * Every event the SDK's transition table names, in its order: `catat` takes these, so an event the SDK adds
 * is taken without a change here.
 */
export const SEMUA_PERISTIWA: readonly string[] = [
  ...new Set(Object.values(PERISTIWA_BOLEH).flatMap((t) => Object.values(t).flat())),
];

/**
 * The events that may be recorded now: the server's, by the SDK's rule at the clock it records with
 * (peristiwaBolehPada: the table for the kind and status, its time conditions, an objection while the
 * answer's window runs); from a server without them, the same rule at this machine's clock.
 */
export function peristiwaBoleh(
  r: Pick<Ringkasan, 'kind' | 'status' | 'deadline' | 'deadlineKind' | 'allowedEvents'>,
): string[] {
  return [
    ...(r.allowedEvents ??
      peristiwaBolehPada({ ...r, status: r.status as (typeof STATUS_PERMINTAAN)[number] }, new Date())),
  ];
}

/**
 * The events the record's kind and status take at some time (the SDK's table, and an objection while the
 * window runs): one outside these is refused here; one among them the time refuses is the server's to say.
 */
function peristiwaMenurutStatus(r: Pick<Ringkasan, 'kind' | 'status' | 'objectionWindowOpen'>): string[] {
  const tabel = PERISTIWA_BOLEH[r.kind]?.[r.status as (typeof STATUS_PERMINTAAN)[number]] ?? [];
  return r.objectionWindowOpen && !tabel.includes('keberatan') ? [...tabel, 'keberatan'] : [...tabel];
}

const sebutBoleh = (boleh: readonly string[]): Teks =>
  boleh.length > 0
    ? { id: boleh.join(', '), en: boleh.join(', ') }
    : { id: 'tidak ada (sudah selesai)', en: 'none (closed)' };

/** Whose deadline it is, by the SDK's deadline kinds. */
const labelTenggat = (kind: JenisTenggat | undefined): Teks | undefined =>
  kind ? ATURAN_TENGGAT[kind]?.label : undefined;

interface OpsiServer {
  server?: string;
  agency?: string;
}

interface OpsiSaringan extends OpsiServer {
  status?: string;
  jenis?: string;
  dari?: string;
  sampai?: string;
  tahun?: string;
  lewatTenggat?: boolean;
  belumSelesai?: boolean;
  terbaru?: boolean;
  nomor?: string;
  cari?: string;
}

function opsiServer(c: Command): Command {
  return c
    .option(
      '--server <url>',
      'alamat dasar API server (bawaan: TERBUKA_SERVER); token dari TERBUKA_TOKEN / the API base address; token from TERBUKA_TOKEN',
    )
    .option('--agency <id>', 'hanya badan publik ini / only this agency');
}

function opsiSaringan(c: Command): Command {
  return opsiServer(c)
    .addOption(new Option('--status <status>', 'status').choices(STATUS_PERMINTAAN))
    .addOption(
      new Option('--jenis <jenis>', 'permintaan atau keberatan / request or objection').choices([
        'permintaan',
        'keberatan',
      ]),
    )
    .option('--dari <tanggal>', 'diterima sejak YYYY-MM-DD / received from')
    .option('--sampai <tanggal>', 'diterima sampai YYYY-MM-DD / received until')
    .option('--tahun <tahun>', 'tahun diterima / year received')
    .option('--lewat-tenggat', 'hanya yang lewat tenggat / overdue only')
    .option('--belum-selesai', 'tanpa yang sudah selesai / leave out closed ones')
    .option('--terbaru', 'terbaru dulu (bawaan: terlama dulu) / newest first')
    .option('--nomor <nomor>', 'satu nomor pendaftaran persis / one registration number exactly')
    .option('--cari <teks>', 'nomor yang memuat teks ini / numbers containing this text');
}

function galatOpsi(opsi: string, nilai: string, harus: Teks): GalatPengguna {
  return new GalatPengguna(
    isiTeks(
      { id: `{o} "{v}" harus ${harus.id}.`, en: `{o} "{v}" must be ${harus.en}.` },
      { o: opsi, v: nilai },
    ),
  );
}

/**
 * An option's parser that takes only a value of the SDK's list `daftar`: another stops the command as it is
 * parsed — before a token is read or the server asked — with exit 2, naming the values allowed (with the
 * SDK's words for each, when `label` gives them).
 */
function salahSatu(
  opsi: string,
  daftar: readonly string[],
  label?: (v: string) => Teks,
): (nilai: string) => string {
  const sebut = (b: 'id' | 'en') => daftar.map((v) => (label ? `${v} (${label(v)[b]})` : v)).join(', ');
  return (nilai) => {
    if (daftar.includes(nilai)) return nilai;
    throw galatOpsi(opsi, nilai, {
      id: `salah satu dari: ${sebut('id')}`,
      en: `one of: ${sebut('en')}`,
    });
  };
}

const HURUF_PASAL_17: readonly string[] = PASAL_17.map((p) => p.letter);

/**
 * `--pasal17`'s parser: letters separated by commas or spaces, any case, gathered over repeats; a letter that
 * is not one of Pasal 17's stops the command as it is parsed (exit 2), naming the letters.
 */
function hurufPasal17(nilai: string, sebelumnya: string[]): string[] {
  const huruf = nilai
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (huruf.length === 0 || huruf.some((h) => !HURUF_PASAL_17.includes(h)))
    throw galatOpsi('--pasal17', nilai, {
      id: `huruf Pasal 17 UU KIP, dipisah koma: ${HURUF_PASAL_17.join(', ')}`,
      en: `letters of UU KIP Article 17, separated by commas: ${HURUF_PASAL_17.join(', ')}`,
    });
  return [...sebelumnya, ...huruf];
}

function bacaTahun(nilai: string, opsi = '--tahun'): number {
  const n = Number(nilai);
  if (!/^\d{4}$/.test(nilai.trim()))
    throw galatOpsi(opsi, nilai, { id: 'tahun empat angka, mis. 2026', en: 'a four-digit year, e.g. 2026' });
  // The server's year filter starts there too (a register older than the law's 2008 holds nothing).
  if (n < 2000)
    throw galatOpsi(opsi, nilai, { id: 'tahun 2000 atau sesudahnya', en: 'the year 2000 or later' });
  return n;
}

/** The list's and the export's filters as the API's query (its own names). */
function kueri(o: OpsiSaringan): URLSearchParams {
  const q = new URLSearchParams();
  for (const [opsi, nilai] of [
    ['--dari', o.dari],
    ['--sampai', o.sampai],
  ] as const)
    if (nilai !== undefined && !tanggalValid(nilai))
      throw galatOpsi(opsi, nilai, { id: 'tanggal YYYY-MM-DD', en: 'a date YYYY-MM-DD' });
  if (o.agency !== undefined) q.set('agency', o.agency);
  if (o.status !== undefined) q.set('status', o.status);
  if (o.jenis !== undefined) q.set('kind', o.jenis);
  if (o.dari !== undefined) q.set('from', o.dari);
  if (o.sampai !== undefined) q.set('to', o.sampai);
  if (o.tahun !== undefined) q.set('year', String(bacaTahun(o.tahun)));
  if (o.lewatTenggat) q.set('overdue', 'true');
  if (o.belumSelesai) q.set('open', 'true');
  if (o.terbaru) q.set('order', 'newest');
  if (o.nomor !== undefined) q.set('number', o.nomor);
  if (o.cari !== undefined) q.set('q', o.cari);
  return q;
}

function bilangan(nilai: string | undefined, opsi: string, maks: number): number | undefined {
  if (nilai === undefined) return undefined;
  const n = Number(nilai);
  if (!/^\d+$/.test(nilai.trim()) || n > maks)
    throw galatOpsi(opsi, nilai, { id: `bilangan bulat 0–${maks}`, en: `an integer 0–${maks}` });
  return n;
}

const satuBaris = (s: string) => s.replace(/\s+/g, ' ').trim();

function potong(s: string, n: number): string {
  const t = satuBaris(s);
  return [...t].length > n ? `${[...t].slice(0, n - 1).join('')}…` : t;
}

/** The deadline in words, whose it is, and whether it has passed. */
function teksTenggat(r: Ringkasan, out: Keluaran): string {
  const label = labelTenggat(r.deadlineKind);
  const lewat = r.overdue ? out.teks({ id: ' — LEWAT TENGGAT', en: ' — OVERDUE' }) : '';
  return `${out.teks(tanggalTeks(r.deadline))}${label ? ` (${out.teks(label)})` : ''}${lewat}`;
}

/** `terbuka petugas daftar`: one page of the list, a table on a terminal, tab-separated lines otherwise. */
async function daftar(o: OpsiSaringan & { limit?: string; offset?: string }, out: Keluaran): Promise<number> {
  const q = kueri(o);
  const limit = bilangan(o.limit, '--limit', 1000);
  const offset = bilangan(o.offset, '--offset', 1e9);
  if (limit !== undefined) q.set('limit', String(limit));
  if (offset !== undefined) q.set('offset', String(offset));
  const k = bacaKoneksi(o.server, out, 'petugas daftar');
  const d = (await panggil(k, `v1/petugas/pengajuan?${q}`)) as { total: number; items: Ringkasan[] };
  if (out.json) {
    out.cetakJSON({
      total: d.total,
      offset: offset ?? 0,
      items: d.items.map((i) => ({ ...i, allowedEvents: peristiwaBoleh(i) })),
    });
    return 0;
  }
  const awal = offset ?? 0;
  const halaman =
    d.items.length === 0
      ? out.teks({
          id: `Tidak ada pengajuan yang cocok (total ${d.total}).`,
          en: `No matching submissions (total ${d.total}).`,
        })
      : out.teks({
          id: `${awal + 1}–${awal + d.items.length} dari ${d.total}${awal + d.items.length < d.total ? `; berikutnya: --offset ${awal + d.items.length}` : ''}.`,
          en: `${awal + 1}–${awal + d.items.length} of ${d.total}${awal + d.items.length < d.total ? `; next: --offset ${awal + d.items.length}` : ''}.`,
        });
  if (!out.tty) {
    // For programs (cut, awk, a spreadsheet): one line per submission, the count on stderr.
    out.tulis(
      [
        'number',
        'kind',
        'agency',
        'status',
        'receivedOn',
        'deadline',
        'deadlineKind',
        'overdue',
        'revision',
        'requesterName',
        'summary',
      ].join('\t'),
    );
    for (const i of d.items)
      out.tulis(
        [
          i.number,
          i.kind,
          i.agency,
          i.status,
          i.receivedOn,
          i.deadline,
          i.deadlineKind ?? '',
          String(i.overdue),
          String(i.revision ?? ''),
          satuBaris(i.requesterName),
          satuBaris(i.summary),
        ].join('\t'),
      );
    out.galat(halaman);
    return 0;
  }
  const lebar = Math.max(80, out.kolom ?? 100);
  const tetap = [30, 14, 24, 20];
  const sisa = Math.max(20, lebar - tetap.reduce((a, b) => a + b, 0) - 6 * 3);
  const tabel = new Table({
    head: [
      out.teks({ id: 'Nomor', en: 'Number' }),
      out.teks({ id: 'Status', en: 'Status' }),
      out.teks({ id: 'Tenggat', en: 'Deadline' }),
      out.teks({ id: 'Pemohon', en: 'Requester' }),
      out.teks({ id: 'Ringkasan', en: 'Summary' }),
    ],
    colWidths: [...tetap, sisa],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const i of d.items) {
    const jenis = i.kind === 'keberatan' ? out.teks({ id: 'keberatan', en: 'objection' }) : '';
    const atas =
      i.kind === 'keberatan' && i.requestNumber
        ? `${out.teks({ id: 'atas', en: 'on' })} ${i.requestNumber}${i.linked === false ? out.teks({ id: ' (belum tertaut)', en: ' (not linked)' }) : ''}: `
        : '';
    tabel.push([
      jenis ? `${i.number}\n(${jenis})` : i.number,
      i.status,
      teksTenggat(i, out),
      satuBaris(i.requesterName),
      potong(`${atas}${i.summary}`, sisa * 3 - 6),
    ]);
  }
  if (d.items.length > 0) out.tulis(tabel.toString());
  out.tulis(halaman);
  return 0;
}

/** The one record a registration number names (among the officer's agencies, or `--agency`'s). */
async function cariNomor(k: Koneksi, nomor: string, agency?: string): Promise<Ringkasan> {
  const q = new URLSearchParams({ number: nomor, limit: '10' });
  if (agency !== undefined) q.set('agency', agency);
  const d = (await panggil(k, `v1/petugas/pengajuan?${q}`)) as { items: Ringkasan[] };
  if (d.items.length === 0)
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Nomor {n} tidak ditemukan di badan publik Anda. Cari dengan: terbuka petugas daftar --cari "{n}".',
          en: 'Number {n} was not found in your agencies. Search with: terbuka petugas daftar --cari "{n}".',
        },
        { n: nomor },
      ),
      KODE_DITOLAK,
    );
  if (d.items.length > 1)
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Nomor {n} ada di beberapa badan publik ({a}); pilih satu dengan --agency.',
          en: 'Number {n} exists in several agencies ({a}); choose one with --agency.',
        },
        { n: nomor, a: d.items.map((i) => i.agency).join(', ') },
      ),
    );
  return d.items[0]!;
}

const rincian = async (k: Koneksi, id: number) => (await panggil(k, `v1/petugas/pengajuan/${id}`)) as Rincian;

/** A request's fields, labelled as the SDK labels them on the form (`format` and `version` left out). */
function barisIsian(nilai: unknown, jalur: string, out: Keluaran, baris: string[]): void {
  if (jalur === 'format' || jalur === 'version' || nilai === undefined || nilai === null || nilai === '')
    return;
  if (Array.isArray(nilai) && nilai.every((x) => typeof x !== 'object' || x === null)) {
    baris.push(`  ${out.teks(labelPengajuan(jalur))}: ${nilai.join(', ')}`);
    return;
  }
  if (typeof nilai === 'object') {
    for (const [kunci, isi] of Object.entries(nilai as Record<string, unknown>))
      barisIsian(
        isi,
        Array.isArray(nilai) ? `${jalur}[${kunci}]` : jalur ? `${jalur}.${kunci}` : kunci,
        out,
        baris,
      );
    return;
  }
  baris.push(`  ${out.teks(labelPengajuan(jalur))}: ${satuBaris(String(nilai))}`);
}

/** An instant in the agency's zone: `2026-03-13 09:00 WIB`. */
function waktu(at: string, zona: ZonaWaktu | undefined): string {
  const z = ZONA_INDONESIA.find((x) => x.zona === zona) ?? ZONA_INDONESIA[0]!;
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? at
    : `${waktuDiZona(d, z.zona).slice(0, 16).replace('T', ' ')} ${z.singkatan}`;
}

/** The Atasan PPID's decision in the SDK's words; undefined for a value it does not name. */
const labelPutusan = (x: unknown): Teks | undefined =>
  (PUTUSAN_KEBERATAN as readonly unknown[]).includes(x)
    ? LABEL_PUTUSAN_KEBERATAN[x as PutusanKeberatan]
    : undefined;

/**
 * The Atasan PPID's decision, when the record holds one (the objection, and the request it was mirrored to):
 * what was decided, when, by whom, and the dispute deadline it started (the event's own, named by the SDK).
 */
function barisPutusan(r: Rincian, out: Keluaran): string | undefined {
  const e = r.history.events.find((x) => x.type === 'putusan-keberatan');
  const label = labelPutusan(e?.decision);
  if (!e || !label) return undefined;
  const oleh = typeof e.decidedBy === 'string' ? `, ${satuBaris(e.decidedBy)}` : '';
  const tenggat = labelTenggat(e.deadlineKind as JenisTenggat | undefined);
  const batas =
    typeof e.deadline === 'string' && tenggat
      ? `. ${out.teks(tenggat)}: ${out.teks(tanggalTeks(e.deadline))}`
      : '';
  return `${out.teks({ id: 'Putusan', en: 'Decision' })}: ${out.teks(label)} (${waktu(e.at, r.receipt?.agency?.timeZone)}${oleh})${batas}.`;
}

/** One history step in words: what was recorded with it, the status and deadline it left. */
function barisPeristiwa(e: Peristiwa, zona: ZonaWaktu | undefined, out: Keluaran): string {
  const rinci: string[] = [];
  if (typeof e.outcome === 'string') rinci.push(e.outcome);
  const putusan = labelPutusan(e.decision);
  if (putusan) rinci.push(out.teks(putusan));
  if (Array.isArray(e.grounds) && e.grounds.length > 0)
    rinci.push(
      (e.grounds as string[])
        .map((h) => {
          const p = PASAL_17.find((x) => x.letter === h);
          return `${out.teks({ id: 'Pasal 17 huruf', en: 'Article 17' })} ${h}${p ? ` (${out.teks(p.title)})` : ''}`;
        })
        .join('; '),
    );
  const bidang: [string, Teks][] = [
    // A refusal's consequence and the other law of ground j, named as the SDK names them.
    ['consequence', LABEL_PENOLAKAN.consequence],
    ['otherLaw', LABEL_PENOLAKAN.otherLaw],
    ['reason', { id: 'alasan', en: 'reason' }],
    ['decidedBy', { id: 'diputus oleh', en: 'decided by' }],
    ['holder', { id: 'dikuasai oleh', en: 'held by' }],
    ['number', { id: 'nomor keberatan', en: 'objection number' }],
    ['note', { id: 'catatan', en: 'note' }],
  ];
  for (const [kunci, label] of bidang)
    if (typeof e[kunci] === 'string') rinci.push(`${out.teks(label)}: ${satuBaris(e[kunci] as string)}`);
  // Fields of an event this version does not name yet, as they came.
  const dikenal = new Set([
    'at',
    'type',
    'status',
    'deadline',
    'deadlineKind',
    'late',
    'due',
    'outcome',
    'grounds',
    ...(putusan ? ['decision'] : []),
    ...bidang.map((b) => b[0]),
  ]);
  for (const [kunci, isi] of Object.entries(e))
    if (!dikenal.has(kunci)) rinci.push(`${kunci}: ${typeof isi === 'string' ? isi : JSON.stringify(isi)}`);
  if (e.late === true) rinci.push(out.teks({ id: 'terlambat', en: 'late' }));
  const label = labelTenggat(e.deadlineKind as JenisTenggat | undefined);
  const tenggat =
    typeof e.deadline === 'string'
      ? `; ${out.teks({ id: 'tenggat', en: 'deadline' })} ${out.teks(tanggalTeks(e.deadline))}${label ? ` (${out.teks(label)})` : ''}`
      : '';
  return `  ${waktu(e.at, zona)}  ${e.type}${rinci.length > 0 ? ` — ${rinci.join('; ')}` : ''} → ${String(e.status ?? '')}${tenggat}`;
}

function cetakRincian(r: Rincian, out: Keluaran): void {
  const zona = r.receipt?.agency?.timeZone;
  const boleh = peristiwaBoleh(r);
  out.tulis(`${r.number} — ${r.kind}, ${r.receipt?.agency?.name ?? r.agency}`);
  out.tulis(
    out.teks({
      id: `Status: ${r.status} (revisi ${r.revision ?? '?'})`,
      en: `Status: ${r.status} (revision ${r.revision ?? '?'})`,
    }),
  );
  out.tulis(`${out.teks({ id: 'Diterima', en: 'Received' })}: ${waktu(r.receivedAt, zona)}`);
  out.tulis(`${out.teks({ id: 'Tenggat', en: 'Deadline' })}: ${teksTenggat(r, out)}`);
  const putusan = barisPutusan(r, out);
  if (putusan) out.tulis(putusan);
  if (r.objectionWindowOpen)
    out.tulis(
      out.teks({
        id: 'Masa keberatan pemohon masih berjalan: keberatan yang datang dalam masa itu tetap dicatat.',
        en: "The requester's objection period still runs: an objection within it is still recorded.",
      }),
    );
  if (r.kind === 'keberatan' && r.requestNumber)
    out.tulis(
      out.teks(
        r.linked
          ? {
              id: `Atas permohonan ${r.requestNumber} (tertaut).`,
              en: `On request ${r.requestNumber} (linked).`,
            }
          : {
              id: `Atas permohonan ${r.requestNumber}, belum tertaut: cocokkan dengan permohonannya.`,
              en: `On request ${r.requestNumber}, not linked: match it to its request.`,
            },
      ),
    );
  out.tulis('');
  out.tulis(out.teks({ id: 'Isian:', en: 'Submission:' }));
  const baris: string[] = [];
  barisIsian(r.request, '', out, baris);
  for (const b of baris) out.tulis(b);
  out.tulis('');
  out.tulis(out.teks({ id: 'Riwayat:', en: 'History:' }));
  for (const e of r.history.events) out.tulis(barisPeristiwa(e, zona, out));
  out.tulis('');
  out.tulis(
    `${out.teks({ id: 'Dapat dicatat sekarang', en: 'Can be recorded now' })}: ${out.teks(sebutBoleh(boleh))}`,
  );
}

/** `terbuka petugas lihat NOMOR`: one record, its history, and the events its status allows. */
async function lihat(nomor: string, o: OpsiServer, out: Keluaran): Promise<number> {
  const k = bacaKoneksi(o.server, out, 'petugas lihat');
  const r = await rincian(k, (await cariNomor(k, nomor, o.agency)).id);
  if (out.json) out.cetakJSON({ ...r, allowedEvents: peristiwaBoleh(r) });
  else cetakRincian(r, out);
  return 0;
}

interface OpsiCatat extends OpsiServer {
  catatan?: string;
  alasan?: string;
  hasil?: string;
  pasal17: string[];
  pemegang?: string;
  konsekuensi?: string;
  uuLain?: string;
  nomorKeberatan?: string;
  putusan?: string;
  oleh?: string;
  isi: string[];
}

/**
 * The event fields the named options of `catat` set. One field, one option on every event: `--alasan` is
 * `reason` (an extension's reasons, the Atasan PPID's considerations), `--catatan` `note`.
 */
const OPSI_BIDANG: Readonly<Record<string, string>> = {
  note: '--catatan',
  reason: '--alasan',
  outcome: '--hasil',
  grounds: '--pasal17',
  holder: '--pemegang',
  consequence: '--konsekuensi',
  otherLaw: '--uu-lain',
  number: '--nomor-keberatan',
  decision: '--putusan',
  decidedBy: '--oleh',
};

/**
 * The option that sets the event field `path` names (an SDK GalatTransisi's, or a 422's): a named option,
 * `--isi` for a field it does not name; undefined for the event type itself (the PERISTIWA argument) and
 * the revision (which the CLI sends itself).
 */
export function opsiUntuk(path: string | undefined): string | undefined {
  const kunci = path?.replace(/\[\d+\]/g, '').split('.')[0];
  if (!kunci || kunci === 'type' || kunci === 'revision') return undefined;
  return Object.prototype.hasOwnProperty.call(OPSI_BIDANG, kunci) ? OPSI_BIDANG[kunci] : `--isi ${kunci}=…`;
}

/** An event missing or mistaking a field, said in the SDK's or the server's words with the option to give. */
function galatBidang(pesan: Teks, path: string | undefined, akhir: Teks): Teks {
  const opsi = opsiUntuk(path);
  const isi = opsi
    ? isiTeks(
        { id: ' Isian "{p}" diberikan dengan {o}.', en: ' The field "{p}" is given with {o}.' },
        { p: path!, o: opsi },
      )
    : { id: '', en: '' };
  return { id: `${pesan.id}${isi.id} ${akhir.id}`, en: `${pesan.en}${isi.en} ${akhir.en}` };
}

/** The event's fields from the options, each with the option that gave it (to say which were not kept). */
function isiPeristiwa(
  jenis: string,
  o: OpsiCatat,
): { badan: Record<string, unknown>; asal: Map<string, string> } {
  const badan: Record<string, unknown> = { type: jenis };
  const asal = new Map<string, string>();
  const pasang = (kunci: string, nilai: unknown, opsi: string) => {
    if (nilai === undefined) return;
    badan[kunci] = nilai;
    asal.set(kunci, opsi);
  };
  // --hasil, --putusan and --pasal17 were checked against the SDK's lists as the command line was parsed.
  pasang('note', o.catatan, OPSI_BIDANG.note!);
  pasang('reason', o.alasan, OPSI_BIDANG.reason!);
  pasang('outcome', o.hasil, OPSI_BIDANG.outcome!);
  pasang('grounds', o.pasal17.length > 0 ? o.pasal17 : undefined, OPSI_BIDANG.grounds!);
  pasang('holder', o.pemegang, OPSI_BIDANG.holder!);
  pasang('consequence', o.konsekuensi, OPSI_BIDANG.consequence!);
  pasang('otherLaw', o.uuLain, OPSI_BIDANG.otherLaw!);
  pasang('number', o.nomorKeberatan, OPSI_BIDANG.number!);
  pasang('decision', o.putusan, OPSI_BIDANG.decision!);
  pasang('decidedBy', o.oleh, OPSI_BIDANG.decidedBy!);
  // Any other field (of an event this version does not name yet): text, or JSON when it starts with [ or {.
  for (const s of o.isi) {
    const i = s.indexOf('=');
    const kunci = i > 0 ? s.slice(0, i).trim() : '';
    if (!/^[A-Za-z][\w-]*$/.test(kunci) || kunci === 'type' || kunci === 'revision')
      throw galatOpsi('--isi', s, {
        id: 'berbentuk kunci=nilai (selain type dan revision)',
        en: 'key=value (other than type and revision)',
      });
    const mentah = s.slice(i + 1);
    let nilai: unknown = mentah;
    if (/^\s*[[{]/.test(mentah)) {
      try {
        nilai = JSON.parse(mentah);
      } catch {
        throw galatOpsi('--isi', s, {
          id: 'JSON yang sah setelah = bila diawali [ atau {',
          en: 'valid JSON after = when it starts with [ or {',
        });
      }
    }
    pasang(kunci, nilai, `--isi ${kunci}`);
  }
  return { badan, asal };
}

/**
 * `terbuka petugas catat NOMOR PERISTIWA`: reads the record, checks the event against the SDK's table for
 * the status read (exit 1) and against its history with the SDK's terapkanPeristiwa — the server's own
 * check — so an event missing or mistaking a field is said before anything is sent (exit 2); then sends it
 * with the revision read, so a change made meanwhile is refused (409) rather than acted on.
 */
async function catat(nomor: string, jenis: string, o: OpsiCatat, out: Keluaran): Promise<number> {
  if (!SEMUA_PERISTIWA.includes(jenis))
    throw new GalatPengguna(
      isiTeks(
        { id: 'Peristiwa "{p}" tidak dikenal. Pilih: {all}.', en: 'Unknown event "{p}". Choose: {all}.' },
        { p: jenis, all: SEMUA_PERISTIWA.join(', ') },
      ),
    );
  const { badan, asal } = isiPeristiwa(jenis, o);
  const k = bacaKoneksi(o.server, out, 'petugas catat');
  const r = await rincian(k, (await cariNomor(k, nomor, o.agency)).id);
  const boleh = peristiwaBoleh(r);
  if (!boleh.includes(jenis) && !peristiwaMenurutStatus(r).includes(jenis)) {
    // The decision on an objection is recorded on the objection record, and mirrored to its request: name it.
    const keberatan = r.history.events.filter((e) => e.type === 'keberatan' && typeof e.number === 'string');
    const diKeberatan: Teks =
      jenis === 'putusan-keberatan' && r.kind === 'permintaan'
        ? isiTeks(
            {
              id: ' Putusan atas keberatan dicatat pada rekaman keberatannya{n}; permohonan yang tertaut ikut mencatatnya.',
              en: ' A decision on an objection is recorded on the objection record{n}; the request it is linked to records it too.',
            },
            { n: keberatan.length > 0 ? ` (${keberatan.map((e) => e.number as string).join(', ')})` : '' },
          )
        : { id: '', en: '' };
    throw new GalatPengguna(
      isiTeks(
        {
          id: 'Peristiwa "{p}" tidak dapat dicatat pada {k} {n} berstatus "{s}". Yang dapat dicatat sekarang: {b}.{x}',
          en: 'The event "{p}" cannot be recorded on {ke} {n} with status "{s}". What can be recorded now: {be}.{xe}',
        },
        {
          p: jenis,
          k: r.kind,
          ke: r.kind === 'keberatan' ? 'objection' : 'request',
          n: r.number,
          s: r.status,
          b: sebutBoleh(boleh).id,
          be: sebutBoleh(boleh).en,
          x: diKeberatan.id,
          xe: diKeberatan.en,
        },
      ),
      KODE_DITOLAK,
    );
  }
  // The SDK's own judgement of the event against the history read, as the server will run it: what the event
  // lacks or gets wrong (a GalatTransisi naming its field) is said now, with the option that gives it.
  // Only those: the SDK checks an event's fields before any clock or status rule, so they are the same here
  // as there. Whatever depends on the moment it is recorded (the status then, a deadline passing, this
  // machine's clock against the server's) stays the server's to say, as does a history this SDK cannot read.
  try {
    const riwayat = {
      ...r.history,
      kind: r.kind,
      status: r.status,
      deadline: r.deadline,
    } as unknown as Riwayat;
    terapkanPeristiwa(riwayat, badan as unknown as PeristiwaStatus, new Date(), {
      ...(r.receipt?.agency?.timeZone ? { timeZone: r.receipt.agency.timeZone } : {}),
    });
  } catch (e) {
    if (e instanceof GalatTransisi && e.path !== undefined)
      throw new GalatPengguna(
        galatBidang(e.teks, e.path, { id: 'Belum ada yang dikirim.', en: 'Nothing was sent.' }),
      );
  }
  let baru: Rincian;
  try {
    baru = (await panggil(k, `v1/petugas/pengajuan/${r.id}/peristiwa`, {
      method: 'POST',
      body: { ...badan, ...(r.revision !== undefined ? { revision: r.revision } : {}) },
    })) as Rincian;
  } catch (e) {
    // A field the server refuses that the SDK here did not (a server with a newer SDK): its words and the
    // option that gives the field, a usage error like the one above.
    if (e instanceof GalatAPIPetugas && e.status === 422)
      throw new GalatAPIPetugas(
        galatBidang(e.pesan, e.jalur, { id: 'Tidak ada yang dicatat.', en: 'Nothing was recorded.' }),
        2,
        e.status,
        e.kode,
        e.jalur,
      );
    // Changed by someone else since it was read: say what it is now and what it allows.
    if (e instanceof GalatAPIPetugas && e.status === 409 && e.kode === 'status.changed') {
      const kini = await cariNomor(k, nomor, o.agency).catch(() => undefined);
      if (kini)
        throw new GalatAPIPetugas(
          {
            id: `${e.pesan.id} Yang dapat dicatat sekarang: ${sebutBoleh(peristiwaBoleh(kini)).id}.`,
            en: `${e.pesan.en} What can be recorded now: ${sebutBoleh(peristiwaBoleh(kini)).en}.`,
          },
          e.kodeKeluar,
          e.status,
          e.kode,
        );
    }
    throw e;
  }
  // A field the SDK did not keep for this event (a reason on "proses"): said, not silently dropped.
  const tercatat = baru.history.events[baru.history.events.length - 1];
  const diabaikan = [...asal].filter(([kunci]) => tercatat?.[kunci] === undefined).map(([, opsi]) => opsi);
  if (diabaikan.length > 0)
    out.galat(
      out.teks({
        id: `PERINGATAN  Tidak dicatat karena peristiwa "${jenis}" tidak memuatnya: ${diabaikan.join(', ')}.`,
        en: `WARNING  Not recorded, as the event "${jenis}" does not hold it: ${diabaikan.join(', ')}.`,
      }),
    );
  if (out.json) {
    out.cetakJSON({ ...baru, allowedEvents: peristiwaBoleh(baru) });
    return 0;
  }
  out.tulis(
    out.teks({
      id: `✓ ${baru.number}: ${jenis} dicatat. Status sekarang: ${baru.status}.`,
      en: `✓ ${baru.number}: ${jenis} recorded. Status now: ${baru.status}.`,
    }),
  );
  out.tulis(`${out.teks({ id: 'Tenggat', en: 'Deadline' })}: ${teksTenggat(baru, out)}`);
  out.tulis(
    `${out.teks({ id: 'Dapat dicatat sekarang', en: 'Can be recorded now' })}: ${out.teks(sebutBoleh(peristiwaBoleh(baru)))}`,
  );
  return 0;
}

/** `terbuka petugas ekspor`: the register as the server writes it (UTF-8 with BOM), to stdout or `-o`. */
async function ekspor(o: OpsiSaringan & { output?: string }, out: Keluaran): Promise<number> {
  const q = kueri(o);
  if (o.output !== undefined) await bukanFolder(o.output, '-o');
  const k = bacaKoneksi(o.server, out, 'petugas ekspor');
  const csv = (await panggil(k, `v1/petugas/ekspor.csv${q.toString() ? `?${q}` : ''}`, {
    bytes: true,
  })) as Uint8Array;
  if (o.output === undefined) {
    out.mentah(csv);
    return 0;
  }
  await tulisBerkasUtuh(o.output, csv);
  if (out.json) out.cetakJSON({ file: o.output, bytes: csv.byteLength });
  else
    out.tulis(
      out.teks({
        id: `Register ditulis ke ${o.output} (${csv.byteLength} bita).`,
        en: `Register written to ${o.output} (${csv.byteLength} bytes).`,
      }),
    );
  return 0;
}

interface Laporan {
  agency: { id: string; name: string };
  year: number;
  asOf: string;
  requests: { received: number; answered: number; pending: number; extended: number; answeredLate: number };
  timeTaken: {
    medianWorkingDays: number | null;
    averageWorkingDays: number | null;
    maxWorkingDays: number | null;
  };
  outcomes: { granted: number; grantedPartly: number; refused: number; notHeld: number };
  refusalGrounds: { letter: string; title: Teks; count: number }[];
  objections: {
    received: number;
    decided: number;
    upheld: number;
    rejected: number;
    pending: number;
    decidedLate: number;
  };
  /**
   * Stored values that cannot be read (absent from an older server): a time (`receivedAt`,
   * `history.events[i].at`), the date of receipt (`receivedOn`), the whole `history`, the request as sent
   * (`body`) or its receipt (`receipt`). The record is counted
   * where it can be.
   */
  problems?: { number: string; field: string; value: string }[];
}

/**
 * What a report problem is and what the report did with its record, by its field (the server's rule,
 * laporan.ts): a history that cannot be read leaves the outcome unknown; a date of receipt, the time taken;
 * a time, the time taken and lateness.
 */
function masalahLaporan(field: string): { apa: Teks; akibat: Teks } {
  if (field === 'history')
    return {
      apa: { id: 'riwayat tersimpan tak terbaca', en: 'unreadable stored history' },
      akibat: {
        id: 'dihitung sebagai diterima (dan dijawab bila statusnya berkata begitu), tetapi tidak masuk hasil, waktu layanan dan keterlambatan',
        en: 'counted as received (and answered when its status says so), but left out of outcomes, time taken and lateness',
      },
    };
  // The report reads neither the request as sent nor its receipt: the record is counted as any other.
  if (field === 'body' || field === 'receipt')
    return {
      apa:
        field === 'body'
          ? { id: 'isi permohonan tersimpan tak terbaca', en: 'unreadable stored request body' }
          : { id: 'tanda bukti tersimpan tak terbaca', en: 'unreadable stored receipt' },
      akibat: { id: 'tetap dihitung seluruhnya', en: 'still counted in full' },
    };
  if (field === 'receivedOn')
    return {
      apa: { id: 'tanggal diterima tersimpan tak terbaca', en: 'unreadable stored date of receipt' },
      akibat: { id: 'dihitung, tetapi tidak masuk waktu layanan', en: 'counted, but left out of time taken' },
    };
  return {
    apa: { id: 'waktu tersimpan tak terbaca', en: 'unreadable stored time' },
    akibat: {
      id: 'dihitung, tetapi tidak masuk waktu layanan dan keterlambatan',
      en: 'counted, but left out of time taken and lateness',
    },
  };
}

/** A report's unreadable stored values, one warning each on stderr: the office must fix those records. */
function peringatanMasalah(masalah: Laporan['problems'], out: Keluaran): void {
  for (const m of masalah ?? []) {
    const { apa, akibat } = masalahLaporan(m.field);
    out.galat(
      out.teks({
        id: `PERINGATAN  ${m.number}: ${apa.id} di ${m.field} ("${m.value}"); ${akibat.id}. Betulkan catatan itu di basis data.`,
        en: `WARNING  ${m.number}: ${apa.en} in ${m.field} ("${m.value}"); ${akibat.en}. Fix that record in the database.`,
      }),
    );
  }
}

/** `terbuka petugas laporan --tahun N`: the yearly access report (UU KIP Pasal 12), or its DIP item. */
async function laporan(o: OpsiServer & { tahun: string; dip?: boolean }, out: Keluaran): Promise<number> {
  const tahun = bacaTahun(o.tahun);
  const k = bacaKoneksi(o.server, out, 'petugas laporan');
  const q = o.agency !== undefined ? `?${new URLSearchParams({ agency: o.agency })}` : '';
  if (o.dip) {
    const d = (await panggil(k, `v1/petugas/laporan/${tahun}/dip${q}`)) as {
      report: Laporan;
      item: unknown;
      validation: { ok: boolean; errors: { message: Teks }[] };
    };
    if (out.json) out.cetakJSON(d);
    else {
      // The item alone, to paste into the DIP's items.
      out.tulis(JSON.stringify(d.item, null, 2));
      for (const m of d.validation.errors)
        out.galat(`${out.teks({ id: 'GALAT', en: 'ERROR' })}  ${out.teks(m.message)}`);
      peringatanMasalah(d.report.problems, out);
    }
    return d.validation.ok ? 0 : 1;
  }
  const l = (await panggil(k, `v1/petugas/laporan/${tahun}${q}`)) as Laporan;
  if (out.json) {
    out.cetakJSON(l);
    return 0;
  }
  const n = (x: number | null) => (x === null ? '–' : formatAngka(x, out.bahasa));
  const { requests: p, timeTaken: w, outcomes: h } = l;
  out.tulis(
    out.teks({
      id: `Laporan akses informasi ${l.year} — ${l.agency.name} (per ${tanggalTeks(l.asOf).id})`,
      en: `Access to information report ${l.year} — ${l.agency.name} (as of ${tanggalTeks(l.asOf).en})`,
    }),
  );
  out.tulis(
    out.teks({
      id: `Permintaan diterima: ${n(p.received)}; dijawab: ${n(p.answered)}; belum dijawab: ${n(p.pending)}; diperpanjang: ${n(p.extended)}; dijawab terlambat: ${n(p.answeredLate)}`,
      en: `Requests received: ${n(p.received)}; answered: ${n(p.answered)}; pending: ${n(p.pending)}; extended: ${n(p.extended)}; answered late: ${n(p.answeredLate)}`,
    }),
  );
  out.tulis(
    out.teks({
      id: `Waktu layanan (hari kerja): median ${n(w.medianWorkingDays)}, rata-rata ${n(w.averageWorkingDays)}, paling lama ${n(w.maxWorkingDays)}`,
      en: `Time taken (working days): median ${n(w.medianWorkingDays)}, average ${n(w.averageWorkingDays)}, longest ${n(w.maxWorkingDays)}`,
    }),
  );
  out.tulis(
    out.teks({
      id: `Hasil: dikabulkan ${n(h.granted)}, dikabulkan sebagian ${n(h.grantedPartly)}, ditolak ${n(h.refused)}, tidak dikuasai ${n(h.notHeld)}`,
      en: `Outcomes: granted ${n(h.granted)}, granted in part ${n(h.grantedPartly)}, refused ${n(h.refused)}, not held ${n(h.notHeld)}`,
    }),
  );
  if (l.refusalGrounds.length > 0) {
    out.tulis(
      out.teks({
        id: 'Alasan pengecualian (Pasal 17 UU KIP):',
        en: 'Exception grounds (UU KIP Article 17):',
      }),
    );
    for (const g of l.refusalGrounds) out.tulis(`  ${g.letter}  ${n(g.count)}  ${out.teks(g.title)}`);
  }
  // `decided` also counts an objection answered with `jawab` in an older store: neither upheld nor rejected.
  const kb = l.objections;
  out.tulis(
    out.teks({
      id: `Keberatan diterima: ${n(kb.received)}; diputus Atasan PPID: ${n(kb.decided)} (dikabulkan ${n(kb.upheld)}, ditolak ${n(kb.rejected)}; diputus terlambat ${n(kb.decidedLate)}); belum diputus: ${n(kb.pending)}`,
      en: `Objections received: ${n(kb.received)}; decided by the Atasan PPID: ${n(kb.decided)} (upheld ${n(kb.upheld)}, rejected ${n(kb.rejected)}; decided late ${n(kb.decidedLate)}); not yet decided: ${n(kb.pending)}`,
    }),
  );
  peringatanMasalah(l.problems, out);
  return 0;
}

const kumpul = (v: string, prev: string[]) => [...prev, v];

/** `terbuka petugas …`: the PPID officer's work on the intake server, through its officer API. */
export function daftarPerintahPetugas(program: Command, jalankan: Jalankan): void {
  const petugas = program
    .command('petugas')
    .description(
      'kerja petugas PPID lewat API server: daftar, lihat, catat, ekspor, laporan / PPID officer work through the server API',
    );

  opsiSaringan(
    petugas.command('daftar').description('daftar pengajuan dengan saringan / list submissions with filters'),
  )
    .option('--limit <n>', 'paling banyak (bawaan 100, maks. 1000) / at most (default 100, max 1000)')
    .option('--offset <n>', 'lewati sebanyak ini / skip this many')
    .action((o: OpsiSaringan & { limit?: string; offset?: string }) => jalankan((out) => daftar(o, out)));

  opsiServer(
    petugas
      .command('lihat')
      .description(
        'satu pengajuan dengan riwayat dan peristiwa yang boleh / one submission, its history and allowed events',
      )
      .argument('<nomor>', 'nomor pendaftaran / registration number'),
  ).action((nomor: string, o: OpsiServer) => jalankan((out) => lihat(nomor, o, out)));

  opsiServer(
    petugas
      .command('catat')
      .description('catat peristiwa status / record a status event')
      .argument('<nomor>', 'nomor pendaftaran / registration number')
      .argument('<peristiwa>', SEMUA_PERISTIWA.join(', ')),
  )
    .option('--catatan <teks>', 'catatan (note) / a note')
    .option(
      '--alasan <teks>',
      'alasan (reason): perpanjangan, atau pertimbangan putusan keberatan / the extension’s reasons, or the decision’s considerations',
    )
    .option(
      '--hasil <hasil>',
      `hasil jawaban (outcome): ${HASIL_JAWABAN.join(', ')} / the answer's outcome`,
      salahSatu('--hasil', HASIL_JAWABAN),
    )
    .option(
      '--pasal17 <huruf>',
      'alasan Pasal 17 (grounds), mis. h,i; boleh berulang / Article 17 grounds, e.g. h,i; repeatable',
      hurufPasal17,
      [] as string[],
    )
    .option('--pemegang <badan>', 'badan publik yang menguasai (holder) / the body that holds it')
    .option(
      '--konsekuensi <teks>',
      'konsekuensi bila dibuka, hasil uji konsekuensi (consequence); wajib bila ditolak / the consequence of disclosure; required when refused',
    )
    .option(
      '--uu-lain <undang-undang>',
      'undang-undang lain yang melarang dibuka (otherLaw); wajib dengan Pasal 17 huruf j / the other law forbidding disclosure; required with Article 17(j)',
    )
    .option('--nomor-keberatan <nomor>', 'nomor keberatan (number) / the objection’s number')
    .option(
      '--putusan <putusan>',
      `putusan Atasan PPID atas keberatan (decision): ${PUTUSAN_KEBERATAN.join(', ')} / the Atasan PPID's decision on an objection`,
      salahSatu('--putusan', PUTUSAN_KEBERATAN, (v) => LABEL_PUTUSAN_KEBERATAN[v as PutusanKeberatan]),
    )
    .option(
      '--oleh <nama-jabatan>',
      'Atasan PPID yang memutus, nama dan jabatan (decidedBy) / who decided, name and position',
    )
    .option(
      '--isi <kunci=nilai>',
      'bidang lain peristiwa; boleh berulang / another field of the event; repeatable',
      kumpul,
      [] as string[],
    )
    .action((nomor: string, peristiwa: string, o: OpsiCatat) =>
      jalankan((out) => catat(nomor, peristiwa, o, out)),
    );

  opsiSaringan(
    petugas
      .command('ekspor')
      .description('register sebagai CSV (UTF-8 dengan BOM) / the register as CSV (UTF-8 with BOM)')
      .option('-o, --output <berkas>', 'berkas keluaran (bawaan: stdout) / output file (default: stdout)'),
  ).action((o: OpsiSaringan & { output?: string }) => jalankan((out) => ekspor(o, out)));

  opsiServer(
    petugas
      .command('laporan')
      .description('laporan akses informasi tahunan / yearly access report')
      .requiredOption('--tahun <tahun>', 'tahun laporan / the report’s year')
      .option('--dip', 'sebagai item DIP berkala siap terbit / as a periodic DIP item'),
  ).action((o: OpsiServer & { tahun: string; dip?: boolean }) => jalankan((out) => laporan(o, out)));
}
