/**
 * `node --import tsx bench/similarity-reading-stages.ts`: where the readings of the index's
 * similarity lists stop, on the cold bench mix. Walks every distinct query token form's keys as
 * NameIndex.matches does, and for each (form, entry) pair follows score.ts keyedSimilarityValue's
 * readings (folded; query alt vs listed folded; query folded vs listed alt; written; keyboard slip),
 * counting at which test each reading stops: skipped (best already 1, plain, equal), presence
 * refusal, length / budget test, letter counts, surplus pairing, the banded table (ended early,
 * past the limit at the end, or within it). Then times each stage alone over the readings that
 * reach it. A measuring tool: it repeats the decisions of score.ts, it does not replace them.
 *
 * BENCH_NAMES (0 = the bundled UN list), BENCH_QUERIES (20,000). Since session 9 the masks are no
 * longer on the tokens: this script takes them with letterMask/repeatMask, and its "all pairs" time
 * goes through score.ts keyedSimilarity, which writes both tokens' shapes per pair (the index writes
 * the query's once per form and reads the entries' from its array), so it reads a little high.
 */
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { isQueryIndexable, tokenKeys, type PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { cliffBudget, keyedSimilarity } from '../src/matching/score.js';
import { letterCountBound, letterMask, pairingBound, repeatMask, presenceBound, useSurplusPairing, distinctDistance } from '../src/matching/distance.js';
import { COST, TOKEN } from '../src/matching/weights.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';

interface Index {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
}

const nNames = Number(process.env.BENCH_NAMES ?? 0);
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const parties = nNames > 0 ? syntheticList(nNames) : (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'stages', hash: 'stages' }] });
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
const pairs: [PreparedToken, PreparedToken][] = [];
for (const t of forms.values()) {
  const seen = new Set<number>();
  for (const k of tokenKeys(t)) {
    for (const v of index.lookup(k)) {
      if (seen.has(v)) continue;
      seen.add(v);
      pairs.push([t, index.vocab[v] as PreparedToken]);
    }
  }
}
process.stdout.write(`${forms.size} forms, ${pairs.length} pairs\n`);

function floorCost(len: number, budget: number, floor: number): number {
  if (floor <= 0) return budget;
  const beat = ((1 - floor) * len) / TOKEN.costScale + 1e-9;
  return beat < budget ? beat : budget;
}

const counts = new Map<string, number>();
const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);

/** A reading that reached the distance (for timing the stages alone). */
interface Reading {
  a: string;
  b: string;
  aAbjad: boolean;
  bAbjad: boolean;
  budget: number;
  stop: number;
}
const atLetters: Reading[] = [];

/** similarityAbove with counters; `kind` names the reading. */
function reading(kind: string, a: string, aAbjad: boolean, b: string, bAbjad: boolean, floor: number, presence: [number, number, number, number] | undefined): number {
  if (a === b) {
    bump(`${kind} equal`);
    return 1;
  }
  const len = a.length > b.length ? a.length : b.length;
  const budget = cliffBudget(len);
  if (budget <= 0) {
    bump(`${kind} budget<=0`);
    return 0;
  }
  const stop = floorCost(len, budget, floor);
  if (presence !== undefined && presenceBound(presence[0], presence[1], a.length, presence[2], presence[3], b.length, aAbjad, bAbjad) > stop + 1e-9) {
    bump(`${kind} presence`);
    return 0;
  }
  if (!aAbjad && !bAbjad && Math.abs(a.length - b.length) * COST.vowelIndel > budget) {
    bump(`${kind} length`);
    return 0;
  }
  atLetters.push({ a, b, aAbjad, bAbjad, budget, stop });
  if (letterCountBound(a, b, aAbjad, bAbjad) > stop) {
    bump(`${kind} letters`);
    return 0;
  }
  if (pairingBound(a.length, b.length, aAbjad, bAbjad) > stop + 1e-9) {
    bump(`${kind} pairing`);
    return 0;
  }
  const cost = distinctDistance(a, b, aAbjad, bAbjad, budget, stop);
  if (cost === Infinity) {
    bump(`${kind} table-refused`);
    return 0;
  }
  bump(`${kind} table-within`);
  const sim = 1 - (TOKEN.costScale * cost) / len;
  return sim > 0 ? sim : 0;
}

