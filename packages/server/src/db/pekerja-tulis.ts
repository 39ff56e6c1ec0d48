// The writer thread of PenulisPekerja: its own connection, numbering and the storage's group commit,
// one answer message per commit; the WAL folded in by its checkpoint thread (PemindahWal).
import { parentPort, workerData } from 'node:worker_threads';
import { bukaBasisData } from './buka.js';
import { tulis, type HasilTulis } from './penerimaan.js';
import type { DataPekerjaTulis } from './penulis.js';
import { PemindahWal } from './pemindah-wal.js';
import { bukaKiriman, kemasJawaban, type JawabanTulis, type PesanTulis } from './pesan-tulis.js';
import { Penyimpanan } from './penyimpanan.js';

const data = workerData as DataPekerjaTulis;
const k = {
  simpan: new Penyimpanan(bukaBasisData(data.database)),
  agensi: new Map(data.agencies.map((a) => [a.id, a])),
  beritahu: data.beritahu,
};
const pemindah = new PemindahWal(k.simpan.db, { database: data.database });

let jawaban: JawabanTulis = [];
function jawab(id: number, j: HasilTulis | { readonly galat: string }): void {
  // A group's promises settle in one turn: gather them into one message.
  if (jawaban.length === 0) {
    setImmediate(() => {
      const kirim = jawaban;
      jawaban = [];
      parentPort!.postMessage(kirim);
      pemindah.setelahCommit();
    });
  }
  kemasJawaban(jawaban, id, j);
}

parentPort!.on('message', (kiriman: PesanTulis | null) => {
  if (kiriman === null) {
    void pemindah.tutup().then(() => {
      k.simpan.db.close();
      parentPort!.close();
    });
    return;
  }
  for (const { id, s } of bukaKiriman(kiriman)) {
    tulis(k, s).then(
      (h) => jawab(id, h),
      (e: unknown) => jawab(id, { galat: e instanceof Error ? e.message : String(e) }),
    );
  }
});
