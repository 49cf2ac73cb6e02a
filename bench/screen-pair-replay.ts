/**
 * `BASE=/work/base node --import tsx bench/screen-pair-replay.ts`: the per-pair similarity work of a
 * cold pass alone, this tree against another checkout (BASE) in one process.
 *
 * It walks the retrieval keys of every distinct query token form of the benchmark's queries
 * (bench/queries.ts) as NameIndex.matches does (each vocabulary entry once per form, in the order
 * the keys reach it), records the (form, entry) pairs, then runs score.ts keyedSimilarityValue over
 * all of them with the surplus-pairing bound on (as matches runs it), base and this tree interleaved
 * in chunks of forms, alternating which goes first, CPU time. Every value of the two trees is
 * compared with Object.is; any difference is printed and the exit code is 1. Unlike
 * screen-cold-replay.ts it leaves out the key walk and the lists' building, so a change in the
 * distance shows with less noise around it.
 *
 * BASE (required), BENCH_NAMES (0 = the bundled UN list, else a synthetic list), BENCH_QUERIES
 * (20,000), CHUNK (500 forms), ROUNDS (3). Both trees are handed this tree's prepared tokens. A
 * tree whose keyedSimilarityValue takes the two tokens alone (before session 9) reads the letter
 * masks from them: it gets copies carrying the nine mask fields in that PreparedToken's order; a
 * tree that takes the masks as shape arrays (form-shape.ts) gets those arrays, written by its own
 * form-shape.ts, and the same copies (so both sides read objects of one layout and allocation). Reaches into private members of the
 * index.
 */
import { MatchEngine } from '../src/matching/engine.js';
import { tokenKeys, type PreparedToken } from '../src/matching/prepared.js';
import * as mine from '../src/matching/score.js';
import * as mineDistance from '../src/matching/distance.js';
import { ALT, FOLDED, SHAPE_SIZE, vocabularyShapes, WRITTEN, writeShape } from '../src/matching/form-shape.js';
import { benchNames as nNames, benchParties, benchQueryForms, cpuMs, loadAverage as load, requireBase } from './ab-setup.js';

interface ScoreModule {
  keyedSimilarityValue(q: PreparedToken, ...rest: unknown[]): number;
}
interface DistanceModule {
  useSurplusPairing(on: boolean): void;
}
interface Index {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
}

const base = requireBase();
const theirs = (await import(`${base}/src/matching/score.ts`)) as ScoreModule;
const theirDistance = (await import(`${base}/src/matching/distance.ts`)) as DistanceModule;
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const chunk = Number(process.env.CHUNK ?? 500);
const rounds = Number(process.env.ROUNDS ?? 3);

const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'pairs', hash: 'pairs' }] });
const index = (engine as unknown as { index: Index }).index;
// The distinct query token forms, one per cache key of the index, and the entries each one reaches.
const queryForms = benchQueryForms(engine, parties, nQueries);
const reached: Int32Array[] = queryForms.map((t) => {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const k of tokenKeys(t)) {
    for (const v of index.lookup(k)) {
      if (seen.has(v)) continue;
      seen.add(v);
      out.push(v);
    }
  }
  return Int32Array.from(out);
});
const pairCount = reached.reduce((s, r) => s + r.length, 0);
process.stdout.write(`load average before: ${load()}\n${queryForms.length} forms, ${pairCount} (form, entry) pairs\n`);

const vocab = index.vocab;
const values: [Float64Array, Float64Array] = [new Float64Array(pairCount), new Float64Array(pairCount)];
const spent: [number, number] = [0, 0];
/** Offsets of each form's pairs in `values`. */
const start = new Int32Array(queryForms.length + 1);
for (let f = 0; f < queryForms.length; f++) start[f + 1] = (start[f] as number) + (reached[f] as Int32Array).length;

/** A copy of `t` with the mask fields of the PreparedToken before session 9, in its field order. */
function withMasks(t: PreparedToken): PreparedToken {
  const m = new Int32Array(SHAPE_SIZE);
  writeShape(t, m, 0);
  const { text, script, role, vocabulary, folded, alt, abjad, skeleton, initial, written, plain, weight, id, keys, keySet, cutKeys } = t;
  return {
    text, script, role, vocabulary, folded, alt, abjad, skeleton, initial, written, plain,
    foldedLetters: m[FOLDED], foldedRepeats: m[FOLDED + 1], writtenLetters: m[WRITTEN], writtenRepeats: m[WRITTEN + 1], foldedTriples: m[FOLDED + 2], writtenTriples: m[WRITTEN + 2],
    altLetters: m[ALT], altRepeats: m[ALT + 1], altTriples: m[ALT + 2],
    weight, id, keys, keySet, cutKeys,
  } as PreparedToken;
}

