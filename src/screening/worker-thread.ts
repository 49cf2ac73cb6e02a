import { Worker } from 'node:worker_threads';

/**
 * A worker thread running one of this directory's worker modules (`name` without extension, e.g.
 * 'diff-worker'): the compiled .js next to this file, or under tsx (tests, benchmarks) the .ts source.
 */
export function moduleWorker(name: string, workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  // Under tsx, `--import tsx` in a worker's execArgv does not reach its module loader on Node 20;
  // a small bootstrap registers tsx in the worker first and then loads the TypeScript worker.
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData })
    : new Worker(url, { workerData });
}
