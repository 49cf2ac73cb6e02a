/**
 * `node --import tsx bench/engine-build-profile.ts`: where a fresh process's engine start-up goes, as
 * a CLI command pays it (every `interdict screen` builds or reads the engine once, with no JIT
 * warm-up: the first is the one that counts). Profiles the first start only, then prints the times
 * of BUILD_REPEAT (default 3) further ones unprofiled, to show how much of the first is warm-up.
 *
 * START=build (default): MatchEngine.build. START=saved: the engine read from a saved engine
 * (saved-engine.ts) at SNAPSHOT_FILE (default /tmp/interdict-engine.snapshot); when that file does
 * not exist, this run writes it and stops, so the profiled run reads it on a fresh process.
 * BENCH_NAMES as screen-ab.ts (0: the bundled UN list). PROFILE_TIME=self|inclusive and PROFILE_TOP
 * as screen-profile.ts. PROFILE_TREE: another checkout's engine instead of this one's (START=build
 * only). PROFILE_DIST=1: that tree's compiled dist/ (what bin/interdict runs) instead of its sources
 * via tsx, whose keepNames adds a call per named closure. PROFILE=0: no profiler; prints only one
 * JSON line, the first start's wall and CPU milliseconds (bench/engine-start-ab.ts runs it so).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchParties } from './ab-setup.js';
import { printTop, profiled } from './cpu-profile.js';

interface Engine { buildStats: { names: number; keys: number }; indexKeys: unknown }
interface EngineModule { MatchEngine: { build(parties: unknown, meta: unknown): Engine; fromPrepared(parties: unknown, meta: unknown, list: unknown, options?: { keys: unknown }): Engine } }
interface SnapshotModule {
  encodeSnapshot(parts: { list: unknown; keys: unknown }, key: string, inputs: string): Buffer;
  decodeSnapshot(bytes: Buffer, key: string, parties: unknown): { list: unknown; keys: unknown };
  preparedInputDigest(parties: unknown): string;
}

const tree = process.env.PROFILE_TREE ?? new URL('..', import.meta.url).pathname;
const dist = process.env.PROFILE_DIST === '1';
const saved = process.env.START === 'saved';
const file = process.env.SNAPSHOT_FILE ?? '/tmp/interdict-engine.snapshot';
const load = async <T>(module: string): Promise<T> => (await import(dist ? `${tree}/dist/matching/${module}.js` : `${tree}/src/matching/${module}.ts`)) as T;
const { MatchEngine } = await load<EngineModule>('engine');
const snapshots = saved ? await load<SnapshotModule>('engine-snapshot') : undefined;
const parties = await benchParties();
const meta = { listVersions: [{ source: 'un', hash: 'profile' }] };
const KEY = 'profile';

if (snapshots && !existsSync(file)) {
  const { prepareList } = await load<{ prepareList(parties: unknown): unknown }>('prepared-list');
  const list = prepareList(parties);
  const built = MatchEngine.fromPrepared(parties, meta, list);
  writeFileSync(file, snapshots.encodeSnapshot({ list, keys: built.indexKeys }, KEY, snapshots.preparedInputDigest(parties)));
  console.log(`wrote ${file}; run again to profile reading it`);
  process.exit(0);
}
const start = (): Engine => {
  if (!snapshots) return MatchEngine.build(parties, meta);
  const { list, keys } = snapshots.decodeSnapshot(readFileSync(file), KEY, parties);
  return MatchEngine.fromPrepared(parties, meta, list, { keys });
};

if (process.env.PROFILE === '0') {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  start();
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 }));
  process.exit(0);
}
let engine: Engine | undefined;
const { ms, profile } = await profiled(() => {
  engine = start();
});
const stats = (engine as Engine).buildStats;
console.log(`first ${saved ? 'read' : 'build'} (${dist ? 'dist' : 'tsx'}): ${stats.names} names, ${stats.keys} keys in ${ms.toFixed(0)} ms with the profiler on`);
const repeats: string[] = [];
for (let r = 0; r < Number(process.env.BUILD_REPEAT ?? 3); r++) {
  const t0 = performance.now();
  start();
  repeats.push((performance.now() - t0).toFixed(0));
}
console.log(`later ones: ${repeats.join(', ')} ms`);
printTop(profile, process.env.PROFILE_TIME === 'inclusive', Number(process.env.PROFILE_TOP ?? 40));
