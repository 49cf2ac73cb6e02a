/**
 * Engine 1.136.0 (matching/distance.ts FAMILIES): dh and th are one family, both written for the
 * Arabic dhal (ذ): al-Dhahab and al-Thahab, Dhul Fiqar and Thul Fiqar. The UN writes QDe.154's
 * name SELSELAT AL-THAHAB, its Arabic name سلسلة الذهب للصرافة (whose ذ the romanisation reads dh).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import { compareNames, q, unParties } from './helpers.js';

describe('dh and th for the dhal', () => {
  it('finds QDe.154 by its Arabic name with its primary name SELSELAT AL-THAHAB only', async () => {
    // Its aliases (Al Silsilah al Dhahaba, with dh) left out: only the th spelling is there to meet.
    const parties = (await unParties()).map((p) => (p.referenceNumber === 'QDe.154' ? { ...p, names: p.names.filter((n) => n.type === 'primary') } : p));
    const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'test' }] });
    const found = engine.screen(q({ schema: 'Organization', name: 'سلسلة الذهب للصرافة' }), { limit: 5 }).find((m) => m.referenceNumber === 'QDe.154');
    assert.ok(found?.match === true, `${found?.score}`);
  });

  it('scores th for dh as it scores z for dh', () => {
    assert.ok(compareNames('الذهب', 'Thahab') > 0.64, `${compareNames('الذهب', 'Thahab')}`);
    assert.ok(compareNames('Dhahabi', 'Thahabi') >= compareNames('Dhahabi', 'Zahabi') - 0.05);
    // th joins dh's family, not d's: against d it stays further than dh.
    assert.ok(compareNames('Thahab', 'Dahab') < compareNames('Dhahab', 'Dahab'));
  });
});
