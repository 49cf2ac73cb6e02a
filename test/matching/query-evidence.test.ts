import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { emptyParty } from '../../src/lists/model.js';
import { countryCode } from '../../src/matching/countries.js';
import { compareBirthDate } from '../../src/matching/evidence.js';
import { QueryError, parseQuery, partyToQuery } from '../../src/matching/query.js';
import { unEngine } from './helpers.js';

describe('parseQuery', () => {
  it('accepts strings or arrays and defaults the schema to LegalEntity', () => {
    const q = parseQuery({ id: 'q1', name: 'Abu Bakr', birthDate: ['1971', '1971-04'], nationality: 'iq' });
    assert.equal(q.schema, 'LegalEntity');
    assert.deepEqual(q.name, ['Abu Bakr']);
    assert.deepEqual(q.birthDate, ['1971', '1971-04']);
    assert.deepEqual(q.passportNumber, []);
  });
  const bad: [string, unknown, string][] = [
    ['bad birth date', { name: 'x', birthDate: '1971-13-01' }, 'birthDate'],
    ['birth date format', { name: 'x', birthDate: '01/02/1971' }, 'birthDate'],
    ['unknown schema', { name: 'x', schema: 'Human' }, 'schema'],
    ['no name and no identifier', { birthDate: '1971' }, 'name'],
    ['non-string value', { name: ['x', 3] }, 'name'],
    ['property typo', { name: 'x', birthdate: '1971' }, 'birthdate'],
    ['an identifier over 10,000 characters', { name: 'x', idNumber: 'A'.repeat(10_001) }, 'idNumber'],
    ['an address over 10,000 characters', { name: 'x', address: ['Raqqa', 'street '.repeat(1_500)] }, 'address'],
  ];
  for (const [label, raw, field] of bad) {
    it(`rejects ${label}, naming the field`, () => {
      assert.throws(() => parseQuery(raw, 'line 3'), (err: unknown) => err instanceof QueryError && err.field === field && err.message.startsWith('line 3: '));
    });
  }
  it('quotes a refused value by its first 40 characters, not whole', () => {
    for (const raw of [{ name: 'x', birthDate: `19${'7'.repeat(8_998)}` }, { name: 'x', schema: 'P'.repeat(9_000) }]) {
      assert.throws(
        () => parseQuery(raw),
        (err: unknown) => err instanceof QueryError && err.message.length < 200 && err.message.includes('(9,002 characters)'),
      );
    }
  });
  it('keeps a value of 10,000 characters', () => assert.equal(parseQuery({ name: 'x', address: 'a'.repeat(10_000) }).address[0]!.length, 10_000));
  it('accepts an identifier-only query', () => assert.deepEqual(parseQuery({ passportNumber: 'A123456' }).passportNumber, ['A123456']));
  it('turns a listed party into a query, keeping ranges as their end years', () => {
    const p = emptyParty('un', 'QDi.1', 'person');
    p.names = [{ type: 'primary', full: 'A B', quality: 'good' }];
    p.birthDates = [{ kind: 'between', from: '1970', to: '1972' }, { kind: 'exact', date: '1965-03-01' }];
    p.documents = [{ kind: 'passport', type: 'Passport', number: 'P1' }];
    const q = partyToQuery(p);
    assert.equal(q.schema, 'Person');
    assert.deepEqual(q.birthDate, ['1970', '1972', '1965-03-01']);
    assert.deepEqual(q.passportNumber, ['P1']);
  });
});

describe('birth dates', () => {
  const cases: [string, Parameters<typeof compareBirthDate>[1], '+' | '-' | '0'][] = [
    ['1971-05-03', { kind: 'exact', date: '1971' }, '+'], // a year-only date is a year, not 1 January
    ['1971', { kind: 'exact', date: '1971-12-31' }, '+'],
    ['1971-05-03', { kind: 'exact', date: '1971-05-03' }, '+'],
    ['1971-05-03', { kind: 'exact', date: '1971-06-03' }, '-'],
    ['1980', { kind: 'exact', date: '1971' }, '-'],
    ['1973', { kind: 'approximately', date: '1975' }, '+'],
    ['1990', { kind: 'approximately', date: '1975' }, '-'],
    ['1971', { kind: 'between', from: '1970', to: '1972' }, '+'],
    ['1973', { kind: 'between', from: '1970', to: '1972' }, '0'],
    ['1960', { kind: 'between', from: '1970', to: '1972' }, '-'],
  ];
  for (const [qd, listed, sign] of cases) {
    it(`${qd} vs ${JSON.stringify(listed)}: ${sign}`, () => {
      const r = compareBirthDate(qd, listed);
      assert.ok(r);
      assert.equal(r.weight > 0 ? '+' : r.weight < 0 ? '-' : '0', sign, r.outcome);
    });
  }
  it('same day outweighs same year', () => {
    assert.ok((compareBirthDate('1971-05-03', { kind: 'exact', date: '1971-05-03' })?.weight ?? 0) > (compareBirthDate('1971-05-03', { kind: 'exact', date: '1971' })?.weight ?? 0));
  });
});

