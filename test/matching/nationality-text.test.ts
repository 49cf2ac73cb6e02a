import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it, test } from 'node:test';
import { readListBytes } from '../../src/lists/read.js';
import { ALPHA3 } from '../../src/matching/alpha3-codes.js';
import { fieldCodes } from '../../src/matching/nationality-text.js';
import { partyCountries, queryFacts } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { SANCTIONS } from '../helpers/paths.js';
import { unEngine, unParties } from './helpers.js';

/** The fifteen states that succeeded the Soviet Union. */
const SOVIET = 'RU UA BY MD LT LV EE GE AM AZ KZ UZ TM KG TJ';
/** The 27 members of the European Union. */
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

describe('nationality and country fields as lists and customers write them', () => {
  const cases: [string, string][] = [
    // The UK list's nationality texts (HM Treasury consolidated list, 2018-04-13).
    ['Saudi Arabian', 'SA'], ['Congolese', 'CD CG'], ['DRC', 'CD'], ['DPRK', 'KP'], ['Rwandan', 'RW'], ['Burundian', 'BI'],
    ['Ugandan', 'UG'], ['Senegalese', 'SN'], ['(1) Somali (2) Swedish', 'SO SE'], ['a) Syrian Arab Republic b) State of Palestine', 'SY PS'],
    ['a) French, b) Tunisian', 'FR TN'], ['(a) Jordanian (b) American', 'JO US'], ['Kuwaiti citizenship withdrawn in 2002', 'KW'],
    ['Bahrain (citizenship revoked in January 2015)', 'BH'], ['Iranian (Iranian citizenship)', 'IR'], ['Sudanese by birth', 'SD'],
    ['DRC and Belgian nationalities', 'CD BE'], ['Possibly Ethiopian', 'ET'], ['United States of America. Also believed to hold Syrian nationality', 'US SY'],
    ['Indonesian (as at December 2003)', 'ID'], ['Trinidad and Tobago', 'TT'], ['Bosnia and Herzegovina', 'BA'],
    // OFAC's inverted names, and a vessel's flag as its reader leaves it.
    ['Korea, North', 'KP'], ['Korea, South', 'KR'], ['Congo, Democratic Republic of the', 'CD'], ['Saint Kitts and Nevis', 'KN'],
    ['Hong Kong', 'HK'], ['of Registration Man, Isle of', 'IM'], ['of Registration Virgin Islands, British', 'VG'], ['Region: Gaza', 'PS'],
    // Alpha-3 and passport codes.
    ['IRQ', 'IQ'], ['SYR', 'SY'], ['BFA', 'BF'], ['SSD', 'SS'], ['CIV', 'CI'], ['D', 'DE'], ['GBD', 'GB'], ['RKS', 'XK'],
    // Nationality words: English, Arabic nisba (masculine, feminine, with the article), Russian, French, German, Spanish.
    ['Trinidadian', 'TT'], ['Maldivian', 'MV'], ['Tanzanian', 'TZ'], ['Cameroonian', 'CM'], ['Nepalese', 'NP'], ['Hungarian', 'HU'],
    ['Mexican', 'MX'], ['Nigerian', 'NG'], ['Nigerien', 'NE'], ['South Sudanese', 'SS'], ['Sudanese', 'SD'], ['Korean', 'KP KR'],
    ['عراقي', 'IQ'], ['عراقية', 'IQ'], ['سورية', 'SY'], ['يمني', 'YE'], ['مصرية', 'EG'], ['سوداني', 'SD'], ['السعودية', 'SA'], ['سعودي', 'SA'],
    ['российский', 'RU'], ['сирийский', 'SY'], ['иракская', 'IQ'], ['афганский', 'AF'], ['гражданин России', 'RU'], ['гражданка Сирии', 'SY'],
    ['irakien', 'IQ'], ['algérienne', 'DZ'], ['tunisien', 'TN'], ['marocaine', 'MA'], ['pakistanais', 'PK'], ['syrisch', 'SY'], ['irakisch', 'IQ'],
    ['afghanisch', 'AF'], ['iraquí', 'IQ'], ['sirio', 'SY'],
    // Former and constituent countries' names (the UK list's "Afgan"), and states that split, as
    // their successors unless a present country is named beside them (UK 2018, UN 2026, OFAC 2024).
    ['Afgan', 'AF'], ['Persia', 'IR'], ['Zaire', 'CD'], ['Ceylon', 'LK'], ['Scotland', 'GB'], ['Northern Ireland', 'GB'],
    ['USSR (until 19', SOVIET], ['former Soviet Union', SOVIET], ['СССР', SOVIET], ['الاتحاد السوفيتي', SOVIET], ['Soviet', SOVIET],
    ['ex-Yugoslavia', 'RS ME HR SI BA MK XK'], ['Czechoslovakia', 'CZ SK'],
    ['(1) Russian (2) USSR (until 1991)', 'RU'], ['Ukrainian USSR', 'UA'], ['(1) Tunisia  (2) former Yugoslavia', 'TN'],
    // The European Union as its members (1.155.0), and a code in capitals inside a text in mixed case (the UK's 12206).
    ['EU', EU], ['European Union', EU], ['EU citizen', EU], ['Union européenne', EU], ['ЕС', EU], ['French (EU)', 'FR'],
    ['Iranian national and US national/citizen', 'IR US'], ['born in Iraq, lives in US', 'IQ US'], ['BORN IN IRAQ', 'IQ'],
    ['Kuwait (residence as at Mar 2009) (UN address)', 'KW'],
    // ISO 3166-1 numeric codes, as Russian banks' records give a nationality (ОКСМ), withdrawn ones too (1.156.0).
    ['643', 'RU'], ['368', 'IQ'], ['760', 'SY'], [' 887 ', 'YE'], ['720', 'YE'], ['004', 'AF'], ['810', SOVIET], ['200', 'CZ SK'], ['891', 'RS ME'],
  ];
  for (const [text, codes] of cases) it(`${text} -> ${codes}`, () => assert.deepEqual([...fieldCodes(text)].sort(), codes.split(' ').sort()));

  // Words that say something of a person but name no country: no evidence, for or against.
  for (const text of ['Arab', 'Arabic', 'arabisch', 'Muslim', 'Kurdish', 'Pashtun', 'stateless', 'unknown', 'refugee', 'national', 'Caucasian', 'African', 'FRY', 'former', 'UN', 'United Nations', 'Eurozone', 'unknown region', 'ZZ', '001', '419', '999', '123', '6430']) {
    it(`${text} names no country`, () => assert.deepEqual(fieldCodes(text), []));
  }

  it('reads a field of a megabyte by its first words only, and an address by its end', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    assert.deepEqual(fieldCodes(`Syrian ${words(100000)}`), ['SY']);
    assert.deepEqual(fieldCodes(`${words(100000)} Syrian`), []);
    assert.deepEqual(queryFacts({ ...parseQuery({ name: 'Abu Bakr' }), address: [`${words(100000)}, Baghdad, Iraq`] }).queryCountries, ['IQ']);
  });

  it('the alpha-3 table holds each ISO code once, each to a region ICU names', () => {
    const iso = [...ALPHA3].filter(([a3]) => a3.length === 3 && !['gbd', 'gbn', 'gbo', 'gbp', 'gbs', 'rks', 'xkx'].includes(a3));
    assert.equal(iso.length, 249);
    assert.equal(new Set(iso.map(([, a2]) => a2)).size, 249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const [a3, a2] of ALPHA3) assert.ok(names.of(a2) !== undefined && names.of(a2) !== a2, `${a3} -> ${a2}`);
  });
});

