/**
 * Names of groups of countries a nationality or country field may give instead of one country.
 *
 * States that split, named as lists wrote them when the person was born or listed: the UK list's
 * "USSR" (7 records) and "(1) Russian (2) USSR (until 1991)", the UN's "former Soviet Union" and
 * "former Yugoslavia", OFAC's "ex-Yugoslavia" (../shared/data/sanctions). Up to engine 1.153.0
 * these named no country, so they were no evidence for or against (since 1.154.0). And the
 * European Union, as customers write an EU citizen's nationality: up to 1.154.0 "EU" and "European
 * Union" read as ICU's region EU, which no record holds, so they counted against every record,
 * a listed Frenchman's too (since 1.155.0).
 *
 * A group names each of its states (the fifteen that succeeded the Soviet Union, the seven of
 * Yugoslavia with Kosovo, the two of Czechoslovakia, the 27 members of the EU): a nationality of
 * one of them is evidence for, a nationality of none evidence against, as an ambiguous nationality
 * word is (demonyms.ts: Congolese, Korean). A field that names a country as well ("(1) Russian (2)
 * USSR (until 1991)", "Ukrainian USSR", "French (EU)") is read by that country alone
 * (nationality-text.ts): the group there says where the person was born, or what the country
 * belongs to, not a wider choice of nationality.
 *
 * Successor states as the UN records them (the UN's member states' admissions, 1991-2006); the
 * EU's members since 1 February 2020 (the United Kingdom's withdrawal). Names written in English,
 * Russian, Arabic, French and German for this project.
 */
import { normaliseText } from '../names/normalise.js';

const SOVIET = 'RU UA BY MD LT LV EE GE AM AZ KZ UZ TM KG TJ';
const YUGOSLAV = 'RS ME HR SI BA MK XK';
const CZECHOSLOVAK = 'CZ SK';
const EUROPEAN_UNION = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

const WRITTEN: Record<string, string> = {
  ussr: SOVIET, 'soviet union': SOVIET, soviet: SOVIET, 'union of soviet socialist republics': SOVIET,
  'soviet socialist republics': SOVIET, 'ссср': SOVIET, 'советский союз': SOVIET, 'союз советских социалистических республик': SOVIET,
  'الاتحاد السوفيتي': SOVIET, 'الاتحاد السوفياتي': SOVIET, 'urss': SOVIET, sowjetunion: SOVIET, udssr: SOVIET,
  yugoslavia: YUGOSLAV, yugoslav: YUGOSLAV, jugoslavia: YUGOSLAV, sfry: YUGOSLAV,
  'socialist federal republic of yugoslavia': YUGOSLAV, 'federal republic of yugoslavia': YUGOSLAV, 'югославия': YUGOSLAV,
  'يوغوسلافيا': YUGOSLAV, yougoslavie: YUGOSLAV, jugoslawien: YUGOSLAV,
  czechoslovakia: CZECHOSLOVAK, czechoslovak: CZECHOSLOVAK, 'чехословакия': CZECHOSLOVAK, tchécoslovaquie: CZECHOSLOVAK,
  tschechoslowakei: CZECHOSLOVAK,
  // The ISO 3166-1 numeric codes of the three (withdrawn 1992-2003), as Russian classifiers kept
  // them, and of Serbia and Montenegro (891, withdrawn 2006).
  '810': SOVIET, '890': YUGOSLAV, '200': CZECHOSLOVAK, '891': 'RS ME',
  eu: EUROPEAN_UNION, 'european union': EUROPEAN_UNION, 'eu citizen': EUROPEAN_UNION, 'eu national': EUROPEAN_UNION,
  'union européenne': EUROPEAN_UNION, ue: EUROPEAN_UNION, 'europäische union': EUROPEAN_UNION, 'европейский союз': EUROPEAN_UNION,
  'ес': EUROPEAN_UNION, 'الاتحاد الأوروبي': EUROPEAN_UNION, 'الاتحاد الاوروبي': EUROPEAN_UNION,
};

let table: Map<string, readonly string[]> | undefined;

/** The states of a group named by `key` (as normaliseText leaves it), or undefined. */
export function countryGroupCodes(key: string): readonly string[] | undefined {
  table ??= new Map(Object.entries(WRITTEN).map(([name, codes]) => [normaliseText(name), codes.split(' ')]));
  return table.get(key);
}
