/**
 * Engine 1.5.0: two miss families of the evaluation, on real UN records.
 * - Split and merged spellings are compared on the joined written spelling folded again
 *   (score.ts joinedFold): Ans Horut meets Anshorut, Sat Tari meets Sattari, Amirrahimi meets
 *   Amir Rahimi; the index (joinedMatches) reads the same form, so screen() finds what the
 *   exhaustive scorer finds.
 * - One keyboard slip in the written spelling costs less than an unrelated letter
 *   (names/keyboard.ts, weights.ts TOKEN.keyboardSlipCost), but never at the first letter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExplainedName } from '../../src/matching/explain.js';
import { TOKEN } from '../../src/matching/weights.js';
import { latinOnlyEngine, q, unEngine } from './helpers.js';

const engine = unEngine();

async function best(name: string, ref: string, schema: string) {
  const e = await engine;
  return e.screen(q({ schema, name }), { minScore: 0.05, limit: 20 }).find((x) => x.referenceNumber === ref);
}

/** The name part of a match's explanation, which a match found on its name must have. */
function nameOf(m: { referenceNumber: string; explanation: { name: ExplainedName | null } }): ExplainedName {
  assert.ok(m.explanation.name !== null, `${m.referenceNumber}: a name explanation`);
  return m.explanation.name;
}

describe('split and merged spellings on the refolded joined spelling', () => {
  const split: [string, string, string, string][] = [
    ['Jemaah Ans Horut Daulah', 'QDe.164', 'Organization', 'anshorut'],
    ['SHAHID SAT TARI INDUSTRIES', 'IRe.069', 'Organization', 'sattari'],
    ['Abdul Jalil Haq Qani', 'TAi.034', 'Person', 'haqqani'],
    ['MAC HANGA LTD', 'CDe.007', 'Organization', 'machanga'],
  ];
  for (const [name, ref, schema, listed] of split) {
    it(`finds ${ref} from "${name}" through a split pairing with ${listed}`, async () => {
      const e = await engine;
      const m = await best(name, ref, schema);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
      const pairing = nameOf(m).tokens.find((t) => t.kind === 'split');
      assert.ok(pairing !== undefined, 'a split pairing');
      assert.equal(pairing.listed.map((t) => t.text.toLowerCase()).join(' '), listed);
      // The refolded join equals the listed fold: only the split's own penalty is taken off.
      assert.equal(pairing.similarity, 1 - TOKEN.mergePenalty);
    });
  }

  it('finds IRi.030 from the merged AMIRRAHIMI (doubled r at the seam counted once)', async () => {
    const e = await engine;
    const m = await best('AMIRRAHIMI', 'IRi.030', 'Person');
    assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${m?.score}`);
    assert.equal(nameOf(m).tokens[0]?.kind, 'merged');
    assert.equal(nameOf(m).tokens[0]?.similarity, 1 - TOKEN.mergePenalty);
  });

  it('keeps two equal Arabic letters across the seam (سعد الدين is Saduddin)', async () => {
    const e = await latinOnlyEngine();
    const m = e.screen(q({ schema: 'Person', name: 'سعد الدين سيد' }), { minScore: 0.05, limit: 20 }).find((x) => x.referenceNumber === 'TAi.087');
    assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${m?.score}`);
  });

  it('gives the index the same answers as the exhaustive scorer on these queries', async () => {
    const e = await engine;
    for (const [name, , schema] of [...split, ['AMIRRAHIMI', '', 'Person'], ['HABIB SOUS SOU', '', 'Person']] as const) {
      const opts = { minScore: 0.3, limit: 10 };
      const fast = e.screen(q({ schema, name }), opts).map((m) => `${m.referenceNumber} ${m.score}`);
      const slow = e.screenExhaustive(q({ schema, name }), opts).map((m) => `${m.referenceNumber} ${m.score}`);
      assert.deepEqual(fast, slow, name);
    }
  });
});

describe('keyboard slips', () => {
  const found: [string, string, string][] = [
    ['UMAR PATDK', 'QDi.294', 'Person'],
    ['KORTYO BANK', 'KPe.045', 'Organization'],
    ['Al Kfiah', 'QDe.012', 'Organization'],
    ['ABU SAYYAR GROUP', 'QDe.001', 'Organization'],
    ['Abu Usanma', 'QDi.193', 'Person'],
  ];
  for (const [name, ref, schema] of found) {
    it(`finds ${ref} from "${name}"`, async () => {
      const e = await engine;
      const m = await best(name, ref, schema);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
      assert.ok(nameOf(m).tokens.some((t) => t.kind === 'fuzzy' && t.cost === TOKEN.keyboardSlipCost), 'paired at the slip cost');
    });
  }

  it('does not read a different first letter as a slip (Nasir is not Basir)', async () => {
    const e = await engine;
    const m = await best('NASIR QADIR', 'TAi.128', 'Person');
    assert.ok(m === undefined || m.score < e.defaultThreshold, `${m?.score}`);
    assert.ok(!(m?.explanation.name?.tokens ?? []).some((t) => t.cost === TOKEN.keyboardSlipCost));
  });

  it('charges an unrelated letter more than a touching one', async () => {
    const slip = await best('UMAR PATDK', 'QDi.294', 'Person');
    const far = await best('UMAR PATBK', 'QDi.294', 'Person');
    assert.ok(slip !== undefined && far !== undefined && far.score < slip.score, `${far?.score} vs ${slip?.score}`);
  });
});
