// A refusal (`jawab` ditolak) through a real `terbuka serve` process: stated with its consequence and, on
// ground j, the other law, it is read back by the officer API, the requester's status lookup and the
// register; one stored before they were asked for (an older store) still reads everywhere, and the events
// after it are still recorded — the SDK checks an answer when it is recorded, never when it reads a history.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { tambahHariKerja } from '@terbuka/sdk';
import { tulisJawabanLama } from '../uji/riwayat-lama.js';
import {
  AGENSI_UJI,
  contohKeberatan,
  contohPermintaan,
  direktoriUji,
  kirim,
  klienPetugas,
  mulaiServer,
  RAHASIA,
  SHA_TOKEN_PETUGAS,
  type ProsesServer,
} from '../uji/proses.js';

const KONFIGURASI = { officers: [{ name: 'PPID Utama', tokenSha256: SHA_TOKEN_PETUGAS }] };
type Rinci = { id: number; number: string; status: string; history: { events: Record<string, unknown>[] } };

const { dir, hapus } = direktoriUji();
let s: ProsesServer;
const { petugas, peristiwa, rinci: rinciSebagai } = klienPetugas(() => s.alamat);
const rinci = (id: number) => rinciSebagai<Rinci>(id);

async function ajukan(information: string, kunci: string): Promise<{ id: number; number: string }> {
  const r = await kirim(
    s.alamat,
    `/v1/permintaan?agency=${AGENSI_UJI.id}`,
    contohPermintaan({ information }),
    {
      'idempotency-key': kunci,
    },
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const number = (r.body as { number: string }).number;
  const d = (await petugas(`/v1/petugas/pengajuan?number=${encodeURIComponent(number)}`)).body as {
    items: { id: number }[];
  };
  return { id: d.items[0]!.id, number };
}

async function register(): Promise<Record<string, string>[]> {
  const r = await petugas(`/v1/petugas/ekspor.csv?agency=${AGENSI_UJI.id}`);
  assert.equal(r.status, 200);
  const p = Papa.parse<Record<string, string>>(r.body as string, { header: true, skipEmptyLines: true });
  assert.deepEqual(p.errors, []);
  return p.data;
}

before(async () => {
  s = await mulaiServer({ dir, now: '2026-03-16T09:00:00+07:00', konfigurasi: KONFIGURASI });
});
after(async () => {
  await s?.berhenti();
  hapus();
});

test('a refusal on ground j without the other law → 422 naming otherLaw; with it, read back by the officer, the requester and the register', async () => {
  const p = await ajukan('Rekam medis pasien RSUD 2025', 'penolakan-1');
  const kurang = await peristiwa(p.id, {
    type: 'jawab',
    outcome: 'ditolak',
    grounds: ['j'],
    consequence: 'Membuka rekam medis mengungkap rahasia pribadi pasien.',
  });
  assert.equal(kurang.status, 422);
  const g = (kurang.body as { errors: { code: string; path: string }[] }).errors[0]!;
  assert.deepEqual([g.code, g.path], ['answer.other-law', 'otherLaw']);
  assert.equal((await rinci(p.id)).history.events.length, 1, 'nothing recorded');
  const j = await peristiwa(p.id, {
    type: 'jawab',
    outcome: 'ditolak',
    grounds: ['j'],
    consequence: 'Membuka rekam medis mengungkap rahasia pribadi pasien.',
    otherLaw: 'UU 17/2023 tentang Kesehatan Pasal 4',
    revision: 1,
  });
  assert.equal(j.status, 200, JSON.stringify(j.body));
  const e = (await rinci(p.id)).history.events.at(-1)!;
  assert.deepEqual(
    [e.consequence, e.otherLaw],
    ['Membuka rekam medis mengungkap rahasia pribadi pasien.', 'UU 17/2023 tentang Kesehatan Pasal 4'],
  );
  const st = await kirim(s.alamat, '/v1/status', { number: p.number, contact: RAHASIA.phone });
  assert.equal(st.status, 200);
  const sj = (st.body as { events: Record<string, unknown>[] }).events.at(-1)!;
  assert.deepEqual([sj.otherLaw, sj.consequence], [e.otherLaw, e.consequence]);
  const baris = (await register()).find((b) => b['Nomor Pendaftaran'] === p.number)!;
  assert.deepEqual(
    [baris['Alasan Penolakan (Pasal 17)'], baris['Konsekuensi'], baris['Undang-Undang Lain']],
    ['j', e.consequence, e.otherLaw],
  );
});

test('a refusal stored before its consequence was asked for still reads (officer, status lookup, register) and its history goes on', async () => {
  const p = await ajukan('Daftar gaji pegawai honorer', 'penolakan-2');
  // As an older store holds it: refused on h and j, with neither consequence nor other law.
  const deadline = tambahHariKerja('2026-03-16', 30);
  tulisJawabanLama(s.database, p.id, {
    at: '2026-03-16T02:00:00.000Z',
    outcome: 'ditolak',
    grounds: ['h', 'j'],
    deadline,
    deadlineKind: 'keberatan',
  });
  const r = await rinci(p.id);
  assert.deepEqual([r.status, r.history.events.at(-1)!.outcome], ['dijawab', 'ditolak']);
  const st = await kirim(s.alamat, '/v1/status', { number: p.number, contact: RAHASIA.phone });
  assert.equal(st.status, 200);
  const baris = (await register()).find((b) => b['Nomor Pendaftaran'] === p.number)!;
  assert.deepEqual(
    [baris['Hasil'], baris['Alasan Penolakan (Pasal 17)'], baris['Konsekuensi'], baris['Undang-Undang Lain']],
    ['ditolak', 'h j', '', ''],
  );
  // The requester objects to it: recorded on the old refusal as on any other.
  const k = await kirim(s.alamat, `/v1/keberatan?agency=${AGENSI_UJI.id}`, contohKeberatan(p.number), {
    'idempotency-key': 'penolakan-keberatan',
  });
  assert.equal(k.status, 201, JSON.stringify(k.body));
  assert.equal((await rinci(p.id)).status, 'keberatan');
  const tutup = await peristiwa(p.id, { type: 'selesai' });
  assert.equal(tutup.status, 200, JSON.stringify(tutup.body));
  assert.deepEqual(
    (await rinci(p.id)).history.events.map((e) => e.type),
    ['diterima', 'jawab', 'keberatan', 'selesai'],
  );
});
