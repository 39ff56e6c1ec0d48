import { Worker } from 'node:worker_threads';

/**
 * Starts the thread whose module sits next to `dariModul` (an `import.meta.url`) under `nama`: the built
 * `.js`, or, when the test runner runs the TypeScript sources, the `.ts` with tsx registered in the
 * thread first.
 */
export function bukaThread(dariModul: string, nama: string, workerData: unknown): Worker {
  if (!dariModul.endsWith('.ts')) return new Worker(new URL(`./${nama}.js`, dariModul), { workerData });
  const url = new URL(`./${nama}.ts`, dariModul).href;
  return new Worker(
    `import('tsx/esm/api').then((t) => t.register()).then(() => import(${JSON.stringify(url)}))`,
    { eval: true, workerData },
  );
}
