/**
 * names/arabic.ts ABD_PREFIXES (engine 1.28.0): the French and West African spelling of the Abd
 * with ou for u before the assimilated article (Abdour Rahmane, Abdous Salam), as Abdoul stands
 * beside Abdul. Up to 1.27.0 "Abdour" was a rare name word of its own, unmatched at full weight, so
 * "Abdour Rahmna" met nothing, where "Abdur Rahmna" finds QDi.309 (ABDUR REHMAN, alias Abdur Rahman).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function roles(full: string): string {
  return analyseNameShared(full).tokens.map((t) => `${t.role}:${t.latin}`).join(' ');
}

describe('the Abd written with ou before the assimilated article', () => {
  it('reads Abdour, Abdous and Abdouz as the Abd particle before the name', () => {
    assert.equal(roles('Abdour Rahmane'), roles('Abdur Rahmane'));
    assert.equal(roles('Abdous Salam'), roles('Abdus Salam'));
    assert.match(roles('Abdour Rahmane'), /^abd:\S+ name:rahmane$/);
  });

  it('finds QDi.309 for Abdour Rahmna as for Abdur Rahmna', async () => {
    const e = await unEngine();
    for (const name of ['Abdur Rahmna', 'Abdour Rahmna']) {
      const hit = e.screen(q({ schema: 'Person', name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, 'QDi.309', name);
      assert.equal(hit?.match, true, name);
    }
  });
});
