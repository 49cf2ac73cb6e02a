/**
 * Every name of the bundled UN list that holds two or more plain name words (not particles, titles,
 * initials or organisation vocabulary), and is not an alias of low quality, alerts on its own record
 * when screened exactly as the list writes it. A name that does not has met a defect of the engine,
 * not a judgement: up to 1.15.0 "IO Musoni" and "AL-ITIHAAD AL-ISLAMIYA / AIAI" did not (a word of
 * vowels only had no key), and up to 1.16.0 أبو دعاء read دعاء as a Latin function word. Names of one
 * plain word (Hassan, Hajji Abdallah) are left out: a shared given name alone is meant not to alert.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { q, unEngine, unParties } from './helpers.js';

describe('listed names screened as listed', () => {
  it('alert on their own record', async () => {
    const e = await unEngine();
    let screened = 0;
    const lost: string[] = [];
    for (const p of await unParties()) {
      const schema = p.kind === 'person' ? 'Person' : p.kind === 'organization' ? 'Organization' : 'LegalEntity';
      for (const n of p.names) {
        if (n.quality === 'low') continue;
        const plain = prepareName(n.full, 0, 0, n.type, n.quality).tokens.filter((t) => t.role === 'name' && t.vocabulary === undefined);
        if (plain.length < 2) continue;
        screened++;
        const own = e.screen(q({ schema, name: n.full }), { limit: 10 }).find((m) => m.entityId === p.id);
        if (own?.match !== true) lost.push(`${p.referenceNumber} ${n.full}: ${own?.score ?? 'not returned'}`);
      }
    }
    assert.ok(screened > 2500, `${screened} names screened`);
    assert.deepEqual(lost, []);
  });
});
