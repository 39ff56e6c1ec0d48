// The monitor benchmark's fixture world in its own process, so the measured process is only the monitor:
// starts `mulaiDunia` with N sites, writes the registry to a file, says `siap` on stderr, and serves until
// SIGTERM.
import { writeFileSync } from 'node:fs';
import { mulaiDunia } from '../packages/monitor/src/uji/index.js';

const [jumlah, berkas, now, lambatMs] = process.argv.slice(2);
const dunia = await mulaiDunia({
  jumlah: Number(jumlah),
  now: new Date(now!),
  lambatMs: Number(lambatMs),
  catat: false,
});
writeFileSync(berkas!, JSON.stringify(dunia.registri));
process.stderr.write(`siap ${dunia.registri.agencies.length}\n`);
process.on('SIGTERM', () => {
  void dunia.tutup().then(() => process.exit(0));
});
