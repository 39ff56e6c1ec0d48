// `npm run bench`: every benchmark suite of the project, printed as one markdown table.
// A later part adds its suite to SUITES.
import { cetakTabel, jalankan, type Benchmark } from './harness.js';
import { monitorSuite } from './monitor.bench.js';
import { sdkSuite } from './sdk.bench.js';
import { serverSuite } from './server.bench.js';
import { widgetsSuite } from './widgets.bench.js';

const SUITES: Array<() => Promise<Benchmark[]> | Benchmark[]> = [
  sdkSuite,
  widgetsSuite,
  serverSuite,
  monitorSuite,
];

const filter = process.argv.slice(2);
const hasil = [];
for (const suite of SUITES) {
  for (const p of await suite()) {
    if (filter.length > 0 && !filter.some((f) => p.name.includes(f))) continue;
    process.stderr.write(`… ${p.name}\n`);
    hasil.push(...(await jalankan(p)));
  }
}
console.log(cetakTabel(hasil));
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}`);
