/**
 * `node --import tsx bench/own-forms-count.ts`: how much of a cold pass's similarity-list work is
 * spent on forms the list itself holds, and what computing those forms' lists costs up front.
 *
 * Three per-form lists of NameIndex (index.ts) are counted: matches() (a query token's similar
 * vocabulary entries, keyed by formKey), joinedMatches() (two adjacent query tokens joined, keyed by
 * the joined form and the Arabic-script flag) and splitNames() (a query token cut in two, keyed by its
 * folded form). A form is "own" when the list holds it: formKey of a vocabulary entry; the joined form
 * of two adjacent listed tokens; the folded form of a vocabulary entry. Prints, per kind:
 *
 * - up front: the own forms and the CPU ms to compute all their lists on a fresh engine;
 * - in a cold pass of the benchmark's queries on another fresh engine: the cache misses, how many of
 *   them were own forms, and the wall ms inside the misses (all, own).
 *
 * In a tree whose index stores the vocabulary's own lists (session 15 h1) the up-front figures are
 * computed all the same (similarEntries), and the cold pass shows what the store leaves to compute.
 * BENCH_NAMES (0 = the UN list), BENCH_QUERIES (20,000).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { formKey, NameIndex } from '../src/matching/index.js';
import { tokenKeys, type PreparedName, type PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { joinedFold, MIN_CUT_LENGTH } from '../src/matching/score.js';
import { benchParties, benchRawQueries, cpuMs, loadAverage } from './ab-setup.js';

type Internals = {
  vocab: PreparedToken[];
  names: PreparedName[];
  matchCache: Map<string, unknown>;
  joinedCache: Map<string, { plain: unknown; abjad: unknown }>;
  splitCache: Map<string, unknown>;
  matches(t: PreparedToken): unknown;
  joinedMatches(a: PreparedToken, b: PreparedToken, form?: string): unknown;
  splitNames(folded: string): unknown;
  similarEntries?(t: PreparedToken, keys: readonly string[]): unknown;
};

const add = (row: number[], at: number, x: number): void => {
  row[at] = (row[at] as number) + x;
};

const parties = await benchParties();
const meta = { listVersions: [{ source: 'count', hash: 'count' }] };
const internals = (e: MatchEngine): Internals => (e as unknown as { index: Internals }).index;

process.stdout.write(`load average before: ${loadAverage()}\n`);
const fresh = internals(MatchEngine.build(parties, meta));
const ownTokens = new Set<string>();
const ownFolded = new Set<string>();
const ownJoined = new Set<string>();
for (const t of fresh.vocab) {
  if (t.role === 'initial') continue;
  ownTokens.add(formKey(t));
  if (t.folded.length >= MIN_CUT_LENGTH) ownFolded.add(t.folded);
}
const joinedPairs: [PreparedToken, PreparedToken][] = [];
for (const n of fresh.names) {
  for (let i = 0; i + 1 < n.tokens.length; i++) {
    const a = n.tokens[i] as PreparedToken;
    const b = n.tokens[i + 1] as PreparedToken;
    if (a.role === 'initial' || b.role === 'initial') continue;
    const key = `${joinedFold(a, b)}|${a.abjad || b.abjad ? 1 : 0}`;
    if (ownJoined.has(key)) continue;
    ownJoined.add(key);
    joinedPairs.push([a, b]);
  }
}
// Per entry: its names (postings), to see which entries' lists a query meets (POSTINGS_BUCKETS).
const postings = (fresh as unknown as { postings: { count(v: number): number } }).postings;
const buckets = [1, 2, 4, 10, 100, Infinity];
const bucketOf = (names: number): number => buckets.findIndex((b) => names <= b);
const upFront = buckets.map(() => [0, 0]);
const entryOf = new Map<string, number>();
let at = cpuMs();
for (let v = 0; v < fresh.vocab.length; v++) {
  const t = fresh.vocab[v] as PreparedToken;
  if (t.role === 'initial') continue;
  entryOf.set(formKey(t), v);
  const t0 = performance.now();
  // A tree that stores these lists with the index (session 15 h1) answers matches() from the store: computed here instead.
  if (fresh.similarEntries !== undefined) fresh.similarEntries(t, tokenKeys(t));
  else fresh.matches(t);
  const row = upFront[bucketOf(postings.count(v))] as number[];
  add(row, 0, 1);
  add(row, 1, performance.now() - t0);
}
const tokenMs = cpuMs() - at;
at = cpuMs();
for (const [a, b] of joinedPairs) fresh.joinedMatches(a, b);
const joinedMs = cpuMs() - at;
at = cpuMs();
for (const f of ownFolded) fresh.splitNames(f);
const splitMs = cpuMs() - at;
process.stdout.write(`vocabulary ${fresh.vocab.length}; up front (CPU ms): matches ${ownTokens.size} forms ${tokenMs.toFixed(0)}, joined ${ownJoined.size} forms ${joinedMs.toFixed(0)}, split ${ownFolded.size} forms ${splitMs.toFixed(0)}\n`);

const engine = MatchEngine.build(parties, meta);
const tally = { matches: [0, 0, 0, 0], joined: [0, 0, 0, 0], split: [0, 0, 0, 0] };
const met = buckets.map(() => [0, 0]);
const proto = NameIndex.prototype as unknown as Internals;
const counted = <A extends unknown[]>(kind: keyof typeof tally, original: (...args: A) => unknown, missed: (self: Internals, ...args: A) => string | undefined, own: Set<string>) =>
  function (this: Internals, ...args: A): unknown {
    const key = missed(this, ...args);
    if (key === undefined) return original.apply(this, args);
    const t0 = performance.now();
    const out = original.apply(this, args);
    const ms = performance.now() - t0;
    const row = tally[kind];
    add(row, 0, 1);
    add(row, 2, ms);
    if (own.has(key)) {
      add(row, 1, 1);
      add(row, 3, ms);
      if (kind === 'matches') {
        const b = met[bucketOf(postings.count(entryOf.get(key) as number))] as number[];
        add(b, 0, 1);
        add(b, 1, ms);
      }
    }
    return out;
  };
proto.matches = counted('matches', proto.matches, (self, t: PreparedToken) => (self.matchCache.has(formKey(t)) ? undefined : formKey(t)), ownTokens);
proto.joinedMatches = counted(
  'joined',
  proto.joinedMatches,
  (self, a: PreparedToken, b: PreparedToken, form: string = joinedFold(a, b)) => {
    const abjad = a.abjad || b.abjad;
    const lists = self.joinedCache.get(form);
    const known = lists === undefined ? undefined : abjad ? lists.abjad : lists.plain;
    return known === undefined ? `${form}|${abjad ? 1 : 0}` : undefined;
  },
  ownJoined,
);
proto.splitNames = counted('split', proto.splitNames, (self, folded: string) => (self.splitCache.has(folded) ? undefined : folded), ownFolded);
const queries = benchRawQueries(parties, Number(process.env.BENCH_QUERIES ?? 20000)).map((r) => parseQuery(r));
const started = performance.now();
for (const q of queries) engine.screen(q, { limit: 10 });
const passMs = performance.now() - started;
process.stdout.write(`cold pass ${passMs.toFixed(0)} ms wall (counting on); misses: all / own, ms all / own\n`);
for (const [kind, [all, own, ms, ownMs]] of Object.entries(tally)) {
  process.stdout.write(`  ${kind}: ${all} / ${own}, ${(ms as number).toFixed(0)} / ${(ownMs as number).toFixed(0)} ms\n`);
}
process.stdout.write('matches() own forms by names carrying the entry (up to): up front forms / ms; met in the pass forms / ms\n');
buckets.forEach((b, i) => {
  const u = upFront[i] as number[];
  const m = met[i] as number[];
  process.stdout.write(`  <= ${b}: ${u[0]} / ${(u[1] as number).toFixed(0)} ms; ${m[0]} / ${(m[1] as number).toFixed(0)} ms\n`);
});
process.stdout.write(`load average after: ${loadAverage()}\n`);
