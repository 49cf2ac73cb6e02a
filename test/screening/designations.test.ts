/**
 * One person, one result: linked records on several lists collapse into one screening result with
 * every designation; unlinked records stay separate. First on hand-made parties (each rule), then on
 * the real UN 2026, UK 2018 and OFAC 2021 files.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadScreeningLists } from '../../src/lists/catalog.js';
import { emptyParty, type BirthDate, type SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { alertLead, designationGroupsOf, engineExplanationOf, groupMatches, loadDesignationGroups, recordsForGroups, type DesignationGroups, type GroupingLists } from '../../src/screening/designations.js';
import { SANCTIONS, UN_2026, tempDir } from '../helpers/paths.js';

function person(source: string, ref: string, names: string[], born: BirthDate[] = [], cites: string[] = []): SanctionedParty {
  const p = emptyParty(source, ref, 'person');
  p.caption = names[0]!;
  p.names = names.map((full, i) => ({ type: i === 0 ? 'primary' : 'alias', full, quality: 'good' }));
  p.birthDates = born;
  for (const c of cites) p.extra.push({ field: 'UN_REFERENCE', value: c });
  return p;
}

let setups = 0;
function setup(parties: SanctionedParty[]) {
  const sources = [...new Set(parties.map((p) => p.source))];
  // Links are cached by version hashes: each hand-made set gets hashes of its own.
  setups += 1;
  const versions = sources.map((source) => ({ source, hash: `test-${setups}-${source}` }));
  const lists: GroupingLists = { versions, parties: new Map(parties.map((p) => [p.id, p])) };
  return { engine: MatchEngine.build(parties, { listVersions: versions }), lists, groups: designationGroupsOf(lists) };
}

describe('grouping on hand-made parties', () => {
  const born = (date: string): BirthDate[] => [{ kind: 'exact', date }];
  const parties = [
    person('un', 'QDi.900', ['OMAR FARID HASSAN'], born('1970-03-01')),
    person('uk-hmt', '9001', ['Omar Farid HASSAN'], born('1970-03-01'), ['QDi.900']),
    person('ofac-sdn', '7001', ['HASSAN, Omar Farid'], born('1981-05-05')), // a namesake: no link basis
    person('un', 'QDi.901', ['KAREEM NASSER ADEL'], born('1965')),
  ];
  const { engine, lists, groups } = setup(parties);
  const query = parseQuery({ id: 'q', schema: 'Person', name: 'Omar Farid Hassan' });

  test('the records a citation links are one result, the lead first, with the link that ties each in', () => {
    const matches = engine.screen(query, { limit: 20 });
    assert.ok(matches.some((m) => m.entityId === 'uk-hmt:9001') && matches.some((m) => m.entityId === 'un:QDi.900'), 'both records match on their own');
    const results = groupMatches(matches, groups, lists);
    const linked = results.filter((r) => r.entityId === 'un:QDi.900' || r.entityId === 'uk-hmt:9001');
    assert.equal(linked.length, 1, 'one result for the linked pair');
    const r = linked[0]!;
    assert.deepEqual(r.designations!.map((d) => d.entityId).sort(), ['uk-hmt:9001', 'un:QDi.900']);
    const lead = r.designations![0]!;
    assert.equal(lead.entityId, r.entityId);
    assert.equal(lead.linkBasis, null);
    const other = r.designations![1]!;
    assert.equal(other.linkBasis, 'un-reference');
    assert.equal(other.linkSummary, 'UK HMT 9001 cites UN QDi.900');
    assert.deepEqual(r.links!.map((l) => l.summary), ['UK HMT 9001 cites UN QDi.900']);
    assert.equal(other.listVersionHash, lists.versions.find((v) => v.source === other.source)!.hash);
    assert.deepEqual(r.links!.map((l) => l.basis), ['un-reference']);
  });

  test('links kept in the cache by an earlier version, with sentences in internal ids, read in the current words', () => {
    const stale = new Map([...groups.links].map(([g, ls]) => [g, ls.map((l) => ({ ...l, summary: `${l.b} cites UN reference ${l.a}` }))]));
    const r = groupMatches(engine.screen(query, { limit: 20 }), { ...groups, links: stale }, lists).find((x) => x.designations);
    assert.ok(r, 'the linked pair is one result');
    assert.equal(r.designations!.find((d) => d.entityId === 'uk-hmt:9001')!.linkSummary, 'UK HMT 9001 cites UN QDi.900');
    assert.deepEqual(r.links!.map((l) => l.summary), ['UK HMT 9001 cites UN QDi.900']);
  });

  test('a namesake with another birth date stays a result of its own, without designations', () => {
    const results = groupMatches(engine.screen(query, { limit: 20 }), groups, lists);
    const namesake = results.find((r) => r.entityId === 'ofac-sdn:7001');
    assert.ok(namesake, 'the OFAC namesake is still reported');
    assert.equal(namesake.designations, undefined);
    assert.equal(results.length, 2);
  });

  test('--limit counts persons: limit 1 keeps the linked pair whole', () => {
    const dated = parseQuery({ id: 'q', schema: 'Person', name: 'Omar Farid Hassan', birthDate: '1970-03-01' });
    const results = groupMatches(engine.screen(dated, { limit: recordsForGroups(1) }), groups, lists, 1);
    assert.equal(results.length, 1);
    assert.equal(results[0]!.entityId, 'un:QDi.900');
    assert.equal(results[0]!.designations?.length, 2);
  });

  test('a linked record that did not score is still a designation, with score null', () => {
    const matches = engine.screen(query, { limit: 20 }).filter((m) => m.entityId !== 'uk-hmt:9001');
    const r = groupMatches(matches, groups, lists).find((x) => x.entityId === 'un:QDi.900')!;
    const uk = r.designations!.find((d) => d.entityId === 'uk-hmt:9001')!;
    assert.equal(uk.score, null);
  });

  test('alerts are keyed by a stable lead (the UN record); the engine explanation is recoverable for replay', () => {
    assert.equal(alertLead(groups, 'uk-hmt:9001'), 'un:QDi.900');
    assert.equal(alertLead(groups, 'un:QDi.900'), 'un:QDi.900');
    assert.equal(alertLead(groups, 'ofac-sdn:7001'), 'ofac-sdn:7001');
    const stored = { summary: 's', matchedEntityId: 'uk-hmt:9001', designations: [], links: [] };
    assert.deepEqual(engineExplanationOf(stored, 'un:QDi.900'), { explanation: { summary: 's' }, matchedEntityId: 'uk-hmt:9001' });
    assert.deepEqual(engineExplanationOf({ summary: 's' }, 'un:QDi.900'), { explanation: { summary: 's' }, matchedEntityId: 'un:QDi.900' });
  });
});

test('a record reached through another gets the weakest basis on its path and every step in its summary', () => {
  // The UN record lists no passport, so only the UK record (which cites it) links OFAC's, by passport.
  const withPassport = (p: SanctionedParty) => {
    p.documents = [{ kind: 'passport', type: 'Passport', number: 'K7730415' }];
    return p;
  };
  const { engine, lists, groups } = setup([
    person('un', 'QDi.902', ['SALEH MANSOUR QASIM']),
    withPassport(person('uk-hmt', '9002', ['Saleh Mansour QASIM'], [], ['QDi.902'])),
    withPassport(person('ofac-sdn', '7002', ['QASIM, Saleh Mansour'])),
  ]);
  assert.equal(groups.members.get(groups.groupOf.get('un:QDi.902')!)?.length, 3, 'one group of three');
  const [r] = groupMatches(engine.screen(parseQuery({ id: 'q', schema: 'Person', name: 'Saleh Mansour Qasim' }), { limit: 20 }), groups, lists);
  assert.equal(r!.entityId, 'un:QDi.902');
  const ofac = r!.designations!.find((d) => d.source === 'ofac-sdn')!;
  assert.equal(ofac.linkBasis, 'document');
  // Each step from the lead in words, records named by list and reference.
  assert.equal(ofac.linkSummary, 'UK HMT 9002 cites UN QDi.902; UK HMT 9002 shares passport K7730415 with OFAC SDN 7002');
  assert.equal(r!.designations!.find((d) => d.source === 'uk-hmt')!.linkBasis, 'un-reference');
});

describe('grouping on the real UN 2026, UK 2018 and OFAC 2021 files', () => {
  let temp: ReturnType<typeof tempDir>;
  let engine: MatchEngine;
  let lists: GroupingLists;
  let groups: DesignationGroups;
  before(async () => {
    temp = tempDir();
    const loaded = await loadScreeningLists(temp.dir, [UN_2026, join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'), join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv')]);
    engine = MatchEngine.build(loaded.parties, { listVersions: loaded.versions.map((v) => ({ source: v.source, hash: v.hash })) });
    lists = { versions: loaded.versions, parties: new Map(loaded.parties.map((p) => [p.id, p])) };
    groups = await loadDesignationGroups(lists, { dataDir: temp.dir });
  });
  after(() => temp?.cleanup());

  // QDi.059: the UK record 6962 cites "UN Ref QDi.059"; the OFAC record 7209 lists the same passport
  // number, 456682 (checked in the files: uk-hmt-conlist-2018-04-13.csv, ofac-sdn-2021-04-sdn.csv Remarks).
  const fawaz = parseQuery({ id: 'q', schema: 'Person', name: 'Khalid Abd al-Rahman Hamd al-Fawaz', birthDate: '1962-08-24' });

  test('a known ISIL/Al-Qaida individual screened once gives one result with three designations and their bases', () => {
    const matches = engine.screen(fawaz, { limit: recordsForGroups(5) });
    const records = ['un:QDi.059', 'uk-hmt:6962', 'ofac-sdn:7209'];
    assert.deepEqual(records.filter((id) => matches.some((m) => m.entityId === id && m.match)).length, 3, 'each of the three records matches on its own');
    const results = groupMatches(matches, groups, lists, 5);
    const his = results.filter((r) => r.designations?.some((d) => records.includes(d.entityId)) || records.includes(r.entityId));
    assert.equal(his.length, 1, 'one result, not three');
    const r = his[0]!;
    assert.equal(r.entityId, 'un:QDi.059', 'equal scores: the UN record leads');
    const bySource = new Map(r.designations!.map((d) => [d.source, d]));
    assert.deepEqual([...bySource.keys()].sort(), ['ofac-sdn', 'uk-hmt', 'un']);
    assert.equal(bySource.get('uk-hmt')!.linkBasis, 'un-reference');
    assert.equal(bySource.get('ofac-sdn')!.linkBasis, 'document');
    assert.equal(bySource.get('ofac-sdn')!.linkSummary, 'OFAC SDN 7209 shares passport 456682 with UN QDi.059');
    assert.equal(bySource.get('uk-hmt')!.linkSummary, 'UK HMT 6962 cites UN QDi.059');
    assert.equal(bySource.get('un')!.listedOn, '2002-04-24');
    assert.ok(bySource.get('ofac-sdn')!.programmes.includes('SDGT'));
    for (const d of r.designations!) assert.equal(typeof d.score, 'number');
    const bases = new Set(r.links!.map((l) => l.basis));
    assert.ok(bases.has('un-reference') && bases.has('document'));
  });

  test('results of a common name belong to different persons: no group appears twice', () => {
    const q = parseQuery({ id: 'q', schema: 'Person', name: 'Mohammed Abdullah' });
    const results = groupMatches(engine.screen(q, { limit: recordsForGroups(10), minScore: 0.3 }), groups, lists, 10);
    assert.ok(results.length >= 2, 'several persons come up');
    const seen = results.map((r) => groups.groupOf.get(r.entityId) ?? r.entityId);
    assert.equal(new Set(seen).size, seen.length);
    for (const r of results) for (const d of r.designations ?? []) assert.equal(groups.groupOf.get(d.entityId), groups.groupOf.get(r.entityId));
  });

  test('the links are kept in the data directory and read back the same', async () => {
    const again = await loadDesignationGroups(lists, { dataDir: temp.dir });
    assert.equal(again.key, groups.key);
    assert.equal(again.members.size, groups.members.size);
  });
});
