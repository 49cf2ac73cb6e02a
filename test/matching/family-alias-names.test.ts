/**
 * Engine 1.138.0 (matching/family-alias-names.ts): a person's names joined with the family name
 * the list gives as an alias of its own, as other lists write them. The real UN records QDi.429
 * (the alias Muhammad Abd-al-Karim and the low-quality alias Al-Habu; OFAC writes AL-HABU, Muhammad
 * Abd-al-Karim) and LYi.023 (Ahmad Oumar Imhamad al-Fitouri and the alias Al Dabbashi; the UK writes
 * Ahmad Oumar AL-DABBASHI).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartyName, SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { familyAliasNames } from '../../src/matching/family-alias-names.js';
import { q, unParties } from './helpers.js';

const meta = { listVersions: [{ source: 'un', hash: 'test' }] };
const person = (name: string | string[]) => q({ schema: 'Person', name });
const good = (full: string, type: PartyName['type'] = 'alias'): PartyName => ({ type, full, quality: 'good' });
const low = (full: string): PartyName => ({ type: 'alias', full, quality: 'low' });

describe("a person's names joined with its family-name alias", () => {
  it('joins an alias of the article and one name after each Latin name of two words or more', () => {
    const joined = familyAliasNames([good('MOHAMMAD ALI AL HABBO', 'primary'), good('Muhammad Abd-al-Karim'), low('Al-Habu'), low('Habo'), good('محمد علي الحبو', 'original-script')]);
    const texts = joined.map((j) => j.text);
    // In place of the name's own family name (AL HABBO), else after the name; no Arabic-script name.
    assert.deepEqual(texts, ['MOHAMMAD ALI Al-Habu', 'Muhammad Abd-al-Karim Al-Habu']);
    // As good as the weaker part: the low alias makes them low.
    assert.deepEqual(joined.map((j) => j.quality), ['low', 'low']);
    assert.equal(joined[1]?.nameIndex, 1);
    assert.equal(joined[1]?.shown, 'Muhammad Abd-al-Karim Al-Habu (the names Muhammad Abd-al-Karim and Al-Habu joined)');
  });

  it("keeps the article and name of an Abd, Abu or bin compound, skips nicknames, and joins nothing without a family alias", () => {
    assert.deepEqual(familyAliasNames([good('Abd al-Muhsin'), good('Abu al-Qassim'), low('Al-Libi')]).map((j) => j.text), ['Abd al-Muhsin Al-Libi', 'Abu al-Qassim Al-Libi']);
    assert.deepEqual(familyAliasNames([good('The Uncle'), low('Al Ammu')]), []);
    // A one-word nickname or given name is no family name: nothing is joined.
    assert.deepEqual(familyAliasNames([good('BOSCO TAGANDA', 'primary'), low('Terminator'), low('Yusuf')]), []);
    assert.deepEqual(familyAliasNames([good('Ahmad Oumar', 'primary')]), []);
    // A primary name of that form is the name itself, not an alias to join.
    assert.deepEqual(familyAliasNames([good('Al-Habu', 'primary'), good('Muhammad Ali')]), []);
  });

  it('finds QDi.429 and LYi.023 by the names other lists write, with the index losing nothing', async () => {
    const parties = await unParties();
    const engine = MatchEngine.build(parties, meta);
    for (const [name, ref, listed] of [
      ['Muhammad Abd-al-Karim AL-HABU', 'QDi.429', /Muhammad Abd-al-Karim and Al-Habu joined/],
      ['Ahmad Oumar al-Dabbashi', 'LYi.023', /Ahmad Oumar Imhamad al-Fitouri and Al (Dabbashi|-Dabachi) joined/],
    ] as const) {
      const matches = engine.screen(person(name), { limit: 5 });
      const found = matches.find((m) => m.referenceNumber === ref);
      assert.ok(found?.match === true, `${name}: ${found?.score}`);
      assert.match(found.explanation.name?.listedName ?? '', listed);
      assert.equal(found.explanation.name?.aliasQuality, 'low');
      const key = (ms: typeof matches) => ms.filter((m) => m.match).map((m) => `${m.entityId}@${m.score}`).join('|');
      assert.equal(key(matches), key(engine.screenExhaustive(person(name), { limit: 5 })));
    }
  });

  it('finds nothing more where the family alias is left out, so the joined name is what finds them', async () => {
    const parties: SanctionedParty[] = (await unParties()).map((p) => (p.referenceNumber === 'QDi.429' ? { ...p, names: p.names.filter((n) => !/^al-/i.test(n.full)) } : p));
    const found = MatchEngine.build(parties, meta).screen(person('Muhammad Abd-al-Karim AL-HABU'), { limit: 5 }).find((m) => m.referenceNumber === 'QDi.429');
    assert.ok(found === undefined || found.match === false, `${found?.score}`);
  });

  it('compares a record given its names as a list holding it would screen it', () => {
    const engine = MatchEngine.build([], meta);
    const record = person(['MOHAMMAD ALI AL HABBO', 'Muhammad Abd-al-Karim', 'Al-Habu']);
    const joined = engine.compare(person('Muhammad Abd-al-Karim AL-HABU'), record);
    assert.ok(joined.match, `${joined.score}`);
    assert.match(joined.explanation.name?.listedName ?? '', /joined/);
    // Without the family alias the same query meets the given names alone, under the threshold.
    const apart = engine.compare(person('Muhammad Abd-al-Karim AL-HABU'), person(['MOHAMMAD ALI AL HABBO', 'Muhammad Abd-al-Karim']));
    assert.ok(apart.score < joined.score - 0.2, `${apart.score} vs ${joined.score}`);
  });
});
