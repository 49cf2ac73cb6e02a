import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` (without extension) found beside the module at
 * `besideUrl` (its caller's import.meta.url): the compiled .js, or under tsx (tests, benchmarks) the
 * .ts source. `options`: the Worker's other options (e.g. resourceLimits).
 */
export function workerBeside(besideUrl: string, name: string, workerData: unknown, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}): Worker {
  const fromSource = besideUrl.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, besideUrl);
  // Under tsx, `--import tsx` in a worker's execArgv does not reach its module loader on Node 20;
  // a small bootstrap registers tsx in the worker first and then loads the TypeScript worker.
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true, workerData })
    : new Worker(url, { ...options, workerData });
}
