/**
 * `BASE=/work/base node --import tsx bench/analysis-ab.ts`: speed of this tree's name analysis
 * against another checkout's, both in this one process. Times prepareName (names/tokens.ts
 * analyseName plus the prepared token fields) and, for the listed names, tokenKeys of each token (the
 * index build reads them), over the analysis corpus (bench/analysis-corpus.ts) in interleaved chunks,
 * alternating which side goes first, counting CPU time. Also times MatchEngine.build of the UN list,
 * alternating the two trees (BUILDS, default 6 of each). ROUNDS (default 3): the first round is the
 * coldest (fresh JIT; any per-word memo of this tree empty), later rounds repeat the same names.
 * First of all, new names as the steady-state screening pass meets them: the UN bench mix's names
 * with the code warm and both trees' process-wide memos emptied before each round (below; NEW_ONLY=1
 * for those alone).
 */
import { execSync } from 'node:child_process';
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { prepareName, tokenKeys, type PreparedName, type PreparedToken } from '../src/matching/prepared.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { clearProcessMemos } from '../src/names/bounded-memo.js';
import { analysisCorpus } from './analysis-corpus.js';
import { benchQueries } from './queries.js';

type Prepare = (full: string, party: number, nameIndex: number, type: 'query', quality: 'good') => PreparedName;
type Keys = (t: PreparedToken) => string[];

const base = process.env.BASE;
if (!base) {
  process.stderr.write('BASE must name the other checkout (a directory with src/matching/prepared.ts)\n');
  process.exit(2);
}
const theirs = (await import(`${base}/src/matching/prepared.ts`)) as { prepareName: Prepare; tokenKeys: Keys };
const theirEngine = (await import(`${base}/src/matching/engine.ts`)) as { MatchEngine: { build(p: unknown, m: unknown): { buildStats: { buildMs: number } } } };
const rounds = Number(process.env.ROUNDS ?? 3);
const builds = Number(process.env.BUILDS ?? 6);
const chunk = Number(process.env.CHUNK ?? 500);
const corpus = await analysisCorpus();
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const load = (): string => execSync('uptime').toString().trim().replace(/.*load average: /, '');
process.stdout.write(`load average before: ${load()}\n`);
process.stdout.write(`corpus: ${corpus.listed.length} listed names, ${corpus.queries.length} query names\n`);

const parties = (await readUnXml({ path: bundledUnList })).parties;
let sink = 0;
function run(prepare: Prepare, keys: Keys, names: string[], from: number, to: number, withKeys: boolean): number {
  const t = cpuMs();
  for (let i = from; i < to; i++) {
    const p = prepare(names[i] as string, -1, 0, 'query', 'good');
    sink += p.tokens.length;
    if (withKeys) for (const tok of p.tokens) sink += keys(tok).length;
  }
  return cpuMs() - t;
}

/** One round over `names` in chunks, alternating which tree goes first: CPU ms of the base (b) and of this tree (o). */
function interleavedRound(names: string[], round: number, withKeys: boolean): { b: number; o: number } {
  let b = 0;
  let o = 0;
  for (let s = 0, k = 0; s < names.length; s += chunk, k++) {
    const e = Math.min(names.length, s + chunk);
    if ((k + round) % 2 === 0) {
      b += run(theirs.prepareName, theirs.tokenKeys, names, s, e, withKeys);
      o += run(prepareName, tokenKeys, names, s, e, withKeys);
    } else {
      o += run(prepareName, tokenKeys, names, s, e, withKeys);
      b += run(theirs.prepareName, theirs.tokenKeys, names, s, e, withKeys);
    }
  }
  return { b, o };
}

// New names, as the benchmark's steady-state pass meets them (bench/screen.bench.ts): the code warmed
// on other queries of the same mix, then every process-wide memo emptied (each tree has its own), and
// the UN bench mix's names analysed once each, the memos filling as they go. Both trees' memos are
// emptied again before each round.
const theirMemos = (await import(`${base}/src/names/bounded-memo.ts`)) as { clearProcessMemos(): void };
const warmNames = benchQueries(parties, 20000, 'warm-seed').map((q) => q.name);
run(theirs.prepareName, theirs.tokenKeys, warmNames, 0, warmNames.length, false);
run(prepareName, tokenKeys, warmNames, 0, warmNames.length, false);
for (let round = 0; round < rounds; round++) {
  theirMemos.clearProcessMemos();
  clearProcessMemos();
  const names = corpus.benchQueries;
  const { b, o } = interleavedRound(names, round, false);
  const us = (ms: number): string => ((ms * 1000) / names.length).toFixed(2);
  process.stdout.write(`UN bench names, memos emptied, round ${round + 1}: base ${us(b)} us/name, this tree ${us(o)} us/name: ${(b / o).toFixed(3)}x\n`);
}

// NEW_ONLY=1: the new names alone (the figures below take a few minutes at a busy machine's load).
if (process.env.NEW_ONLY === '1') {
  process.stdout.write(`load average after: ${load()} (${sink})\n`);
  process.exit(0);
}

for (const [label, names, withKeys] of [['listed names + keys', corpus.listed, true], ['query names', corpus.queries, false]] as const) {
  for (let round = 0; round < rounds; round++) {
    const { b, o } = interleavedRound(names, round, withKeys);
    const us = (ms: number): string => ((ms * 1000) / names.length).toFixed(2);
    process.stdout.write(`${label}, round ${round + 1}: base ${us(b)} us/name, this tree ${us(o)} us/name: ${(b / o).toFixed(3)}x\n`);
  }
}

const meta = { listVersions: [{ source: 'ab', hash: 'ab' }] };
let bb = 0;
let bo = 0;
for (let i = 0; i < builds; i++) {
  const first = i % 2 === 0;
  const time = (f: () => unknown): number => {
    const t = cpuMs();
    f();
    return cpuMs() - t;
  };
  if (first) {
    bb += time(() => theirEngine.MatchEngine.build(parties, meta));
    bo += time(() => MatchEngine.build(parties, meta));
  } else {
    bo += time(() => MatchEngine.build(parties, meta));
    bb += time(() => theirEngine.MatchEngine.build(parties, meta));
  }
}
process.stdout.write(`MatchEngine.build (UN list) x ${builds}: base ${(bb / builds).toFixed(0)} CPU-ms, this tree ${(bo / builds).toFixed(0)} CPU-ms: ${(bb / bo).toFixed(3)}x\n`);
process.stdout.write(`load average after: ${load()} (${sink})\n`);
