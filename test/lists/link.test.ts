/** Linking parties across lists: each basis, the refusals, the groups; then on the real files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { agreeingBirthDates, documentKey, findLinks, groupMembers, linkGroups, linkParties, type PartyLink } from '../../src/lists/link.js';
import { emptyParty, type BirthDate, type IdentityDocument, type PartyKind, type SanctionedParty } from '../../src/lists/model.js';
import { readUkHmtCsv } from '../../src/lists/uk-hmt.js';
import { readUnXml } from '../../src/lists/un.js';
import { SANCTIONS, UN_2018 } from '../helpers/paths.js';

interface Spec {
  kind?: PartyKind;
  names?: string[];
  born?: BirthDate[];
  docs?: IdentityDocument[];
  cites?: string[];
}
function party(source: string, ref: string, spec: Spec = {}): SanctionedParty {
  const p = emptyParty(source, ref, spec.kind ?? 'person');
  const names = spec.names ?? [`${source} ${ref}`];
  p.caption = names[0]!;
  p.names = names.map((full, i) => ({ type: i === 0 ? 'primary' : 'alias', full, quality: 'good' }));
  p.birthDates = spec.born ?? [];
  p.documents = spec.docs ?? [];
  for (const ref of spec.cites ?? []) p.extra.push({ field: 'UN_REFERENCE', value: ref });
  return p;
}
const passport = (number: string, issuingCountry?: string): IdentityDocument => ({ kind: 'passport', type: 'Passport', number, ...(issuingCountry ? { issuingCountry } : {}) });
const bases = (links: PartyLink[]) => links.map((l) => [l.a, l.b, l.basis]);

test('a cited UN reference links when the record types agree, and is refused and reported when not', () => {
  const parties = [
    party('un', 'QDi.400'),
    party('un', 'QDe.004', { kind: 'organization' }),
    party('uk-hmt', '13447', { cites: ['QDi.400'] }),
    party('uk-hmt', '13349', { cites: ['QDe.004'] }), // a person citing an entity (SOURCES.md)
    party('eu', 'EU.1', { cites: ['QDi.999'] }), // not on this UN list
  ];
  const report = findLinks(parties, { nameBirthDate: false });
  assert.deepEqual(bases(report.links), [['un:QDi.400', 'uk-hmt:13447', 'un-reference']]);
  // The sentence names records as an analyst does: list and that list's reference, no internal ids.
  assert.equal(report.links[0]!.summary, 'UK HMT 13447 cites UN QDi.400');
  assert.deepEqual(
    report.problems.map((p) => [p.kind, p.party, p.reference]),
    [
      ['kind-mismatch', 'uk-hmt:13349', 'QDe.004'],
      ['reference-not-on-list', 'eu:EU.1', 'QDi.999'],
    ],
  );
  assert.match(report.problems[0]!.message, /person\) cites QDe\.004, an entity reference/);
});

test('document numbers link when equal after normalisation, of one kind, on parties of one kind', () => {
  const parties = [
    party('un', 'QDi.400', { docs: [passport('Jordan 654781'), { kind: 'national-id', type: 'National Identification Number', number: '9861043' }] }),
    party('ofac-sdn', '21266', { docs: [passport('654 781', 'Jordan')] }),
    party('uk-hmt', '1', { docs: [{ kind: 'national-id', type: 'NI Number', number: '654781' }] }), // same digits, other kind
    party('eu', 'EU.1', { docs: [passport('654-781', 'Syria')] }), // conflicting issuing country (UN: "Jordan ...")
    party('uk-hmt', '2', { kind: 'organization', docs: [passport('654781')] }), // other party kind
    party('un', 'QDi.401', { docs: [passport('654781', 'Jordan')] }), // same list as the first: never linked to it
  ];
  const links = linkParties(parties, { nameBirthDate: false });
  assert.deepEqual(bases(links), [
    ['un:QDi.400', 'ofac-sdn:21266', 'document'],
    ['un:QDi.401', 'ofac-sdn:21266', 'document'],
  ]);
  const first = links[0]!;
  assert.ok(first.basis === 'document');
  assert.equal(first.documentKey, '654781');
  assert.equal(first.documentA.number, 'Jordan 654781');
  assert.equal(first.summary, 'OFAC SDN 21266 shares passport 654781 with UN QDi.400');
});

test('registration numbers link organisations, not persons', () => {
  const reg = (number: string): IdentityDocument => ({ kind: 'other', type: 'Registration Number', number });
  const orgs = linkParties([party('ofac-sdn', '1', { kind: 'organization', docs: [reg('HRB 26136')] }), party('eu', 'E', { kind: 'organization', docs: [reg('HRB26136')] })], { nameBirthDate: false });
  assert.equal(orgs.length, 1);
  const persons = linkParties([party('ofac-sdn', '1', { docs: [reg('HRB 26136')] }), party('eu', 'E', { docs: [reg('HRB26136')] })], { nameBirthDate: false });
  assert.equal(persons.length, 0);
});

test('documentKey: country words and punctuation go, series letters stay, short numbers give no key', () => {
  assert.equal(documentKey('Jordan 654781'), '654781');
  assert.equal(documentKey('Saudi Arabia E 704088'), 'E704088');
  assert.equal(documentKey('D 000763'), 'D000763');
  assert.equal(documentKey('d.n.i. 16.282.556'), '16282556');
  assert.equal(documentKey('12345'), undefined);
  assert.equal(documentKey('ABCDEF1'), undefined, 'one digit is not a number');
  assert.equal(documentKey(undefined), undefined);
});

test('birth dates agree on overlapping years and on the precision both give', () => {
  const exact = (date: string): BirthDate => ({ kind: 'exact', date });
  assert.deepEqual(agreeingBirthDates([exact('1974')], [exact('1974-05-02')]), ['1974', '1974-05-02']);
  assert.deepEqual(agreeingBirthDates([exact('1971-04')], [exact('1971-04-11')]), ['1971-04', '1971-04-11']);
  assert.equal(agreeingBirthDates([exact('1971-04-11')], [exact('1971-05-02')]), undefined);
  assert.equal(agreeingBirthDates([exact('1970')], [exact('1971')]), undefined);
  assert.deepEqual(agreeingBirthDates([exact('1960'), exact('1963-04-11')], [{ kind: 'between', from: '1962', to: '1964' }]), ['1963-04-11', '1962 to 1964']);
  assert.deepEqual(agreeingBirthDates([{ kind: 'approximately', date: '1968' }], [exact('1968-07-01')]), ['about 1968', '1968-07-01']);
});

test('strong names with agreeing birth dates link; either alone does not', () => {
  const born1974: BirthDate[] = [{ kind: 'exact', date: '1974' }];
  const parties = [
    party('un', 'QDi.400', { names: ['IYAD NAZMI SALIH KHALIL', 'Abu-Julaybib al-Urduni'], born: born1974 }),
    party('ofac-sdn', '21266', { names: ['KHALIL, Iyad Nazmi Salih'], born: [{ kind: 'between', from: '1974-01-01', to: '1974-12-31' }] }),
    party('uk-hmt', '1', { names: ['Iyad Nazmi Salih KHALIL'], born: [{ kind: 'exact', date: '1980' }] }), // other birth date
    party('eu', 'EU.1', { names: ['Mohammed Salahaldin Zidane'], born: born1974 }), // other name
  ];
  const links = linkParties(parties);
  assert.deepEqual(bases(links), [['un:QDi.400', 'ofac-sdn:21266', 'name-birthdate']]);
  const link = links[0]!;
  assert.ok(link.basis === 'name-birthdate');
  assert.ok(link.nameScore >= 0.9, String(link.nameScore));
  assert.equal(link.birthDateA, '1974');
  assert.equal(link.birthDateB, '1974-01-01 to 1974-12-31');
  assert.equal(link.summary, `OFAC SDN 21266 matches UN QDi.400 on name and birth date: "${link.nameB}" / "${link.nameA}" (name score ${link.nameScore.toFixed(2)}), born 1974-01-01 to 1974-12-31 / 1974`);
  assert.doesNotMatch(link.summary, /ofac-sdn:|un:/);
});

test('a weaker link that contradicts a valid citation is not made, and is reported', () => {
  const parties = [
    party('un', 'QDi.001'),
    party('un', 'QDi.002', { docs: [passport('A1234567')] }),
    party('uk-hmt', '9', { cites: ['QDi.001'], docs: [passport('A1234567')] }),
  ];
  const report = findLinks(parties, { nameBirthDate: false });
  assert.deepEqual(bases(report.links), [['un:QDi.001', 'uk-hmt:9', 'un-reference']]);
  assert.deepEqual(report.problems.map((p) => [p.kind, p.party]), [['contradicts-reference', 'uk-hmt:9']]);
});

test('groups: every party linked to another shares one group id, the smallest id; one-list groups are reported', () => {
  const link = (a: string, b: string): PartyLink => ({ a, b, basis: 'un-reference', reference: 'x', summary: '' });
  const groups = linkGroups([link('un:QDi.001', 'uk-hmt:7'), link('ofac-sdn:3', 'uk-hmt:7'), link('un:QDi.002', 'eu:E')]);
  assert.deepEqual(Object.fromEntries(groups), {
    'un:QDi.001': 'ofac-sdn:3',
    'uk-hmt:7': 'ofac-sdn:3',
    'ofac-sdn:3': 'ofac-sdn:3',
    'un:QDi.002': 'eu:E',
    'eu:E': 'eu:E',
  });
  assert.deepEqual(Object.fromEntries(groupMembers(groups)), { 'eu:E': ['eu:E', 'un:QDi.002'], 'ofac-sdn:3': ['ofac-sdn:3', 'uk-hmt:7', 'un:QDi.001'] });
  // Order of links does not change the groups.
  assert.deepEqual(linkGroups([link('un:QDi.002', 'eu:E'), link('ofac-sdn:3', 'uk-hmt:7'), link('un:QDi.001', 'uk-hmt:7')]), groups);

  const spanning = findLinks([party('un', 'QDi.1', { docs: [passport('P998877')] }), party('uk-hmt', '1', { docs: [passport('P998877'), passport('Q112233')] }), party('un', 'QDi.2', { docs: [passport('Q112233')] })], { nameBirthDate: false });
  assert.deepEqual(spanning.problems.map((p) => p.kind), ['group-spans-one-list']);
  assert.match(spanning.problems[0]!.message, /join 2 parties of un \(un:QDi\.1, un:QDi\.2\)/);
});

test('real files: UN 2018 and the UK ConList 2018, ISIL/Al-Qaida parties', async () => {
  const un = (await readUnXml({ path: UN_2018 })).parties.filter((p) => p.referenceNumber.startsWith('QD'));
  const uk = readUkHmtCsv(readFileSync(join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv')), 'uk.csv').parties.filter(
    (p) => p.listType === "The ISIL (Da'esh) and Al-Qaida organisations",
  );
  const report = findLinks([...un, ...uk]);
  const between = (a: string, b: string) => report.links.filter((l) => l.a === a && l.b === b).map((l) => l.basis).sort();
  // QDi.400 (SOURCES.md sample): the UK cites it, and lists both its Jordanian passports.
  assert.deepEqual(between('un:QDi.400', 'uk-hmt:13447'), ['document', 'document', 'name-birthdate', 'un-reference']);
  // Group 13188 cites "QE.A.146.14", the old form of QDe.146.
  assert.deepEqual(between('un:QDe.146', 'uk-hmt:13188'), ['un-reference']);
  // Group 13349, a person citing the entity QDe.004: refused and reported; its passport 592667
  // and its name and birth years (1980, 1981) still find the UN individual QDi.390, NAYEF SALAM
  // MUHAMMAD UJAYM AL-HABABI, "Qatari passport number 592667", born 1981 or about 1980.
  assert.ok(report.problems.some((p) => p.kind === 'kind-mismatch' && p.party === 'uk-hmt:13349' && p.reference === 'QDe.004'));
  assert.ok(!report.links.some((l) => l.b === 'uk-hmt:13349' && l.basis === 'un-reference'));
  assert.deepEqual(between('un:QDi.390', 'uk-hmt:13349'), ['document', 'name-birthdate']);
});

test('a country written in the number field counts; "No." is not Norway', () => {
  const a = party('un', 'QDi.9', { docs: [passport('No. 7654321')] });
  const b = party('ofac-sdn', '9', { docs: [passport('7654321', 'Iraq')] });
  assert.equal(linkParties([a, b], { nameBirthDate: false }).length, 1);
  const c = party('un', 'QDi.8', { docs: [passport('Qatari passport number 592667')] });
  const d = party('ofac-sdn', '8', { docs: [passport('592667', 'Yemen')] });
  assert.equal(linkParties([c, d], { nameBirthDate: false }).length, 0);
});

test('a number field written with words links by its number, as screening compares it', () => {
  assert.equal(documentKey('381110042 (Expired 25 Jan. 2016)'), '381110042');
  assert.equal(documentKey('Russian passport number 8208 No. 555627'), '8208555627');
  assert.equal(documentKey('Qatari passport number 00868774'), '00868774');
  assert.equal(documentKey('OR 1961825'), 'OR1961825');
});

test("a register's three capitals before the number are the number's", () => {
  assert.equal(documentKey('HRB 26136'), 'HRB26136');
  assert.equal(documentKey('SSN 156-92-9858'), 'SSN156929858');
});
