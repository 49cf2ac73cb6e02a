/**
 * The folded reading's refusal from the two shapes at floor 0 (score.ts readingRefused's tests,
 * repeated with the exported bounds): the measuring harnesses class a pair whose reading is refused
 * here and that is not similar as cheap, and one let through to the table and not similar as a near
 * miss (bench/new-form-stages.ts, bench/key-reach.ts).
 */
import type { PreparedToken } from '../src/matching/prepared.js';
import { cliffBudget } from '../src/matching/score.js';
import { layeredPairingRefuses, presenceBound } from '../src/matching/distance.js';
import { FOLDED, LENGTHS, LONG_FLAG } from '../src/matching/form-shape.js';
import { COST } from '../src/matching/weights.js';

/** Whether q's folded reading against l is refused before any table (q's shape at qAt of qShapes, l's at lAt of lShapes). */
export function foldedRefused(q: PreparedToken, qShapes: Int32Array, qAt: number, l: PreparedToken, lShapes: Int32Array, lAt: number): boolean {
  const qi = qAt + FOLDED;
  const li = lAt + FOLDED;
  if ((((qShapes[qAt + LENGTHS] as number) | (lShapes[lAt + LENGTHS] as number)) & LONG_FLAG) !== 0) return false;
  const a = q.folded.length;
  const b = l.folded.length;
  const budget = cliffBudget(a > b ? a : b);
  if (budget <= 0) return false;
  if (presenceBound(qShapes[qi] as number, qShapes[qi + 1] as number, a, lShapes[li] as number, lShapes[li + 1] as number, b, q.abjad, l.abjad) > budget + 1e-9) return true;
  if (!q.abjad && !l.abjad && Math.abs(a - b) * COST.vowelIndel > budget) return true;
  return layeredPairingRefuses(qShapes[qi] as number, qShapes[qi + 1] as number, qShapes[qi + 2] as number, a, lShapes[li] as number, lShapes[li + 1] as number, lShapes[li + 2] as number, b, q.abjad, l.abjad, budget);
}
