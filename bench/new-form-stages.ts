/**
 * `node --import tsx bench/new-form-stages.ts`: where a new query token form's similarity list
 * (NameIndex.matches) spends its work on the cold bench mix, this tree only (no BASE).
 *
 * 1. Counts: for every distinct query token form, its retrieval keys walked as matches() walks
 *    them: posting reads (duplicates included), first reads (the distinct (form, entry) pairs) and
 *    similar pairs, by key kind (k: skeleton, p: phonetic, u: spelling; "own" the form's longest
 *    key of that kind, "del" the keys one letter shorter).
 * 2. Pair classes: each pair's folded reading put to the tests score.ts refusedAt takes at floor 0
 *    (presence bound, length, surplus pairing: the same exported functions, repeated here), giving
 *    three classes: folded reading refused from the shapes and the pair not similar; folded reading
 *    let through (its table runs) and the pair not similar (near misses); similar pairs.
 * 3. CPU time, rounds alternated: the key walk alone (lookups and the dedup by stamp), and
 *    score.ts keyedSimilarityValue (the real one, surplus pairing on as in matches) over each class.
 * 4. RUNS=4,16,...: whether a bound per run of a key list could refuse many entries at once (the
 *    brief's lead of grouped postings): each key list's Latin entries sorted by folded length then
 *    letter mask and cut into runs of that size; a run is refused for a Latin query form when the
 *    presence bound from the run's summary (the form's letters no entry of the run has, the letters
 *    every entry has that the form lacks, the nearest length) is past the cliff of the run's
 *    longest length. Prints the share of posting reads such runs would skip (the folded reading
 *    only: an upper limit on what a test for every reading could skip).
 *
 * 5. EXAMINED=1: how many of the pairs whose folded reading reaches the table (or that are similar)
 *    involve an entry some candidate name carries: the queries are screened once (a fresh engine),
 *    the names NameIndex.candidates returns for each query name recorded, and a pair (form, entry)
 *    counts as examined when a name carrying the entry was a candidate of a query name with that
 *    form. Only those pairs' values are ever read past retrieval (pairBound, the scorer); the rest
 *    serve retrieval alone, which might work from the shapes' upper bounds instead (more names would
 *    then be admitted: this does not count that).
 *
 * BENCH_NAMES (0 = the bundled UN list), BENCH_QUERIES (20,000), ROUNDS (3). Reaches into private
 * members of the index (a measuring tool).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { tokenKeys, type PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { cliffBudget, keyedSimilarityValue } from '../src/matching/score.js';
import { presenceBound, useSurplusPairing } from '../src/matching/distance.js';
import { FOLDED, SHAPE_SIZE, writeShape } from '../src/matching/form-shape.js';
import { foldedRefused } from './folded-refusal.js';
import { benchParties, benchQueryForms, benchRawQueries, cpuMs, loadAverage } from './ab-setup.js';

interface Index {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
  shapes: Int32Array;
}

const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const rounds = Number(process.env.ROUNDS ?? 3);
const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'stages', hash: 'stages' }] });
const index = (engine as unknown as { index: Index }).index;
const queryForms = benchQueryForms(engine, parties, nQueries);
const keysOf = queryForms.map((t) => tokenKeys(t));
const formShapes = new Int32Array(queryForms.length * SHAPE_SIZE);
queryForms.forEach((t, f) => writeShape(t, formShapes, f * SHAPE_SIZE));
const vocab = index.vocab;
const shapes = index.shapes;
process.stdout.write(`load average before: ${loadAverage()}\n${queryForms.length} forms, ${keysOf.reduce((s, k) => s + k.length, 0)} keys looked up\n`);

/** The kind of a key: its prefix, and whether it is as long as the form's longest key of that prefix (own) or shorter (a deletion). */
function kindOf(keys: readonly string[], key: string): string {
  let longest = 0;
  for (const k of keys) if (k.startsWith(key.slice(0, 2)) && k.length > longest) longest = k.length;
  return `${key.slice(0, 2)}${key.length === longest ? 'own' : 'del'}`;
}

