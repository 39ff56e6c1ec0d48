// The checkpoint thread of PemindahWal: its own connection; a passive pass shortly after a commit's notice.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { DataPemindahWal } from './pemindah-wal.js';

const data = workerData as DataPemindahWal;
const JEDA_MS = data.jedaMs ?? 20;
const BATAS_HALAMAN = data.batasHalaman ?? 16_384;

const db = new Database(data.database, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
let terjadwal: NodeJS.Timeout | undefined;

function pindahkan(): void {
  terjadwal = undefined;
  // A passive pass copies what is committed without holding up the writer.
  const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  // The WAL starts over only when a commit finds it all copied; under a steady stream of commits a passive
  // pass may never see that, and the file would keep growing. Past the limit the writer is asked to
  // finish the copy itself between two commits (it cannot miss its own gap, as this thread's waits can).
  if (r && r.log > BATAS_HALAMAN) parentPort!.postMessage('penuh');
}

parentPort!.on('message', (m: 0 | null) => {
  if (m === null) {
    if (terjadwal) clearTimeout(terjadwal);
    pindahkan();
    db.close();
    parentPort!.close();
    return;
  }
  terjadwal ??= setTimeout(pindahkan, JEDA_MS);
});
