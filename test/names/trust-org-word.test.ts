/**
 * names/common-names.ts (engine 1.6.0): "Trust" is an organisation word, like Foundation or Fund: a
 * trust is a form of organisation (a company called "X Trust" is X), but it is also the word that
 * tells some listed organisations apart (Al Rashid Trust, Rabita Trust), so it weighs as
 * organisation vocabulary (at most 1.0), not as a legal form (0.15).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { q, unEngine } from '../matching/helpers.js';

describe('Trust in organisation names', () => {
  it('is organisation vocabulary', () => {
    assert.equal(vocabularyClass('trust', 'trust', 'latin'), 'org-word');
  });

  it('finds an organisation with Trust added, and no other one on the rest of its name alone', async () => {
    const e = await unEngine();
    const m = e.screen(q({ schema: 'Organization', name: '7TH OF TIR Trust' }), { limit: 10 }).find((x) => x.referenceNumber === 'IRe.001');
    assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${m?.score}`);
    const other = e.compare(q({ schema: 'Organization', name: 'Rashid Trading' }), q({ schema: 'Organization', name: 'AL RASHID TRUST' }));
    assert.ok(other.score < e.defaultThreshold, `${other.score}`);
  });
});