useSurplusPairing(true);
let checked = 0;
for (const [q, l] of pairs) {
  let best = reading('folded', q.folded, q.abjad, l.folded, l.abjad, 0, [letterMask(q.folded), repeatMask(q.folded), letterMask(l.folded), repeatMask(l.folded)]);
  if (q.alt !== undefined) {
    if (best >= 1) bump('qalt skipped');
    else {
      const m = reading('qalt', q.alt, q.abjad, l.folded, l.abjad, best + TOKEN.altFormPenalty, undefined);
      if (m - TOKEN.altFormPenalty > best) best = m - TOKEN.altFormPenalty;
    }
  }
  if (l.alt !== undefined) {
    if (best >= 1) bump('lalt skipped');
    else {
      const m = reading('lalt', q.folded, q.abjad, l.alt, l.abjad, best + TOKEN.altFormPenalty, undefined);
      if (m - TOKEN.altFormPenalty > best) best = m - TOKEN.altFormPenalty;
    }
  }
  if (best < 1 && q.written !== '' && l.written !== '' && q.written !== l.written) {
    if (q.plain && l.plain) bump('written plain');
    else {
      const m = reading('written', q.written, false, l.written, false, best, [letterMask(q.written), repeatMask(q.written), letterMask(l.written), repeatMask(l.written)]);
      if (m > best) best = m;
    }
    bump('keyboard');
  }
  if (best > 0) bump('pair similar');
  if (!Object.is(best > 0 ? best : 0, keyedSimilarity(q, l).similarity)) {
    // The keyboard reading is not repeated here, so a pair it decides differs; count them.
    checked++;
  }
}
const sorted = [...counts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1));
for (const [k, n] of sorted) process.stdout.write(`${k.padEnd(24)} ${String(n).padStart(9)}\n`);
process.stdout.write(`pairs decided by the keyboard reading (not repeated here): ${checked}\n`);

// Time each stage alone over the readings that reached the letter counts.
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let round = 0; round < 3; round++) {
  let t0 = cpu();
  let sink = 0;
  for (const r of atLetters) sink += letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad);
  const tLetters = cpu() - t0;
  const passLetters = atLetters.filter((r) => letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad) <= r.stop);
  t0 = cpu();
  for (const r of passLetters) {
    letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad);
    sink += pairingBound(r.a.length, r.b.length, r.aAbjad, r.bAbjad);
  }
  const tPairing = cpu() - t0;
  const passPairing = passLetters.filter((r) => {
    letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad);
    return pairingBound(r.a.length, r.b.length, r.aAbjad, r.bAbjad) <= r.stop + 1e-9;
  });
  useSurplusPairing(false);
  t0 = cpu();
  for (const r of passLetters) sink += letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad);
  const tLetters2 = cpu() - t0;
  t0 = cpu();
  for (const r of passPairing) sink += distinctDistance(r.a, r.b, r.aAbjad, r.bAbjad, r.budget, r.stop) === Infinity ? 0 : 1;
  const tTable = cpu() - t0;
  t0 = cpu();
  for (const r of passPairing) sink += letterCountBound(r.a, r.b, r.aAbjad, r.bAbjad);
  const tLetters3 = cpu() - t0;
  useSurplusPairing(true);
  t0 = cpu();
  for (const [q, l] of pairs) sink += keyedSimilarity(q, l).similarity;
  const tAll = cpu() - t0;
  process.stdout.write(
    `round ${round}: all pairs ${tAll.toFixed(0)} ms (${((tAll * 1000) / pairs.length).toFixed(3)} us/pair); letter counts ${atLetters.length} x ${((tLetters * 1000) / atLetters.length).toFixed(3)} us = ${tLetters.toFixed(0)} ms; ` +
      `pairing ${passLetters.length} x ${(((tPairing - tLetters2) * 1000) / passLetters.length).toFixed(3)} us = ${(tPairing - tLetters2).toFixed(0)} ms; ` +
      `table ${passPairing.length} x ${(((tTable - tLetters3) * 1000) / passPairing.length).toFixed(3)} us = ${(tTable - tLetters3).toFixed(0)} ms (sink ${sink > 0 ? 1 : 0})\n`,
  );
}