// 1 and 2: counts by key kind, and the pairs of each class (form index, entry id).
const CLASSES = ['folded refused, not similar', 'folded to the table, not similar', 'similar'];
const classForms: number[][] = CLASSES.map(() => []);
const classEntries: number[][] = CLASSES.map(() => []);
const reads = new Map<string, number>();
const firsts = new Map<string, number>();
const similars = new Map<string, number>();
const bump = (m: Map<string, number>, k: string, n = 1): void => void m.set(k, (m.get(k) ?? 0) + n);
const seen = new Uint32Array(vocab.length);
let serial = 0;
let totalReads = 0;
useSurplusPairing(true);
for (let f = 0; f < queryForms.length; f++) {
  const t = queryForms[f] as PreparedToken;
  serial++;
  for (const key of keysOf[f] as string[]) {
    const list = index.lookup(key);
    const kind = kindOf(keysOf[f] as string[], key);
    bump(reads, kind, list.length);
    totalReads += list.length;
    for (let i = 0; i < list.length; i++) {
      const v = list[i] as number;
      if (seen[v] === serial) continue;
      seen[v] = serial;
      bump(firsts, kind);
      const similar = keyedSimilarityValue(t, formShapes, f * SHAPE_SIZE, vocab[v] as PreparedToken, shapes, v * SHAPE_SIZE) > 0;
      if (similar) bump(similars, kind);
      const c = similar ? 2 : foldedRefused(t, formShapes, f * SHAPE_SIZE, vocab[v] as PreparedToken, shapes, v * SHAPE_SIZE) ? 0 : 1;
      (classForms[c] as number[]).push(f);
      (classEntries[c] as number[]).push(v);
    }
  }
}
useSurplusPairing(false);
const totalPairs = classForms.reduce((s, c) => s + c.length, 0);
process.stdout.write(`posting reads ${totalReads} (${(totalReads / queryForms.length).toFixed(1)} a form), distinct pairs ${totalPairs} (${(totalPairs / queryForms.length).toFixed(1)}), similar ${(classForms[2] as number[]).length}\n`);
for (const k of [...reads.keys()].sort()) process.stdout.write(`  ${k}: reads ${reads.get(k)}, first reads ${firsts.get(k) ?? 0}, similar ${similars.get(k) ?? 0}\n`);

// 3: CPU time of the walk alone and of each class's pairs.
function walk(): number {
  let sink = 0;
  for (let f = 0; f < queryForms.length; f++) {
    serial++;
    for (const key of keysOf[f] as string[]) {
      const list = index.lookup(key);
      for (let i = 0; i < list.length; i++) {
        const v = list[i] as number;
        if (seen[v] === serial) continue;
        seen[v] = serial;
        sink += v;
      }
    }
  }
  return sink;
}
function pairs(c: number): number {
  const fs = classForms[c] as number[];
  const vs = classEntries[c] as number[];
  let sink = 0;
  useSurplusPairing(true);
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i] as number;
    const v = vs[i] as number;
    sink += keyedSimilarityValue(queryForms[f] as PreparedToken, formShapes, f * SHAPE_SIZE, vocab[v] as PreparedToken, shapes, v * SHAPE_SIZE);
  }
  useSurplusPairing(false);
  return sink;
}
const jobs: [string, () => number][] = [['key walk', walk], ...CLASSES.map((name, c): [string, () => number] => [name, () => pairs(c)])];
const spent = jobs.map(() => 0);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? jobs.map((_, k) => k) : jobs.map((_, k) => jobs.length - 1 - k);
  for (const k of order) {
    const t0 = cpuMs();
    (jobs[k] as [string, () => number])[1]();
    spent[k] = (spent[k] as number) + cpuMs() - t0;
  }
}
const pairMs = spent.slice(1).reduce((s, x) => s + x, 0) / rounds;
process.stdout.write(`a pass (mean of ${rounds} rounds): key walk ${((spent[0] as number) / rounds).toFixed(0)} ms; the pairs ${pairMs.toFixed(0)} ms:\n`);
CLASSES.forEach((name, c) => {
  const ms = (spent[c + 1] as number) / rounds;
  const n = (classForms[c] as number[]).length;
  process.stdout.write(`  ${name}: ${n} pairs, ${ms.toFixed(0)} ms (${((100 * ms) / pairMs).toFixed(1)}%, ${((ms * 1000) / n).toFixed(3)} us a pair)\n`);
});

