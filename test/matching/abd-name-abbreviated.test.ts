/**
 * Engine 1.6.0: "Abdul Zakir" for "Abdul Rauf Zakir": the query's Abd stands for the Abd + name the
 * record spells out, so the record's name after Abd costs NAME.listAbdNameDropped of its weight
 * instead of NAME.listUnmatched, only when the query's Abd met the record's and the query went on
 * with a name that paired too. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAME } from '../../src/matching/weights.js';
import { q, unEngine } from './helpers.js';

const engine = unEngine();

async function listedLoss(a: string, b: string): Promise<{ share: number; score: number }> {
  const e = await engine;
  const r = e.compare(q({ schema: 'Person', name: a }), q({ schema: 'Person', name: b }));
  const name = r.explanation.name;
  assert.ok(name !== null, `${a} vs ${b}: a name explanation`);
  const unmatched = name.tokens.filter((x) => x.kind === 'unmatched-listed');
  assert.equal(unmatched.length, 1, `${a} vs ${b}: one unmatched listed token`);
  assert.ok(name.tokens.every((x) => x.kind === 'unmatched-listed' || x.kind === 'exact'), `${a} vs ${b}: the rest exact`);
  return { share: Math.round((name.loss / (unmatched[0] as { weight: number }).weight) * 1000) / 1000, score: r.score };
}

describe('the name after Abd abbreviated into the Abd', () => {
  it('costs little when the query wrote Abd and went on with the next name', async () => {
    assert.equal((await listedLoss('Abdul Zakir', 'Abdul Rauf Zakir')).share, NAME.listAbdNameDropped);
    const e = await engine;
    for (const [name, ref] of [['ABDUL ACHEKZAI', 'TAi.160'], ['ABDUL ZAKIR', 'TAi.164']] as const) {
      const m = e.screen(q({ schema: 'Person', name }), { limit: 20 }).find((x) => x.referenceNumber === ref);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
    }
  });

  it('costs the usual share when the query wrote another Abd compound of the record (engine 1.12.0)', async () => {
    // The query's Abd met the first Abd (equal pairings go by position) but Manan is the name of the
    // record's second compound: Abd al-Sattar was dropped whole, not abbreviated (1.11.0: 0.1).
    assert.equal(await listedShare('Abdul Manan', 'Abd al-Sattar Abd al-Manan', 'sattar'), NAME.listUnmatched);
    const e = await engine;
    // TAi.162 (عبد الستار عبد المنان) no longer alerts beside QDi.018, Abdul Manan (1.11.0: 0.6876).
    const ms = e.screen(q({ schema: 'Person', name: 'Abdul Mnan' }), { limit: 20 });
    assert.ok(ms.some((m) => m.referenceNumber === 'QDi.018' && m.match), 'QDi.018 alerts');
    assert.ok(!ms.some((m) => m.referenceNumber === 'TAi.162' && m.match), 'TAi.162 does not');
  });

  it('costs the usual share when nothing of the query follows its Abd, or the part is not after Abd', async () => {
    // The query ends with its Abd: nothing of the query stands after it for the name part.
    assert.equal((await listedLoss('Zakir Abdul', 'Zakir Abdul Rauf')).share, NAME.listUnmatched);
    // A name the record has elsewhere (not after Abd) keeps its cost.
    assert.equal((await listedLoss('Abdul Hadi', 'Abdul Hadi Arif')).share, NAME.listUnmatched);
  });
});

/** The share of its weight that listed token `text`, left unmatched, cost (from its contribution). */
async function listedShare(a: string, b: string, text: string): Promise<number> {
  const e = await engine;
  const name = e.compare(q({ schema: 'Person', name: a }), q({ schema: 'Person', name: b })).explanation.name;
  assert.ok(name !== null, `${a} vs ${b}: a name explanation`);
  const line = name.tokens.find((x) => x.kind === 'unmatched-listed' && x.listed.some((t) => t.text === text));
  assert.ok(line !== undefined, `${a} vs ${b}: ${text} unmatched`);
  const denominator = name.agreement + name.loss + name.prior;
  return Math.round((-line.contribution * denominator / line.weight) * 1000) / 1000;
}

describe('an initial A for a whole Abd compound (engine 1.11.0)', () => {
  // The initial of Abdelbassed is written for the given name, Abd and name part together: when the
  // query's A. met the record's Abd and the query went on with a name that paired, the record's
  // name part after that Abd costs what it costs after an abbreviated Abd.
  it('costs little when the initial A met the Abd and the query went on', async () => {
    assert.equal(await listedShare('A. Zakir', 'Abdul Rauf Zakir', 'rauf'), NAME.listAbdNameDropped);
    const e = await engine;
    // QDi.371, alias Abdelbassed Azouz (engine 1.10.0: 0.5184).
    const m = e.screen(q({ schema: 'Person', name: 'A. Azouz' }), { limit: 20 }).find((x) => x.referenceNumber === 'QDi.371');
    assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${m?.score}`);
  });

  it('keeps the usual share for another initial, a name part not after the Abd, or a later compound', async () => {
    // M. stands for some other given name; the Abd and its name part are both missing.
    assert.equal(await listedShare('M. Zakir', 'Abdul Rauf Zakir', 'rauf'), NAME.listUnmatched);
    // The initial met a name that is no Abd: the record's middle name keeps its cost.
    assert.equal(await listedShare('A. Zakir', 'Ahmad Rauf Zakir', 'rauf'), NAME.listUnmatched);
    // The query's next name is not the record's name after that compound: A. met the first Abd,
    // Manan the second compound's name, so Satar was dropped, not abbreviated.
    assert.equal(await listedShare('A. Manan', 'Abdul Satar Abdul Manan', 'satar'), NAME.listUnmatched);
  });
});

