/**
 * Engine 1.6.0: a middle name of the record the query leaves out (Simon Dual for Simon Gatwech Dual)
 * costs NAME.listUnmatchedMiddle of its weight, not NAME.listUnmatched, when the names on both
 * sides of it paired closely and the query said nothing the record lacks. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAME } from '../../src/matching/weights.js';
import { q, unEngine } from './helpers.js';

const engine = unEngine();

async function compare(a: string, b: string) {
  const e = await engine;
  const r = e.compare(q({ schema: 'Person', name: a }), q({ schema: 'Person', name: b }));
  const name = r.explanation.name;
  assert.ok(name !== null, `${a} vs ${b}: a name explanation`);
  return name;
}

/** The name's loss as a share of the one unmatched listed token's weight (the rest exact). */
function share(name: { loss: number; tokens: { kind: string; weight: number }[] }): number {
  const unmatched = name.tokens.filter((x) => x.kind === 'unmatched-listed');
  assert.equal(unmatched.length, 1);
  assert.ok(name.tokens.every((x) => x.kind === 'unmatched-listed' || x.kind === 'exact'));
  return Math.round((name.loss / (unmatched[0] as { weight: number }).weight) * 1000) / 1000;
}

describe('a dropped middle name of the record', () => {
  it('costs the middle share between two exact pairings, and the variants are found', async () => {
    assert.equal(share(await compare('Simon Dual', 'Simon Gatwech Dual')), NAME.listUnmatchedMiddle);
    const e = await engine;
    for (const [name, ref] of [['Simon Dual', 'SSi.002'], ['KO MAN', 'KPi.069']] as const) {
      const m = e.screen(q({ schema: 'Person', name }), { limit: 20 }).find((x) => x.referenceNumber === ref);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
    }
  });

  it('costs the usual share for a first or last name, or when the query says more', async () => {
    assert.equal(share(await compare('Gatwech Dual', 'Simon Gatwech Dual')), NAME.listUnmatched);
    assert.equal(share(await compare('Simon Gatwech', 'Simon Gatwech Dual')), NAME.listUnmatched);
    const more = await compare('Simon Zarqawi Dual', 'Simon Gatwech Dual');
    const listed = more.tokens.find((x) => x.kind === 'unmatched-listed');
    const query = more.tokens.find((x) => x.kind === 'unmatched-query');
    assert.ok(listed !== undefined && query !== undefined);
    // Zarqawi (rare, so it costs its whole weight) and Gatwech share no key: the record's middle name costs the usual share.
    assert.equal(Math.round(((more.loss - query.weight * NAME.queryUnmatched) / listed.weight) * 1000) / 1000, NAME.listUnmatched);
  });

  it('is one name: a query that also leaves out another of the record\'s names pays the usual share for each', async () => {
    // Ayse Becker met IBRAHIM 'ISA HAJJI MUHAMMAD AL-BAKR's Persian-script name at 0.6546 under
    // 1.6.0-1.7.0 (Ibrahim and Muhammad both missing, Muhammad forgiven as a dropped middle name).
    const e = await engine;
    const m = e.screen(q({ schema: 'Person', name: 'Ayse Becker' }), { limit: 20 }).find((x) => x.referenceNumber === 'QDi.344');
    assert.ok(m === undefined || m.score < e.defaultThreshold, `Ayse Becker: ${m?.score}`);
    const two = await compare('Simon Dual', 'Peter Simon Gatwech Dual');
    const missing = two.tokens.filter((x) => x.kind === 'unmatched-listed');
    assert.equal(missing.length, 2);
    const usual = missing.reduce((sum, x) => sum + x.weight * NAME.listUnmatched, 0);
    assert.equal(Math.round(two.loss * 1000) / 1000, Math.round(usual * 1000) / 1000);
  });
});