// 4: runs of key lists refused at once.
for (const size of (process.env.RUNS ?? '').split(',').filter((s) => s !== '').map(Number)) {
  interface Run { lo: number; hi: number; union: number; unionRepeats: number; common: number; commonRepeats: number; count: number }
  const runsOf = new Map<string, Run[]>();
  const runs = (key: string): Run[] => {
    let out = runsOf.get(key);
    if (out !== undefined) return out;
    const mask = (v: number): number => shapes[v * SHAPE_SIZE + FOLDED] as number;
    const entries = [...index.lookup(key)].filter((v) => !(vocab[v] as PreparedToken).abjad);
    entries.sort((x, y) => (vocab[x] as PreparedToken).folded.length - (vocab[y] as PreparedToken).folded.length || mask(x) - mask(y));
    out = [];
    for (let s = 0; s < entries.length; s += size) {
      const run: Run = { lo: Infinity, hi: 0, union: 0, unionRepeats: 0, common: -1, commonRepeats: -1, count: 0 };
      for (const v of entries.slice(s, s + size)) {
        const at = v * SHAPE_SIZE + FOLDED;
        const len = (vocab[v] as PreparedToken).folded.length;
        run.union |= shapes[at] as number;
        run.unionRepeats |= shapes[at + 1] as number;
        run.common &= shapes[at] as number;
        run.commonRepeats &= shapes[at + 1] as number;
        run.lo = Math.min(run.lo, len);
        run.hi = Math.max(run.hi, len);
        run.count++;
      }
      out.push(run);
    }
    runsOf.set(key, out);
    return out;
  };
  let latinReads = 0;
  let skipped = 0;
  for (let f = 0; f < queryForms.length; f++) {
    const t = queryForms[f] as PreparedToken;
    if (t.abjad) continue;
    const m = formShapes[f * SHAPE_SIZE + FOLDED] as number;
    const r = formShapes[f * SHAPE_SIZE + FOLDED + 1] as number;
    const n = t.folded.length;
    for (const key of keysOf[f] as string[]) {
      for (const run of runs(key)) {
        latinReads += run.count;
        const budget = cliffBudget(Math.max(n, run.hi));
        const nearest = n < run.lo ? run.lo : n > run.hi ? run.hi : n;
        // presenceBound charges its first masks less its second and the second less the first: give it the two parts directly.
        if (budget > 0 && presenceBound(m & ~run.union, r & ~run.unionRepeats, n, run.common & ~m, run.commonRepeats & ~r, nearest, false, false) > budget + 1e-9) skipped += run.count;
      }
    }
  }
  process.stdout.write(`runs of ${size}: ${skipped} of ${latinReads} Latin posting reads refused a run at a time (${((100 * skipped) / latinReads).toFixed(1)}%)\n`);
}
// 5: the pairs whose values are read past retrieval.
if (process.env.EXAMINED === '1') {
  const screening = MatchEngine.build(parties, { listVersions: [{ source: 'examined', hash: 'examined' }] });
  const own = (screening as unknown as { index: Index & { candidates(q: { tokens: PreparedToken[] }, needed: number, forms: unknown): number[] } }).index;
  const postings = (own as unknown as { postings: { of(v: number): Int32Array } }).postings;
  const byName = new Map<{ tokens: PreparedToken[] }, Set<number>>();
  const candidates = own.candidates.bind(own);
  own.candidates = (q, needed, lists) => {
    const ids = candidates(q, needed, lists);
    let set = byName.get(q);
    if (set === undefined) byName.set(q, (set = new Set()));
    for (const id of ids) set.add(id);
    return ids;
  };
  for (const q of benchRawQueries(parties, nQueries)) screening.screen(parseQuery(q));
  const namesOfForm = new Map<string, Set<number>>();
  for (const [name, ids] of byName) {
    for (const t of name.tokens) {
      const key = formKey(t);
      let set = namesOfForm.get(key);
      if (set === undefined) namesOfForm.set(key, (set = new Set()));
      for (const id of ids) set.add(id);
    }
  }
  let reaching = 0;
  let reachingExamined = 0;
  let similar = 0;
  let similarExamined = 0;
  for (let c = 1; c <= 2; c++) {
    const fs = classForms[c] as number[];
    const vs = classEntries[c] as number[];
    for (let i = 0; i < fs.length; i++) {
      const names = namesOfForm.get(formKey(queryForms[fs[i] as number] as PreparedToken));
      const carriers = postings.of(vs[i] as number);
      let examined = false;
      if (names !== undefined) for (let k = 0; k < carriers.length && !examined; k++) examined = names.has(carriers[k] as number);
      reaching++;
      if (examined) reachingExamined++;
      if (c === 2) {
        similar++;
        if (examined) similarExamined++;
      }
    }
  }
  process.stdout.write(`pairs whose folded reading reaches the table or that are similar: ${reaching}, of them carried by a candidate name ${reachingExamined} (${((100 * reachingExamined) / reaching).toFixed(1)}%); similar ${similar}, carried by a candidate ${similarExamined}\n`);
}
process.stdout.write(`load average after: ${loadAverage()}\n`);
