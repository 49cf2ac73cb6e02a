/**
 * States that split, named in nationality fields as lists wrote them when the person was born or
 * listed: the UK list's "USSR" (7 records) and "(1) Russian (2) USSR (until 1991)", the UN's
 * "former Soviet Union" and "former Yugoslavia", OFAC's "ex-Yugoslavia" (../shared/data/sanctions).
 * Up to engine 1.153.0 these named no country, so they were no evidence for or against.
 *
 * A former state names each of the states that succeeded it (the fifteen of the Soviet Union, the
 * seven of Yugoslavia with Kosovo, the two of Czechoslovakia): a nationality of one of them is
 * evidence for, a nationality of none evidence against, as an ambiguous nationality word is
 * (demonyms.ts: Congolese, Korean). A field that names a present country as well ("(1) Russian
 * (2) USSR (until 1991)", "Ukrainian USSR", "(1) Tunisia (2) former Yugoslavia") is read by that
 * country alone (nationality-text.ts): the former state there says where the person was born, not a
 * wider choice of nationality.
 *
 * Successor states as the UN records them (the UN's member states' admissions, 1991-2006); names
 * written in English, Russian and Arabic for this project.
 */
import { normaliseText } from '../names/normalise.js';

const SOVIET = 'RU UA BY MD LT LV EE GE AM AZ KZ UZ TM KG TJ';
const YUGOSLAV = 'RS ME HR SI BA MK XK';
const CZECHOSLOVAK = 'CZ SK';

const WRITTEN: Record<string, string> = {
  ussr: SOVIET, 'soviet union': SOVIET, soviet: SOVIET, 'union of soviet socialist republics': SOVIET,
  'soviet socialist republics': SOVIET, 'ссср': SOVIET, 'советский союз': SOVIET, 'союз советских социалистических республик': SOVIET,
  'الاتحاد السوفيتي': SOVIET, 'الاتحاد السوفياتي': SOVIET, 'urss': SOVIET, sowjetunion: SOVIET, udssr: SOVIET,
  yugoslavia: YUGOSLAV, yugoslav: YUGOSLAV, jugoslavia: YUGOSLAV, sfry: YUGOSLAV,
  'socialist federal republic of yugoslavia': YUGOSLAV, 'federal republic of yugoslavia': YUGOSLAV, 'югославия': YUGOSLAV,
  'يوغوسلافيا': YUGOSLAV, yougoslavie: YUGOSLAV, jugoslawien: YUGOSLAV,
  czechoslovakia: CZECHOSLOVAK, czechoslovak: CZECHOSLOVAK, 'чехословакия': CZECHOSLOVAK, tchécoslovaquie: CZECHOSLOVAK,
  tschechoslowakei: CZECHOSLOVAK,
};

let table: Map<string, readonly string[]> | undefined;

/** The successor states of a former state named by `key` (as normaliseText leaves it), or undefined. */
export function formerStateCodes(key: string): readonly string[] | undefined {
  table ??= new Map(Object.entries(WRITTEN).map(([name, codes]) => [normaliseText(name), codes.split(' ')]));
  return table.get(key);
}
