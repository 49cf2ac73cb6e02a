/**
 * An organisation's acronyms read off its listed names (prepared-list.ts acronymReadings, since
 * 1.53.0), on the real UN list: ISIL for Al-Qaida in Iraq (QDe.115), whose names hold "Islamic
 * State in Iraq and the Levant" but not ISIL, and ASG for the Abu Sayyaf Group (QDe.001), which
 * up to 1.52.0 met only another party's "ASC".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { unEngine, unParties } from './helpers.js';

const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });

test('ISIL meets Al-Qaida in Iraq through the initials of Islamic State in Iraq and the Levant', async () => {
  // On the UN list ISIL is also a known name of QDe.115 (names/known-names.ts), which meets it first;
  // filed on a list of its own, the entry is met through the initials alone.
  const parties = (await unParties()).map((p) => (p.referenceNumber === 'QDe.115' ? { ...p, source: 'ours' } : p));
  const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un-and-ours', hash: 'test' }] });
  const m = engine.screen(org('ISIL'), { limit: 10 }).find((x) => x.referenceNumber === 'QDe.115');
  assert.ok(m, 'QDe.115 among the matches');
  assert.ok(m.match, `an alert (score ${m.score})`);
  // The analyst sees which listed name was read as initials.
  assert.equal(m.explanation.name?.listedName, 'ISIL (initials of Islamic State in Iraq and the Levant)');
  // Read as a low-quality alias: the list did not write it.
  assert.equal(m.explanation.name?.aliasQuality, 'low');
});

test('ASG, IJU and ISKP find their groups first; JeM, JuD and LeJ too, the initials of two linked words (since 1.70.0)', async () => {
  const engine = await unEngine();
  const cases = [['ASG', 'QDe.001'], ['IJU', 'QDe.119'], ['ISKP', 'QDe.161'], ['JeM', 'QDe.019'], ['JuD', 'QDe.118'], ['LeJ', 'QDe.096']] as const;
  for (const [query, ref] of cases) {
    const [first] = engine.screen(org(query));
    assert.equal(first?.referenceNumber, ref, query);
    assert.ok(first?.match, `${query}: ${first?.score}`);
  }
});

test('East Turkistan Islamic Movement meets the listed Eastern Turkistan Islamic Movement (since 1.70.0)', async () => {
  const engine = await unEngine();
  const [first] = engine.screen(org('East Turkistan Islamic Movement'));
  assert.equal(first?.referenceNumber, 'QDe.088');
  assert.ok(first?.match, `score ${first?.score}`);
});

test("an acronym the list writes as one party's name is not read off another's: SIG stays Special Industries Group's", async () => {
  const engine = await unEngine();
  const sig = engine.screen(org('SIG'), { limit: 10 });
  assert.equal(sig[0]?.referenceNumber, 'IRe.073');
  // Shahid ... Industries Group spells SIG too; the list's own SIG (IRe.073) keeps it.
  assert.deepEqual(
    sig.filter((m) => m.explanation.name?.listedName.includes('initials of') && m.explanation.name.listedName.startsWith('SIG ')).map((m) => m.referenceNumber),
    [],
  );
});

test('a person is not read as initials, and two words give no acronym', async () => {
  const engine = await unEngine();
  for (const m of engine.screen(parseQuery({ id: 'q', schema: 'Person', name: 'ABB' }), { limit: 10, minScore: 0.1 })) {
    assert.ok(!m.explanation.name?.listedName.includes('initials of'), m.explanation.name?.listedName);
  }
  assert.ok(!engine.screen(org('ART')).some((m) => m.referenceNumber === 'QDe.005'), 'Al Rashid Trust is no ART');
});

test('compare() reads an organisation record as the list reads it: ISIL against its full name', () => {
  const engine = MatchEngine.build([], { listVersions: [] });
  const r = engine.compare(org('ISIL'), org('Islamic State in Iraq and the Levant'));
  assert.ok(r.match, `score ${r.score}`);
  // A person record of the same words is not read as initials.
  const person = engine.compare(org('ISIL'), parseQuery({ id: 'b', schema: 'Person', name: 'Islamic State in Iraq and the Levant' }));
  assert.ok(!person.match, `score ${person.score}`);
});
