/**
 * A branch of a group named by the group's acronym and what the list writes after the dash
 * (names/acronyms.ts qualifiedAcronyms, since 1.74.0): "ISIS West Africa" for Islamic State of Iraq
 * and Syria – West Africa, "ISIS Libya" for ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA. Up to
 * 1.73.0 both met nothing on the UN list. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../src/matching/query.js';
import { qualifiedAcronyms } from '../../src/names/acronyms.js';
import { unEngine } from './helpers.js';

const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });
const never = () => false;

test("a branch's name reads as its group's acronym and what follows the dash", () => {
  assert.deepEqual(qualifiedAcronyms('Islamic State of Iraq and Syria – West Africa (ISIS-WA)', never), [
    { text: 'ISIS West Africa' },
    { text: 'ISIL West Africa', standsFor: 'ISIS' },
  ]);
  assert.deepEqual(qualifiedAcronyms('ISLAMIC STATE IN IRAQ AND THE LEVANT - LIBYA', never).map((q) => q.text), ['ISIL LIBYA', 'ISIS LIBYA']);
  // An em dash closed up, as the list writes it.
  assert.ok(qualifiedAcronyms('The Islamic State of Iraq and Syria—Khorasan', never).some((q) => q.text === 'ISIS Khorasan'));
  // No dash between words, or a part before it that gives no acronym: nothing.
  assert.deepEqual(qualifiedAcronyms('Islamic State of Iraq and Syria West Africa Province', never), []);
  assert.deepEqual(qualifiedAcronyms('Jaish-e-Mohammed', never), []);
  assert.deepEqual(qualifiedAcronyms('HARAKAT AL - SHABAAB AL - MUJAAHIDIIN', never), []);
});

test('ISIS and ISIL branches named by acronym and place find the branch first, and alert', async () => {
  const engine = await unEngine();
  const cases: [string, string][] = [
    ['ISIS West Africa', 'QDe.162'],
    ['ISIL West Africa', 'QDe.162'],
    ['ISIS Libya', 'QDe.165'],
    ['ISIL Libya', 'QDe.165'],
  ];
  for (const [name, ref] of cases) {
    const [first] = engine.screen(org(name), { limit: 3 });
    assert.equal(first?.referenceNumber, ref, name);
    assert.ok(first.match, `${name}: ${first.score}`);
    assert.match(first.explanation.name?.listedName ?? '', /\(initials of /, name);
  }
  // Where the list writes the branch's name so itself, that name is met (QDe.163's "ISIS in the Greater Sahara").
  const [sahara] = engine.screen(org('ISIS Greater Sahara'), { limit: 1 });
  assert.equal(sahara?.referenceNumber, 'QDe.163');
  assert.ok(sahara.match);
  // QDe.165's names give ISIL alone: the analyst is told ISIS was read for it.
  const [libya] = engine.screen(org('ISIS Libya'), { limit: 1 });
  assert.match(libya?.explanation.name?.listedName ?? '', /ISIS for ISIL\)$/);
});
