import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryFacts } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';

describe('queryFacts', () => {
  it('gives a name-only query empty facts, one frozen object shared by every such query', () => {
    const a = queryFacts(parseQuery({ name: 'Abu Bakr' }));
    const b = queryFacts(parseQuery({ name: 'Other Name', address: 'Main Street 1' }));
    assert.deepEqual(a, { facts: { birthDates: [], nationalities: [], countries: [], genders: [], documents: [], imoNumbers: [] }, queryCountries: [] });
    assert.equal(a, b);
    assert.ok(Object.isFrozen(a.facts) && Object.isFrozen(a.facts.countries) && Object.isFrozen(a.queryCountries));
    const countries: string[] = b.facts.countries;
    assert.throws(() => countries.push('IQ'));
  });

  it('still reads each fact when a query gives any one of them', () => {
    const cases: [Record<string, string>, (f: ReturnType<typeof queryFacts>) => unknown, unknown][] = [
      [{ birthDate: '1971' }, (f) => f.facts.birthDates, [{ kind: 'exact', date: '1971' }]],
      [{ nationality: 'iq' }, (f) => [f.facts.nationalities, f.facts.countries], [['IQ'], ['IQ']]],
      [{ country: 'sy' }, (f) => [f.facts.countries, f.queryCountries], [['SY'], ['SY']]],
      [{ gender: 'female' }, (f) => f.facts.genders, ['female']],
      [{ passportNumber: 'A123456' }, (f) => f.facts.documents.length, 1],
      [{ idNumber: '7710012345' }, (f) => f.facts.documents.length, 1],
      [{ imoNumber: 'IMO 9176187' }, (f) => f.facts.imoNumbers, ['9176187']],
      // An address naming a country is a country of the party (read and unused up to 1.63.0).
      [{ address: '12 Rashid Street, Baghdad, Iraq' }, (f) => [f.facts.countries, f.queryCountries], [['IQ'], ['IQ']]],
      [{ address: 'شارع الرشيد، بغداد، العراق' }, (f) => f.queryCountries, ['IQ']],
      [{ address: 'ул. Ленина 5\nМахачкала\nРоссия' }, (f) => f.queryCountries, ['RU']],
    ];
    for (const [fields, read, expected] of cases) {
      const f = queryFacts(parseQuery({ name: 'Abu Bakr', ...fields }));
      assert.deepEqual(read(f), expected, JSON.stringify(fields));
      assert.ok(!Object.isFrozen(f.facts), JSON.stringify(fields));
    }
  });

  it('reads a gender in the languages records and customers write it, and nothing else as one', () => {
    const cases: [string, string | undefined][] = [
      ['Male', 'male'], ['F', 'female'], ['féminin', 'female'], ['Männlich', 'male'], ['weiblich', 'female'], ['Varón', 'male'],
      ['Femenino', 'female'], ['мужчина', 'male'], ['Ж', 'female'], ['М.', 'male'], ['أنثى', 'female'], ['امرأة', 'female'], ['ذكر', 'male'],
      ['other', undefined], ['x', undefined], ['unknown', undefined],
    ];
    for (const [text, gender] of cases) assert.deepEqual(queryFacts(parseQuery({ name: 'Abu Bakr', gender: text })).facts.genders, gender ? [gender] : [], text);
  });
});