describe('countries in several languages', () => {
  const cases: [string, string][] = [
    ['iq', 'IQ'], ['IRQ', 'IQ'], ['Iraq', 'IQ'], ['Irak', 'IQ'], ['العراق', 'IQ'], ['Ирак', 'IQ'], ['Iraqi', 'IQ'],
    ['Syrian Arab Republic', 'SY'], ['Iran (Islamic Republic of)', 'IR'], ['Russian Federation', 'RU'], ['Россия', 'RU'],
    ['Algérie', 'DZ'], ['Baghdad, Iraq', 'IQ'],
    // With the article, as customers' records write them (since 1.147.0).
    ['The Netherlands', 'NL'], ['the Gambia', 'GM'], ['The United States', 'US'], ['Amsterdam, the Netherlands', 'NL'],
    // A country's name reads as its current code, as its code and demonym do (since 1.148.0; up to
    // 1.147.0 Yemen read as YD, Germany as DD, Myanmar as BU, Serbia as CS, the withdrawn codes).
    ['Yemen', 'YE'], ['ye', 'YE'], ['Yemeni', 'YE'], ['اليمن', 'YE'], ['Йемен', 'YE'], ['Germany', 'DE'], ['Deutschland', 'DE'],
    ['Германия', 'DE'], ['German', 'DE'], ['Myanmar', 'MM'], ['Burma', 'MM'], ['Serbia', 'RS'], ['Vietnam', 'VN'], ['Zimbabwe', 'ZW'],
    ['Benin', 'BJ'], ['Vanuatu', 'VU'],
    // A withdrawn code reads as the one that replaced it.
    ['YD', 'YE'], ['DD', 'DE'], ['SU', 'RU'], ['YU', 'RS'],
  ];
  for (const [text, code] of cases) it(`${text} -> ${code}`, () => assert.equal(countryCode(text), code));
  it('unknown text gives undefined', () => assert.equal(countryCode('Atlantis'), undefined));
});

test("a query's nationality as an ISO code meets the record's country name (Yemen, ye)", async () => {
  const engine = await unEngine();
  // QDi.003 SALIM AHMAD SALIM HAMDAN, nationality Yemen on the UN list.
  const nationality = (n: string) =>
    engine.screen(parseQuery({ schema: 'Person', name: 'Salim Ahmad Salim Hamdan', nationality: n }), { limit: 1 })[0]?.explanation.evidence.find((e) => e.kind === 'nationality');
  for (const n of ['ye', 'YEM', 'Yemen', 'Yemeni']) assert.deepEqual([n, nationality(n)?.sign], [n, '+']);
  assert.equal(nationality('de')?.sign, '-');
});

test('a passport number typed with Arabic-Indic digits or Cyrillic capitals meets the listed one (since 1.152.0)', async () => {
  const engine = await unEngine();
  // CDi.040 AHMAD MAHMOOD HASSAN, passport AB850901 on the UN list.
  const document = (passportNumber: string) =>
    engine.screen(parseQuery({ schema: 'Person', name: 'Ahmad Mahmood Hassan', passportNumber }), { limit: 1 })[0]?.explanation.evidence.find((e) => e.kind === 'document');
  for (const n of ['AB850901', 'AB ٨٥٠٩٠١', 'AB ۸۵۰۹۰۱', '\u0410\u0412 850901']) assert.equal(document(n)?.sign, '+', n);
  assert.equal(document('AB850902')?.sign, '-');
});

test("a query's address counts as a country connected with it, for or against a record", async () => {
  const engine = await unEngine();
  const evidence = (address: string) =>
    engine.screen(parseQuery({ schema: 'Person', name: 'Abu Bakr al-Baghdadi', address }), { limit: 1 })[0]?.explanation.evidence.find((e) => e.kind === 'country');
  const iraq = evidence('Al-Rashid Street, Baghdad, Iraq');
  assert.deepEqual([iraq?.outcome, iraq?.sign], ['country connected with the record', '+']);
  const norway = evidence('Storgata 1, 0155 Oslo, Norway');
  assert.deepEqual([norway?.outcome, norway?.sign], ['no country in common', '-']);
  // An address naming no country says nothing.
  assert.equal(evidence('Main Street 1'), undefined);
});
