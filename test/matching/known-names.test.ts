/**
 * Names a listed party goes by that its UN entry leaves out (names/known-names.ts, since 1.68.0),
 * on the real UN list: ISIL, Da'esh and ISIS for Al-Qaida in Iraq (QDe.115), ANF for Al-Nusrah
 * Front (QDe.137). Up to 1.67.0 "Daesh" met only Jund al-Khilafah in Tunisia (alias "Daesh
 * Tunisia"), "ISIL" put ISIL-WA and ISIL-K before ISIL itself, and "ANF" met nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { KNOWN_NAMES, knownNamesOf } from '../../src/names/known-names.js';
import { unEngine, unParties } from './helpers.js';

const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });

test('the names the Security Council and OFAC give ISIL and ANF find them first, and alert', async () => {
  const engine = await unEngine();
  const cases: [string, string, string][] = [
    ['ISIL', 'QDe.115', 'resolution 2199'],
    ['Daesh', 'QDe.115', 'resolution 2199'],
    ["Da'esh", 'QDe.115', 'resolution 2199'],
    ['DAESH', 'QDe.115', 'resolution 2199'],
    ['داعش', 'QDe.115', 'resolution 2199'],
    ['ISIS', 'QDe.115', 'OFAC SDN entry 8759'],
    ['Islamic State', 'QDe.115', 'OFAC SDN entry 8759'],
    ['Islamic State of Iraq and Syria', 'QDe.115', 'OFAC SDN entry 8759'],
    ['ANF', 'QDe.137', 'resolution 2199'],
    // The list's own name in the UN's other official languages (since 1.71.0).
    ['ИГИЛ', 'QDe.115', "Russian name"],
    ['IGIL', 'QDe.115', "Russian name"],
    ['Daech', 'QDe.115', "French name"],
    ['伊黎伊斯兰国', 'QDe.115', "Chinese name"],
    ['达伊沙', 'QDe.115', "Chinese name"],
  ];
  for (const [query, ref, source] of cases) {
    const [first] = engine.screen(org(query), { limit: 3 });
    assert.equal(first?.referenceNumber, ref, query);
    assert.ok(first.match, `${query}: ${first.score}`);
    // The analyst sees who gives the name, and it weighs as a name, not as a low-quality alias.
    assert.ok(first.explanation.name?.listedName.includes(source), `${query}: ${first.explanation.name?.listedName}`);
    assert.notEqual(first.explanation.name?.aliasQuality, 'low', query);
  }
});

test('every known name is of an organisation the bundled UN list files, and not one its entry gives', async () => {
  const parties = await unParties();
  for (const k of KNOWN_NAMES) {
    const party = parties.find((p) => p.source === k.source && p.referenceNumber === k.referenceNumber);
    assert.ok(party, `${k.referenceNumber} is listed`);
    assert.equal(party.kind, 'organization', k.referenceNumber);
    assert.ok(knownNamesOf(party.source, party.referenceNumber, party.names.map((n) => n.full)).includes(k), `${k.name} is not among ${k.referenceNumber}'s own names`);
  }
});

test('a list version that writes the name itself shows its own name, not the known one', async () => {
  const parties = (await unParties()).map((p) =>
    p.referenceNumber === 'QDe.115' ? { ...p, names: [...p.names, { type: 'alias' as const, full: 'DAESH', quality: 'aka' as const }] } : p,
  );
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'daesh-listed' }] });
  const [first] = engine.screen(org("Da'esh"), { limit: 1 });
  assert.equal(first?.referenceNumber, 'QDe.115');
  assert.equal(first.explanation.name?.listedName, 'DAESH');
});

test("known names are the UN entry's: a party of another list with the same reference number gets none", async () => {
  const parties = (await unParties()).map((p) => (p.referenceNumber === 'QDe.115' ? { ...p, source: 'ours' } : p));
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'ours', hash: 'test' }] });
  assert.ok(!engine.screen(org('Daesh'), { limit: 5 }).some((m) => m.referenceNumber === 'QDe.115'), 'Daesh does not meet the other list\'s QDe.115');
});
