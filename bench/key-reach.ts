/**
 * `node --import tsx bench/key-reach.ts`: which retrieval keys bring which (query form, vocabulary
 * entry) pairs on the cold bench mix, and which similar pairs a narrower key set would lose. This
 * tree only; counts, no timing.
 *
 * Every key of a token (prepared.ts tokenKeys) is given a kind: its prefix (k: skeleton, p: phonetic,
 * u: spelling), own or del (the key itself or one of its deletion keys), and for deletion keys the
 * length of the key they are cut from (kdel3 = from a three-consonant skeleton, ..., kdel5up from
 * five or more); the positional keys of skeletons of one or two consonants (prepared.ts gapKeys,
 * 1.11.0) are kgap1 and kgap2. Engine 1.9.0 also had phonetic deletion keys (pdel3...): its figures
 * in docs/benchmarks.md (session 12 h5) came from this script at commit ed3a150, the last with them;
 * engine 1.10.0 had plain deletion keys from two consonants (kdel2) instead of the positional ones:
 * its figures (session 13 h1) came from this script at b69cb50. A gap key of another prefix is its
 * own kind (session 13 r1 tried `e:` positional and `t:` transposition keys for three consonants:
 * egap2, egap3, tgap3, and kgap3 for the plain key of a merging deletion).
 * A key string two kinds produce belongs to both. The pairs walked are those of the index as it is
 * (every pair sharing a key); a key set without some kinds reaches a pair when the two tokens still
 * share a key after both sides drop those kinds (dropping a kind is symmetric, as it is in tokenKeys).
 *
 * Prints, for each kind alone and for each restriction in RESTRICT (the brief's candidates; a
 * restriction is a list of kinds dropped, '+'-joined), the pairs it no longer reaches and the similar
 * ones among them: near misses (bench/folded-refusal.ts: the folded reading reaches the table and
 * the pair is not similar, the costly pairs) and similar pairs (score.ts keyedSimilarityValue > 0,
 * the value matches() keeps). The pairs only one kind brings are those dropping it alone loses.
 *
 * BENCH_NAMES (0 = the bundled UN list), BENCH_QUERIES (20,000), RESTRICT (comma-separated).
 * Reaches into private members of the index (a measuring tool).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { gapKeys, tokenKeys, type PreparedToken } from '../src/matching/prepared.js';
import { keyedSimilarityValue } from '../src/matching/score.js';
import { useSurplusPairing } from '../src/matching/distance.js';
import { SHAPE_SIZE, writeShape } from '../src/matching/form-shape.js';
import { deletionKeys, phoneticKey, skeleton, spellingSkeleton } from '../src/names/keys.js';
import { foldedRefused } from './folded-refusal.js';
import { benchParties, benchQueryForms } from './ab-setup.js';

interface Index {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
  shapes: Int32Array;
}

const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'reach', hash: 'reach' }] });
const index = (engine as unknown as { index: Index }).index;
const queryForms = benchQueryForms(engine, parties, nQueries);
const vocab = index.vocab;

const lengthKind = (n: number): string => (n >= 5 ? '5up' : String(n));

/** Each key of t with the kinds that produce it, in tokenKeys' order (tokenKeys' thresholds repeated). */
function kindedKeys(t: PreparedToken): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, kind: string): void => {
    let kinds = out.get(key);
    if (kinds === undefined) out.set(key, (kinds = new Set()));
    kinds.add(kind);
  };
  if (t.role === 'abd') {
    for (const k of tokenKeys(t)) add(k, 'kown');
    return out;
  }
  const skeletonKinds = (skel: string): void => {
    add(`k:${skel}`, 'kown');
    // A skeleton has plain deletion keys from three consonants unless gapKeys keys it instead (so
    // this script also reads a tree whose gapKeys covers three consonants, session 13 r1).
    const gaps = gapKeys(skel);
    if (skel.length >= 3 && gaps.length === 0) for (const d of deletionKeys(skel)) add(`k:${d}`, `kdel${lengthKind(skel.length)}`);
    // A gap key's kind: kgapN for the positional d: keys, else its own prefix (e.g. egap3, tgap3).
    for (const g of gaps) add(g, `${g.startsWith('d:') ? 'k' : g.charAt(0)}gap${skel.length}`);
    add(`p:${phoneticKey(skel)}`, 'pown');
  };
  skeletonKinds(t.skeleton);
  if (t.alt !== undefined) skeletonKinds(skeleton(t.alt));
  const spelling = spellingSkeleton(t.written);
  if (spelling.length >= 2) {
    add(`u:${spelling}`, 'uown');
    if (spelling.length >= 3) for (const d of deletionKeys(spelling)) add(`u:${d}`, `udel${lengthKind(spelling.length)}`);
  }
  return out;
}

