/**
 * `BASE=/work/base node --import tsx bench/table-replay.ts`: the banded table alone, this tree
 * against another checkout (BASE) in one process. Collects the folded and written readings of the
 * cold bench mix (every distinct query token form against every vocabulary entry its keys reach,
 * as NameIndex.matches meets them) that pass the surplus-pairing bound, i.e. the ones that run the
 * table, then times distance.ts distinctDistance (bounds, then table) of both trees over them,
 * interleaved in chunks, alternating which goes first, CPU time; every result is compared with
 * Object.is. The bounds are the same code in both trees at the time of writing, so the difference
 * is the table's.
 *
 * BASE (required), BENCH_NAMES (0 = the bundled UN list), BENCH_QUERIES (20,000), ROUNDS (3).
 * TABLE=1 times the table alone (distance.ts pairedDistance with masks that hold the counts, so no
 * bound before it) over the same readings. Besides the total it prints the median ratio over the
 * chunk pairs after the first round (and its quartiles), which a load spike on the shared machine
 * moves less than the totals.
 */
import { execSync } from 'node:child_process';
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { isQueryIndexable, tokenKeys, type PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { cliffBudget } from '../src/matching/score.js';
import * as mine from '../src/matching/distance.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';

interface DistanceModule {
  useSurplusPairing(on: boolean): void;
  distinctDistance(a: string, b: string, aAbjad: boolean, bAbjad: boolean, maxCost: number, stopCost?: number): number;
  pairedDistance(a: string, b: string, aAbjad: boolean, bAbjad: boolean, a3: number, b3: number, maxCost: number, stopCost: number): number;
}
interface Index {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
}

const base = process.env.BASE;
if (!base) {
  process.stderr.write('BASE must name the other checkout\n');
  process.exit(2);
}
const theirs = (await import(`${base}/src/matching/distance.ts`)) as DistanceModule;
const nNames = Number(process.env.BENCH_NAMES ?? 0);
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const rounds = Number(process.env.ROUNDS ?? 3);
const load = (): string => execSync('uptime').toString().trim().replace(/.*load average: /, '');
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const parties = nNames > 0 ? syntheticList(nNames) : (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'table', hash: 'table' }] });
const index = (engine as unknown as { index: Index }).index;
const prepare = (engine as unknown as { prepareQuery(q: unknown): { names: { tokens: PreparedToken[] }[] } }).prepareQuery.bind(engine);

const forms = new Map<string, PreparedToken>();
for (const q of benchQueries(parties, nQueries, nNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1')) {
  for (const n of prepare(parseQuery({ id: q.id, schema: q.schema, name: q.name })).names) {
    for (const t of n.tokens) {
      if (t.role === 'initial' || !isQueryIndexable(t)) continue;
      const key = formKey(t);
      if (!forms.has(key)) forms.set(key, t);
    }
  }
}
interface Reading {
  a: string;
  b: string;
  aAbjad: boolean;
  bAbjad: boolean;
  maxCost: number;
}
const readings: Reading[] = [];
mine.useSurplusPairing(true);
const consider = (a: string, b: string, aAbjad: boolean, bAbjad: boolean): void => {
  if (a === b) return;
  const maxCost = cliffBudget(Math.max(a.length, b.length));
  if (maxCost <= 0) return;
  mine.letterCountBound(a, b, aAbjad, bAbjad);
  if (mine.pairingBound(a.length, b.length, aAbjad, bAbjad) > maxCost + 1e-9) return;
  readings.push({ a, b, aAbjad, bAbjad, maxCost });
};
for (const t of forms.values()) {
  const seen = new Set<number>();
  for (const k of tokenKeys(t)) {
    for (const v of index.lookup(k)) {
      if (seen.has(v)) continue;
      seen.add(v);
      const l = index.vocab[v] as PreparedToken;
      consider(t.folded, l.folded, t.abjad, l.abjad);
      if (t.written !== '' && l.written !== '' && !(t.plain && l.plain)) consider(t.written, l.written, false, false);
    }
  }
}
process.stdout.write(`load average before: ${load()}\n${forms.size} forms, ${readings.length} readings that run the table\n`);

const values: [Float64Array, Float64Array] = [new Float64Array(readings.length), new Float64Array(readings.length)];
const tableOnly = process.env.TABLE === '1';
const spent: [number, number] = [0, 0];
const lastChunk: [number, number] = [0, 0];
const chunkRatios: number[] = [];
function run(side: 0 | 1, from: number, to: number): void {
  const d: DistanceModule = side === 0 ? theirs : mine;
  const out = values[side];
  const t0 = cpuMs();
  d.useSurplusPairing(true);
  if (tableOnly) {
    for (let i = from; i < to; i++) {
      const r = readings[i] as Reading;
      out[i] = d.pairedDistance(r.a, r.b, r.aAbjad, r.bAbjad, 0, 0, r.maxCost, r.maxCost);
    }
  } else {
    for (let i = from; i < to; i++) {
      const r = readings[i] as Reading;
      out[i] = d.distinctDistance(r.a, r.b, r.aAbjad, r.bAbjad, r.maxCost);
    }
  }
  d.useSurplusPairing(false);
  lastChunk[side] = cpuMs() - t0;
  spent[side] += lastChunk[side];
}
const chunk = 20000;
let differences = 0;
for (let round = 0; round < rounds; round++) {
  for (let s = 0, k = 0; s < readings.length; s += chunk, k++) {
    const e = Math.min(readings.length, s + chunk);
    if ((k + round) % 2 === 0) {
      run(0, s, e);
      run(1, s, e);
    } else {
      run(1, s, e);
      run(0, s, e);
    }
    if (round > 0 && lastChunk[1] > 0) chunkRatios.push(lastChunk[0] / lastChunk[1]);
  }
  if (round === 0) for (let i = 0; i < readings.length; i++) if (!Object.is(values[0][i], values[1][i]) && differences++ < 10) process.stdout.write(`DIFFERENCE ${readings[i]?.a} / ${readings[i]?.b}: ${values[0][i]} against ${values[1][i]}\n`);
}
process.stdout.write(`${tableOnly ? 'pairedDistance (the table alone)' : 'distinctDistance'} over ${readings.length} readings x ${rounds}: base ${spent[0].toFixed(0)} ms, this tree ${spent[1].toFixed(0)} ms CPU: ${(spent[0] / spent[1]).toFixed(3)}x; ${differences} differences\n`);
if (chunkRatios.length > 0) {
  const r = chunkRatios.sort((x, y) => x - y);
  process.stdout.write(`median chunk ratio ${(r[r.length >> 1] as number).toFixed(3)} (quartiles ${(r[r.length >> 2] as number).toFixed(3)}-${(r[(3 * r.length) >> 2] as number).toFixed(3)}, ${r.length} chunk pairs after the first round)\n`);
}
process.stdout.write(`load average after: ${load()}\n`);
process.exit(differences === 0 ? 0 : 1);
