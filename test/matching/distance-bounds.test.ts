import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { letterCountBound, tableDistance, weightedDistance } from '../../src/matching/distance.js';
import { prepareName, type PreparedToken } from '../../src/matching/prepared.js';
import { cliffBudget, formSimilarity, keyedSimilarity, keyedSimilarityValue } from '../../src/matching/score.js';
import { distinctClassOf, SHAPE_SIZE, writeShape } from '../../src/matching/form-shape.js';
import { distinctNamesApart } from '../../src/names/distinct-names.js';
import { keyboardSlip } from '../../src/names/keyboard.js';
import { TOKEN } from '../../src/matching/weights.js';
import { cliffReference, FOLDED_LETTERS, randomEdit, randomLetter, SCRIPTS } from './distance-fixtures.js';
import { distinctUnTokens, rng, unParties } from './helpers.js';

describe('distance: the letter-count bound never exceeds the true distance, and the early exits (cliff and a caller\'s limit) change no pair within them', async () => {
  const tokens = await distinctUnTokens(600);
  const forms = tokens.map((t) => t.folded);
  const next = rng(20261128);
  const letter = (): string => randomLetter(next, FOLDED_LETTERS);
  const perturb = (s: string): string => randomEdit(s, next, letter);
  /** Two neighbour swaps at random places: the moves the one-row exit of 1.6.0 could lose. */
  const swapTwice = (s: string): string => {
    let w = s;
    for (let k = 0; k < 2; k++) {
      const i = Math.floor(next() * Math.max(1, w.length - 1));
      if (i + 1 < w.length) w = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    return w;
  };
  const randomWord = (): string => {
    let w = '';
    const n = 1 + Math.floor(next() * 10);
    for (let i = 0; i < n; i++) w += letter();
    return w;
  };

  it('on real listed tokens, their perturbations, other listed tokens and random strings, under every script combination', () => {
    let pairs = 0;
    let cut = 0;
    let withinCliff = 0;
    let swapped = 0;
    for (let x = 0; x < forms.length; x++) {
      const a = forms[x] as string;
      const others = [perturb(a), perturb(perturb(a)), swapTwice(a), forms[Math.floor(next() * forms.length)] as string, forms[(x + 1) % forms.length] as string, randomWord()];
      for (const b of others) {
        for (const [aAbjad, bAbjad] of SCRIPTS) {
          // The full dynamic programme (no limit, so it never stops early) is the reference.
          const { full, maxCost, want } = cliffReference(a, b, aAbjad, bAbjad);
          const bound = letterCountBound(a, b, aAbjad, bAbjad);
          assert.ok(bound <= full + 1e-12, `${a}/${b} ${aAbjad}/${bAbjad}: bound ${bound} > distance ${full}`);
          if (bound > maxCost) cut++;
          // The early exits are exact: the full cost whenever it is within the cliff, else Infinity.
          assert.equal(tableDistance(a, b, aAbjad, bAbjad, maxCost), want, `${a}/${b} ${aAbjad}/${bAbjad}: table`);
          assert.equal(weightedDistance(a, b, aAbjad, bAbjad, maxCost), want, `${a}/${b} ${aAbjad}/${bAbjad}`);
          // A caller that only wants the pair up to stopCost gets the full cost whenever that is
          // within stopCost, and otherwise Infinity or (within the cliff) the full cost.
          const stopCost = maxCost * next();
          const stopped = weightedDistance(a, b, aAbjad, bAbjad, maxCost, stopCost);
          if (full <= stopCost) assert.equal(stopped, full, `${a}/${b} stop ${stopCost}`);
          else assert.ok(stopped === Infinity || stopped === want, `${a}/${b} stop ${stopCost}: ${stopped} vs ${want}`);
          if (full <= maxCost) withinCliff++;
          if (b === others[2] && full <= maxCost && full > 0) swapped++;
          pairs++;
        }
      }
    }
    assert.ok(pairs > 20000, `${pairs} pairs`);
    assert.ok(cut > pairs / 20, `bound cut ${cut} of ${pairs}`);
    // The property is tested where it matters: many pairs within the cliff, transpositions among them.
    assert.ok(withinCliff > pairs / 5, `${withinCliff} of ${pairs} pairs within the cliff`);
    assert.ok(swapped > 1000, `${swapped} twice-swapped pairs within the cliff`);
  });

  it('a transposition across a row that costs more than the cliff is still found (Xazmari / wamzari, 1.7 within 1.95)', () => {
    // Row "ksaz" of the table costs more than 1.95 everywhere; the zm/mz swap reaches back over it.
    const maxCost = cliffBudget(7);
    assert.equal(maxCost, 1.95);
    for (const [aAbjad, bAbjad] of [[false, false]] as const) {
      assert.ok(Math.abs(weightedDistance('Xazmari', 'wamzari', aAbjad, bAbjad, maxCost) - 1.7) < 1e-9);
      assert.ok(Math.abs(weightedDistance('wamzari', 'Xazmari', aAbjad, bAbjad, maxCost) - 1.7) < 1e-9);
    }
    const sim = formSimilarity('Xazmari', false, 'wamzari', false);
    assert.ok(Math.abs(sim.similarity - (1 - (1.2 * 1.7) / 7)) < 1e-9, `similarity ${sim.similarity}`);
  });

  it('letters outside the folded alphabet are counted as unrelated, never as free', () => {
    for (const [a, b] of [['ab\u00e9', 'ab'], ['\u00e9\u00e9', 'xx'], ['kal\u0101m', 'kalam'], ['', 'abc'], ['q', '']]) {
      for (const [aAbjad, bAbjad] of SCRIPTS) {
        const full = weightedDistance(a as string, b as string, aAbjad, bAbjad, Infinity);
        assert.ok(letterCountBound(a as string, b as string, aAbjad, bAbjad) <= full + 1e-12, `${a}/${b}`);
      }
    }
  });
});

describe('keyedSimilarityValue: the same similarity as the 1.5.0 definition, without the objects', async () => {
  /**
   * keyedSimilarity as 1.5.0 wrote it, from formSimilarity and keyboardSlip (with 1.77.0's reading of
   * both alternative forms, and 1.88.0's refusal of two different names): the reference.
   */
  function reference(q: PreparedToken, l: PreparedToken): { similarity: number; cost: number } {
    if (distinctNamesApart(distinctClassOf(q), distinctClassOf(l))) return { similarity: 0, cost: Infinity };
    let best = formSimilarity(q.folded, q.abjad, l.folded, l.abjad);
    if (best.similarity < 1 && q.alt !== undefined) {
      const m = formSimilarity(q.alt, q.abjad, l.folded, l.abjad);
      if (m.similarity - TOKEN.altFormPenalty > best.similarity) best = { similarity: m.similarity - TOKEN.altFormPenalty, cost: m.cost };
    }
    if (best.similarity < 1 && l.alt !== undefined) {
      const m = formSimilarity(q.folded, q.abjad, l.alt, l.abjad);
      if (m.similarity - TOKEN.altFormPenalty > best.similarity) best = { similarity: m.similarity - TOKEN.altFormPenalty, cost: m.cost };
    }
    // Since 1.77.0 both alternative forms, at both penalties.
    if (best.similarity < 1 && q.alt !== undefined && l.alt !== undefined) {
      const m = formSimilarity(q.alt, q.abjad, l.alt, l.abjad);
      if (m.similarity - 2 * TOKEN.altFormPenalty > best.similarity) best = { similarity: m.similarity - 2 * TOKEN.altFormPenalty, cost: m.cost };
    }
    if (best.similarity < 1 && q.written !== '' && l.written !== '' && q.written !== l.written) {
      const m = formSimilarity(q.written, false, l.written, false);
      if (m.similarity > best.similarity) best = m;
      const len = Math.max(q.written.length, l.written.length);
      const slip = len >= TOKEN.keyboardSlipMinLength && keyboardSlip(q.written, l.written) ? 1 - (TOKEN.costScale * TOKEN.keyboardSlipCost) / len : 0;
      if (slip > best.similarity) best = { similarity: slip, cost: TOKEN.keyboardSlipCost };
    }
    return best;
  }
  const names = ['Abu Bakr al-Baghdadi', 'Abou Bakr Albaghdady', 'أبو بكر البغدادي', 'Usama bin Laden', 'Osama Binladen', 'Усама бен Ладен', 'Patek Umar', 'Patdk Omar', 'Kifah Sayyaf', 'Kfiah Sayyar', 'Innocent Chol', 'Innocrent Xhol', 'Mohammed al-Zawahiri', 'Muhammad Azzawahiri', 'محمد الظواهري', 'Hajisalam Mullah', 'Abdulrahman', 'Abd al-Rahman', 'Jamaat Islamiya', 'جماعة إسلامية'];
  const tokens = names.flatMap((n) => prepareName(n, 0, 0, 'primary', 'good').tokens).filter((t) => t.role !== 'initial');
  it('on every pair of tokens of names written in several ways (value and cost)', async () => {
    const listed = (await unParties()).slice(0, 150).flatMap((p) => p.names.flatMap((n) => prepareName(n.full, 0, 0, 'primary', 'good').tokens)).filter((t) => t.role !== 'initial');
    const all = [...tokens, ...listed];
    let similar = 0;
    let different = 0;
    const qShape = new Int32Array(SHAPE_SIZE);
    const lShape = new Int32Array(SHAPE_SIZE);
    for (const q of tokens) {
      for (const l of all) {
        const want = reference(q, l);
        if (distinctNamesApart(distinctClassOf(q), distinctClassOf(l))) different++;
        writeShape(q, qShape, 0);
        writeShape(l, lShape, 0);
        assert.equal(keyedSimilarityValue(q, qShape, 0, l, lShape, 0), want.similarity, `${q.text}/${l.text}`);
        const got = keyedSimilarity(q, l);
        assert.equal(got.similarity, want.similarity, `${q.text}/${l.text}`);
        assert.equal(got.cost, want.cost, `${q.text}/${l.text}: cost`);
        if (want.similarity > 0) similar++;
      }
    }
    assert.ok(similar > 50, `${similar} similar pairs`);
    // Pairs of two different names (Mohammed and Mahmoud), refused by both.
    assert.ok(different > 20, `${different} pairs of different names`);
  });
  it('where a later reading decides: listed tokens with an alternative form or a written spelling of their own, each way round (session 10: each reading is refused from the shapes alone first)', async () => {
    const distinct = (await distinctUnTokens(600)).filter((t) => t.role !== 'initial');
    const later = distinct.filter((t) => t.alt !== undefined || !t.plain);
    const others = distinct.slice(0, 1200);
    let decided = 0;
    const qShape = new Int32Array(SHAPE_SIZE);
    const lShape = new Int32Array(SHAPE_SIZE);
    for (const [qs, ls] of [[later, others], [others.slice(0, 150), later]] as const) {
      for (const q of qs) {
        writeShape(q, qShape, 0);
        for (const l of ls) {
          const want = reference(q, l).similarity;
          writeShape(l, lShape, 0);
          assert.equal(keyedSimilarityValue(q, qShape, 0, l, lShape, 0), want, `${q.text}/${l.text}`);
          if (want > formSimilarity(q.folded, q.abjad, l.folded, l.abjad).similarity) decided++;
        }
      }
    }
    // Pairs whose similarity a reading after the first gave (so the test reaches those readings).
    assert.ok(decided > 200, `${decided} pairs decided by a later reading`);
  });
});