// The kinded keys must be tokenKeys' keys exactly, or the counts below describe another index.
const kindsOfVocab = vocab.map((t) => kindedKeys(t));
const kindsOfForms = queryForms.map((t) => kindedKeys(t));
let mismatched = 0;
for (const [t, kinded] of [...vocab.map((t, v) => [t, kindsOfVocab[v]] as const), ...queryForms.map((t, f) => [t, kindsOfForms[f]] as const)]) {
  if (t.role === 'initial' || t.skeleton === '') continue;
  const want = tokenKeys(t);
  const got = [...(kinded as Map<string, Set<string>>).keys()];
  if (want.length !== got.length || want.some((k) => !(kinded as Map<string, Set<string>>).has(k))) mismatched++;
}
process.stdout.write(`${queryForms.length} forms, ${vocab.length} vocabulary entries; kinded keys differing from tokenKeys: ${mismatched}\n`);

/** The pair's shared keys as the kinds each side gives them: [query kinds, entry kinds] per key. */
type Shared = [Set<string>, Set<string>][];

/** Whether the pair still shares a key once both sides drop the kinds in `dropped`. */
function survives(shared: Shared, dropped: ReadonlySet<string>): boolean {
  const kept = (kinds: Set<string>): boolean => [...kinds].some((k) => !dropped.has(k));
  return shared.some(([a, b]) => kept(a) && kept(b));
}

const allKinds = new Set<string>();
for (const m of [...kindsOfVocab, ...kindsOfForms]) for (const kinds of m.values()) for (const k of kinds) allKinds.add(k);
const restrictions: string[][] = [
  ...[...allKinds].sort().map((k) => [k]),
  ...(process.env.RESTRICT ?? 'kgap1+kgap2,udel3,udel3+udel4').split(',').filter((s) => s !== '').map((s) => s.split('+')),
];
const dropSets = restrictions.map((r) => new Set(r));
const lostPairs = restrictions.map(() => 0);
const lostSimilar = restrictions.map(() => 0);
/** Lost pairs whose folded reading reaches the table and that are not similar (near misses: the dear pairs). */
const lostNear = restrictions.map(() => 0);
/** Pairs reached and similar pairs per kind (a pair counts for every kind among its shared keys). */
const reachedBy = new Map<string, number>();
const similarBy = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
/** Lost similar pairs, as examples: query written form / listed written form, per restriction. */
const examples = restrictions.map((): string[] => []);

const formShapes = new Int32Array(queryForms.length * SHAPE_SIZE);
queryForms.forEach((t, f) => writeShape(t, formShapes, f * SHAPE_SIZE));
const seen = new Uint32Array(vocab.length);
let pairs = 0;
let similarPairs = 0;
let nearPairs = 0;
useSurplusPairing(true);
for (let f = 0; f < queryForms.length; f++) {
  const q = queryForms[f] as PreparedToken;
  const qk = kindsOfForms[f] as Map<string, Set<string>>;
  for (const key of qk.keys()) {
    const list = index.lookup(key);
    for (let i = 0; i < list.length; i++) {
      const v = list[i] as number;
      if (seen[v] === f + 1) continue;
      seen[v] = f + 1;
      const lk = kindsOfVocab[v] as Map<string, Set<string>>;
      const shared: Shared = [];
      for (const [k, kinds] of qk) {
        const other = lk.get(k);
        if (other !== undefined) shared.push([kinds, other]);
      }
      const similar = keyedSimilarityValue(q, formShapes, f * SHAPE_SIZE, vocab[v] as PreparedToken, index.shapes, v * SHAPE_SIZE) > 0;
      const near = !similar && !foldedRefused(q, formShapes, f * SHAPE_SIZE, vocab[v] as PreparedToken, index.shapes, v * SHAPE_SIZE);
      pairs++;
      if (similar) similarPairs++;
      if (near) nearPairs++;
      const kindsHere = new Set<string>();
      for (const [a, b] of shared) for (const k of [...a, ...b]) kindsHere.add(k);
      for (const k of kindsHere) {
        bump(reachedBy, k);
        if (similar) bump(similarBy, k);
      }
      dropSets.forEach((d, r) => {
        if (survives(shared, d)) return;
        lostPairs[r] = (lostPairs[r] as number) + 1;
        if (near) lostNear[r] = (lostNear[r] as number) + 1;
        if (!similar) return;
        lostSimilar[r] = (lostSimilar[r] as number) + 1;
        const ex = examples[r] as string[];
        if (ex.length < 12) ex.push(`${q.written}/${(vocab[v] as PreparedToken).written}`);
      });
    }
  }
}
useSurplusPairing(false);
process.stdout.write(`pairs ${pairs}, near misses ${nearPairs}, similar ${similarPairs}\n`);
process.stdout.write('kind: pairs it reaches (similar) | pairs only it reaches (near misses, similar)\n');
restrictions.forEach((r, i) => {
  const one = r.length === 1 ? r[0] as string : undefined;
  const reach = one === undefined ? '' : `${reachedBy.get(one) ?? 0} (${similarBy.get(one) ?? 0}) | `;
  process.stdout.write(`  ${r.join('+')}: ${reach}${lostPairs[i]} (${lostNear[i]}, ${lostSimilar[i]})  e.g. ${(examples[i] as string[]).join(', ')}\n`);
});