/** Per side: whether its keyedSimilarityValue reads the masks from the tokens (two arguments). */
const legacy = [theirs.keyedSimilarityValue.length === 2, mine.keyedSimilarityValue.length === 2];
const legacyForms = queryForms.map(withMasks);
const legacyVocab = vocab.map(withMasks);
interface ShapeModule {
  SHAPE_SIZE: number;
  writeShape(t: PreparedToken, out: Int32Array, at: number): void;
  vocabularyShapes(vocab: readonly PreparedToken[]): Int32Array;
}
/** Each shape-taking side's shapes, written by its own form-shape.ts (the layout may differ between trees). */
async function shapesOf(isLegacy: boolean, root: string | undefined): Promise<{ size: number; forms: Int32Array; vocab: Int32Array }> {
  if (isLegacy) return { size: 0, forms: new Int32Array(0), vocab: new Int32Array(0) };
  const m = root === undefined ? { SHAPE_SIZE, writeShape, vocabularyShapes } : ((await import(`${root}/src/matching/form-shape.ts`)) as ShapeModule);
  const forms = new Int32Array(queryForms.length * m.SHAPE_SIZE);
  queryForms.forEach((t, f) => m.writeShape(t, forms, f * m.SHAPE_SIZE));
  return { size: m.SHAPE_SIZE, forms, vocab: m.vocabularyShapes(vocab) };
}
const sideShapes = [await shapesOf(legacy[0] as boolean, base), await shapesOf(legacy[1] as boolean, undefined)];

function run(side: 0 | 1, from: number, to: number): void {
  const fn = side === 0 ? theirs.keyedSimilarityValue : mine.keyedSimilarityValue;
  const dist = side === 0 ? theirDistance : mineDistance;
  const out = values[side];
  const t0 = cpuMs();
  dist.useSurplusPairing(true);
  if (legacy[side]) {
    for (let f = from; f < to; f++) {
      const q = legacyForms[f] as PreparedToken;
      const r = reached[f] as Int32Array;
      let o = start[f] as number;
      for (let i = 0; i < r.length; i++) out[o++] = fn(q, legacyVocab[r[i] as number] as PreparedToken);
    }
  } else {
    const shapes = sideShapes[side] as { size: number; forms: Int32Array; vocab: Int32Array };
    const size = shapes.size;
    for (let f = from; f < to; f++) {
      const q = legacyForms[f] as PreparedToken;
      const r = reached[f] as Int32Array;
      let o = start[f] as number;
      for (let i = 0; i < r.length; i++) {
        const v = r[i] as number;
        out[o++] = fn(q, shapes.forms, f * size, legacyVocab[v] as PreparedToken, shapes.vocab, v * size);
      }
    }
  }
  dist.useSurplusPairing(false);
  spent[side] += cpuMs() - t0;
}

let differences = 0;
for (let round = 0; round < rounds; round++) {
  for (let s = 0, k = 0; s < queryForms.length; s += chunk, k++) {
    const e = Math.min(queryForms.length, s + chunk);
    if ((k + round) % 2 === 0) {
      run(0, s, e);
      run(1, s, e);
    } else {
      run(1, s, e);
      run(0, s, e);
    }
  }
  if (round === 0) {
    for (let f = 0; f < queryForms.length; f++) {
      for (let p = start[f] as number; p < (start[f + 1] as number); p++) {
        if (!Object.is(values[0][p], values[1][p])) {
          const l = vocab[(reached[f] as Int32Array)[p - (start[f] as number)] as number] as PreparedToken;
          if (differences++ < 10) process.stdout.write(`DIFFERENCE ${(queryForms[f] as PreparedToken).folded} / ${l.folded}: ${values[0][p]} against ${values[1][p]}\n`);
        }
      }
    }
  }
}
process.stdout.write(`keyedSimilarityValue over ${pairCount} pairs x ${rounds}: base ${spent[0].toFixed(0)} ms, this tree ${spent[1].toFixed(0)} ms CPU: ${(spent[0] / spent[1]).toFixed(3)}x; ${differences} differences\n`);
process.stdout.write(`load average after: ${load()}\n`);
process.exit(differences === 0 ? 0 : 1);