test("a record's nationality reads as the list writes it", async () => {
  const name = 'uk-hmt-conlist-2018-04-13.csv';
  const { parties } = await readListBytes(await readFile(join(SANCTIONS, name)), name);
  const byText = (text: string) => parties.find((p) => p.nationalities.includes(text));
  const somaliSwede = byText('Swedish') ?? byText('(1) Somali (2) Swedish');
  assert.ok(somaliSwede, 'a UK record with a Swedish nationality');
  assert.ok(partyCountries(somaliSwede).nationalities.includes('SE'));
  const congolese = byText('Congolese');
  assert.ok(congolese);
  assert.deepEqual(partyCountries(congolese).nationalities.sort(), ['CD', 'CG']);
  // The UN's "na" (not available), on SDi.001, is no nationality, not Namibia's code.
  const sudan = (await unParties()).find((p) => p.referenceNumber === 'SDi.001');
  assert.ok(sudan?.nationalities.includes('na'));
  if (sudan === undefined) return;
  assert.deepEqual(partyCountries(sudan).nationalities, []);
  // QDi.290's nationalities "Russian Federation" and "former Soviet Union": Russian now, not any of
  // the fifteen successors; a record of "USSR" alone names the fifteen.
  const umarov = (await unParties()).find((p) => p.referenceNumber === 'QDi.290');
  assert.ok(umarov?.nationalities.includes('former Soviet Union'));
  if (umarov === undefined) return;
  assert.deepEqual(partyCountries(umarov).nationalities, ['RU']);
  assert.deepEqual(partyCountries({ ...umarov, nationalities: ['USSR'] }).nationalities.sort(), SOVIET.split(' ').sort());
});

test('a nationality word in the query meets the country the record names, and counts against another', async () => {
  const engine = await unEngine();
  // QDi.003 SALIM AHMAD SALIM HAMDAN, nationality Yemen on the UN list.
  const nationality = (n: string) =>
    engine.screen(parseQuery({ schema: 'Person', name: 'Salim Ahmad Salim Hamdan', nationality: n }), { limit: 1 })[0]?.explanation.evidence.find((e) => e.kind === 'nationality')?.sign;
  for (const n of ['887', 'YEM', 'yemenite', 'يمني', 'йеменский', 'гражданин Йемена', '(1) Yemeni (2) Saudi Arabian']) assert.equal(nationality(n), '+', n);
  for (const n of ['Tunisian', 'تونسي', 'SAU']) assert.equal(nationality(n), '-', n);
  assert.equal(nationality('Muslim'), undefined);
  // Up to 1.154.0 "European Union" and "UN" read as ICU regions no record holds: against every record.
  assert.equal(nationality('European Union'), '-');
  for (const n of ['UN', 'unknown region']) assert.equal(nationality(n), undefined, n);
  // Nor an address ending in them (1.161.0; 0.9326 up to 1.160.0, the -0.2 of another country).
  const withAddress = (address: string) => engine.screen(parseQuery({ schema: 'Person', name: 'Salim Ahmad Salim Hamdan', address }), { limit: 1 })[0]?.explanation.evidence.find((e) => e.kind === 'country');
  for (const a of ['1 United Nations Plaza, New York, UN', 'Rue de la Loi 200, Brussels, European Union']) assert.equal(withAddress(a), undefined, a);
  assert.equal(withAddress('Rue de la Loi 200, Brussels, Belgium')?.sign, '-');
  // QDi.340 EMILIE EDWIGE KONIG, nationality France: an EU citizen may be she.
  const konig = engine.screen(parseQuery({ schema: 'Person', name: 'Emilie Edwige Konig', nationality: 'EU' }), { limit: 1 })[0];
  assert.equal(konig?.referenceNumber, 'QDi.340');
  assert.equal(konig?.explanation.evidence.find((e) => e.kind === 'nationality')?.sign, '+');
});
