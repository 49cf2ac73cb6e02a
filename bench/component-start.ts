/**
 * One start of a long-running component on a fresh process, timed, for bench/component-start-ab.ts:
 * START_COMPONENT=server (buildServer: the list store, the embedded database, the routes and the
 * screening engine; ready when `interdict serve` would listen) or monitor (loadMonitor: the lists in
 * force, the reference data, the rule pack and the engine; what a queue worker does before its first
 * event). START_TREE: the checkout whose code runs (default this one); START_DIST=1 its compiled dist/
 * (what bin/interdict runs), else its sources via tsx. START_DATA_DIR: the data directory (required).
 *
 * Prints one JSON line: the start call's wall and CPU ms, and the whole process's (module loading
 * included) at the moment the component is ready.
 */
import { cpuMs } from './ab-setup.js';

const tree = process.env.START_TREE ?? new URL('..', import.meta.url).pathname;
const dist = process.env.START_DIST === '1';
const dataDir = process.env.START_DATA_DIR;
const component = process.env.START_COMPONENT ?? 'server';
if (!dataDir) throw new Error('START_DATA_DIR must name the data directory');
const load = async <T>(module: string): Promise<T> => (await import(dist ? `${tree}/dist/${module}.js` : `${tree}/src/${module}.ts`)) as T;

interface ServerModule { buildServer(options: { dataDir: string; logger: boolean }): Promise<{ app: { close(): Promise<unknown> } }> }
interface StoreModule { ListStore: new (dataDir: string) => unknown }
interface MonitorModule { loadMonitor(store: unknown): Promise<unknown> }

let ready: () => Promise<void>;
if (component === 'server') {
  const { buildServer } = await load<ServerModule>('server/app');
  ready = async () => {
    const built = await buildServer({ dataDir, logger: false });
    await built.app.close();
  };
} else if (component === 'monitor') {
  const { ListStore } = await load<StoreModule>('lists/store');
  const { loadMonitor } = await load<MonitorModule>('monitoring/load-monitor');
  ready = async () => {
    await loadMonitor(new ListStore(dataDir));
  };
} else {
  throw new Error(`START_COMPONENT ${component}: server or monitor`);
}
const wall0 = performance.now();
const cpu0 = cpuMs();
// The server's close is timed too (a few ms, the same in both trees); the process figures stop here.
await ready();
const ms = performance.now() - wall0;
const cpu = cpuMs() - cpu0;
process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpu, processMs: performance.now(), processCpuMs: cpuMs() })}\n`);
