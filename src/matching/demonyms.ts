/**
 * Nationality words (demonyms) to country codes, for nationality and country fields
 * (nationality-text.ts): "Saudi Arabian", "Congolese", "Trinidadian" in English, عراقية and سعودي
 * in Arabic, сирийский and "гражданин России" in Russian, irakienne in French, syrisch in German.
 * Lists and customers write a nationality so as often as a country's name (the UK list: Afghan,
 * Tunisian, Saudi Arabian, Congolese; 122 of its 691 nationality texts named no country up to
 * 1.148.0), and a nationality that names no country counts for nothing, for or against.
 *
 * Most forms are derived from the country names ICU ships (Intl.DisplayNames, as countries.ts
 * reads them): English adds a suffix to the name (Rwanda-n, Senegal-ese, Israel-i, Hungar-ian);
 * Arabic, Russian, French and German forms are matched by stem (the word less its nisba or adjective
 * ending against the name less its own ending: عراقي and العراق, сирийский and Сирия, algérienne and
 * Algérie, syrisch and Syrien). A form or stem two countries would give is dropped: a wrong country
 * is evidence against a true match, a missing one only no evidence. The irregular and the ambiguous
 * forms are written here by hand (written for this project): an ambiguous form names each country
 * it may mean (Congolese: CD or CG; Korean: KP or KR), so it is evidence against a record of
 * neither, and for a record of either.
 */
import { normaliseText } from '../names/normalise.js';
import { currentRegion, regionName, TWO_LETTER_CODES } from './countries.js';

/** Irregular or ambiguous nationality words, English first (values: codes apart by spaces). */
const WRITTEN: Record<string, string> = {
  american: 'US', 'us american': 'US', antiguan: 'AG', barbadian: 'BB', bajan: 'BB', honduran: 'HN', panamanian: 'PA',
  peruvian: 'PE', surinamese: 'SR', surinamer: 'SR', sahrawi: 'EH', salvadoran: 'SV', salvadorean: 'SV', argentine: 'AR', argentinian: 'AR', azeri: 'AZ', bahamian: 'BS', basotho: 'LS',
  belarusian: 'BY', belarussian: 'BY', byelorussian: 'BY', beninese: 'BJ', bhutanese: 'BT', bosnian: 'BA', motswana: 'BW', batswana: 'BW',
  botswanan: 'BW', british: 'GB', briton: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', burkinabe: 'BF', burkinabè: 'BF',
  burmese: 'MM', burundian: 'BI', 'cape verdean': 'CV', comoran: 'KM', comorian: 'KM', congolese: 'CD CG', croat: 'HR',
  cypriot: 'CY', czech: 'CZ', dane: 'DK', danish: 'DK', dominican: 'DO DM', dutch: 'NL', netherlander: 'NL', emirati: 'AE',
  emirian: 'AE', 'equatorial guinean': 'GQ', equatoguinean: 'GQ', filipino: 'PH', filipina: 'PH', finn: 'FI', finnish: 'FI',
  french: 'FR', frenchman: 'FR', german: 'DE', greek: 'GR', hellenic: 'GR', 'guinea bissauan': 'GW', 'bissau guinean': 'GW',
  hongkonger: 'HK', 'hong kong': 'HK', 'hong kong chinese': 'HK', icelandic: 'IS', icelander: 'IS', irish: 'IE',
  ivorian: 'CI', kazakh: 'KZ', kazakhstani: 'KZ', kirghiz: 'KG', kyrgyz: 'KG', kirgiz: 'KG', korean: 'KP KR', 'north korean': 'KP',
  'south korean': 'KR', kosovar: 'XK', kosovan: 'XK', lao: 'LA', laotian: 'LA', luxembourger: 'LU', luxembourgish: 'LU',
  macedonian: 'MK', malagasy: 'MG', maldivian: 'MV', maltese: 'MT', manx: 'IM', mauritian: 'MU', monegasque: 'MC',
  montenegrin: 'ME', moroccan: 'MA', mozambican: 'MZ', 'new zealander': 'NZ', kiwi: 'NZ', nigerian: 'NG', nigerien: 'NE',
  'ni vanuatu': 'VU', norwegian: 'NO', omani: 'OM', pakistani: 'PK', palestinian: 'PS', 'papua new guinean': 'PG',
  pole: 'PL', polish: 'PL', portuguese: 'PT', qatari: 'QA', 'saudi arabian': 'SA', saudi: 'SA', scot: 'GB', seychellois: 'SC',
  'sierra leonean': 'SL', slovak: 'SK', slovene: 'SI', slovenian: 'SI', 'solomon islander': 'SB', 'south african': 'ZA',
  'south sudanese': 'SS', spaniard: 'ES', spanish: 'ES', 'sri lankan': 'LK', swede: 'SE', swedish: 'SE', swiss: 'CH',
  tajik: 'TJ', tadjik: 'TJ', tajikistani: 'TJ', thai: 'TH', timorese: 'TL', 'east timorese': 'TL', togolese: 'TG',
  trinidadian: 'TT', tobagonian: 'TT', 'trinidad and tobago': 'TT', turk: 'TR', turkish: 'TR', turkmen: 'TM', tuvaluan: 'TV',
  uzbek: 'UZ', uzbekistani: 'UZ', vietnamese: 'VN', yemeni: 'YE', yemenite: 'YE', zimbabwean: 'ZW', afghan: 'AF',
  afghani: 'AF', kuwaiti: 'KW', bahraini: 'BH', iraqi: 'IQ', israeli: 'IL', bangladeshi: 'BD', somali: 'SO', sudanese: 'SD',
  chinese: 'CN', uighur: 'CN', uyghur: 'CN', chechen: 'RU', dagestani: 'RU', ingush: 'RU', tatar: 'RU', russian: 'RU',
  'central african': 'CF', persian: 'IR', kirghizia: 'KG', drc: 'CD', dprk: 'KP', rok: 'KR', prc: 'CN', 'korea north': 'KP', 'korea south': 'KR', korea: 'KP KR',
  // Countries' former and constituent names ICU gives no form of (since 1.154.0; a state that split
  // is country-groups.ts's; Great Britain and Ivory Coast are countries.ts's), and a spelling of
  // Afghan found in the UK list.
  persia: 'IR', zaire: 'CD', zairean: 'CD', zairian: 'CD', rhodesia: 'ZW', rhodesian: 'ZW', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB', 'east germany': 'DE', 'west germany': 'DE', afgan: 'AF', 'east pakistan': 'BD',
  dahomey: 'BJ', 'upper volta': 'BF', ceylon: 'LK', siam: 'TH', kampuchea: 'KH',
  // French, German, Spanish and Russian forms no ending rule gives.
  'yéménite': 'YE', allemand: 'DE', allemande: 'DE', turc: 'TR', turque: 'TR', belge: 'BE', russe: 'RU',
  britannique: 'GB', 'américain': 'US', 'américaine': 'US', suisse: 'CH', grec: 'GR', grecque: 'GR', 'nigérien': 'NE',
  'nigérienne': 'NE', 'tchétchène': 'RU', deutsch: 'DE', deutsche: 'DE', deutscher: 'DE', jemenitisch: 'YE', 'türkisch': 'TR',
  russisch: 'RU', 'französisch': 'FR', britisch: 'GB', amerikanisch: 'US', iraquí: 'IQ', iraqui: 'IQ', sirio: 'SY', siria: 'SY',
  afgano: 'AF', afgana: 'AF', 'paquistaní': 'PK', 'saudí': 'SA', 'yemení': 'YE', somalí: 'SO', argelino: 'DZ', argelina: 'DZ',
  marroquí: 'MA', tunecino: 'TN', tunecina: 'TN', libio: 'LY', libia: 'LY', egipcio: 'EG', egipcia: 'EG', 'jordano': 'JO',
  'libanés': 'LB', 'iraní': 'IR', ruso: 'RU', rusa: 'RU', 'alemán': 'DE', alemana: 'DE', 'francés': 'FR', francesa: 'FR',
  'británico': 'GB', 'británica': 'GB', estadounidense: 'US',
  'немецкий': 'DE', 'немка': 'DE', 'немец': 'DE', 'французский': 'FR', 'француз': 'FR', 'турецкий': 'TR', 'турок': 'TR',
  'грузинский': 'GE', 'грузин': 'GE', 'армянский': 'AM', 'армянин': 'AM', 'марокканский': 'MA', 'британский': 'GB',
  'американский': 'US', 'белорусский': 'BY', 'чеченский': 'RU', 'чеченец': 'RU', 'дагестанский': 'RU',
  'сириец': 'SY', 'иракец': 'IQ', 'афганец': 'AF', 'пакистанец': 'PK', 'йеменец': 'YE', 'саудовец': 'SA', 'египтянин': 'EG',
  'ливиец': 'LY', 'алжирец': 'DZ', 'марокканец': 'MA', 'тунисец': 'TN', 'иорданец': 'JO', 'ливанец': 'LB', 'иранец': 'IR',
  'сомалиец': 'SO', 'русский': 'RU', 'россиянин': 'RU', 'россиянка': 'RU', 'украинец': 'UA', 'узбек': 'UZ', 'таджик': 'TJ',
  'казах': 'KZ', 'киргиз': 'KG', 'азербайджанец': 'AZ', 'туркмен': 'TM',
  'اماراتي': 'AE', 'إماراتي': 'AE', 'إماراتية': 'AE', 'اماراتية': 'AE', 'بريطاني': 'GB', 'بريطانية': 'GB', 'امريكي': 'US',
  'أمريكي': 'US', 'أمريكية': 'US', 'امريكية': 'US', 'فلسطيني': 'PS', 'فلسطينية': 'PS', 'كوري': 'KP KR',
};

/** Whole forms to codes, and per language stems to codes (ambiguous stems dropped). */
interface Tables {
  forms: Map<string, string[]>;
  stems: Map<string, Map<string, string>>;
}
let tables: Tables | undefined;

/**
 * The codes a nationality word or phrase names as a whole form (normalised as normaliseText leaves
 * it): written above, or an English form derived from a country's name. Asked before a country's
 * names are, so "Korean" is either Korea, not the South alone.
 */
export function demonymForm(key: string): readonly string[] | undefined {
  const t = tables ?? (tables = build());
  return t.forms.get(fold(key));
}

/**
 * The codes a nationality word names by its stem (Arabic, Russian, French, German: see ENDINGS),
 * or a Russian citizen of a country; undefined where it names none.
 */
export function demonymCodes(key: string): readonly string[] | undefined {
  const t = tables ?? (tables = build());
  if (key.includes(' ')) return citizenOf(key, t);
  const word = key.replace(/^ال/u, '');
  for (const [lang, endings] of ENDINGS) {
    for (const ending of endings) {
      if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
      const code = stemCode(t, lang, fold(word.slice(0, word.length - ending.length)));
      if (code !== undefined) return [code];
    }
  }
  return undefined;
}

/**
 * The country of a stem: of a country named in one word first (Sudan, السودان), then of a word of
 * a name in several (South Sudan's, Saudi Arabia's), so a word two countries' names share goes to
 * the one it names alone.
 */
function stemCode(t: Tables, lang: string, stem: string): string | undefined {
  return t.stems.get(lang)?.get(stem) ?? t.stems.get(`${lang}+`)?.get(stem);
}

/**
 * Russian "гражданин России", "гражданка Сирии", "подданный Ирака": a citizen of the country in
 * the genitive (России, Сирии, Ирака, Афганистана), read by the stem of its last word.
 */
function citizenOf(key: string, t: Tables): readonly string[] | undefined {
  const m = /^(?:гражданин|гражданка|граждане|подданный|подданная|уроженец|уроженка)\s+(\S+)$/u.exec(key);
  if (m === null) return undefined;
  const word = m[1] as string;
  for (const ending of ['ии', 'и', 'а', 'ы', '']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const code = stemCode(t, 'ru', word.slice(0, word.length - ending.length));
    if (code !== undefined) return [code];
  }
  return undefined;
}

/**
 * The endings a nationality word adds to its country's stem, per language, longest first. Arabic:
 * the nisba (عراقي, عراقية); Russian: the adjective (сирийский, иракская); French: -ien(ne), -ais(e),
 * -ain(e), -an(e); German: -isch(e).
 */
const ENDINGS: [string, string[]][] = [
  ['ar', ['يون', 'يين', 'ية', 'يه', 'ي']],
  ['ru', ['ийский', 'ийская', 'ийское', 'ийского', 'ийской', 'ский', 'ская', 'ское', 'ского', 'ской', 'цкий', 'цкая']],
  ['fr', ['ienne', 'ien', 'enne', 'en', 'aise', 'ais', 'aine', 'ain', 'ane', 'an']],
  ['de', ['ische', 'ischer', 'isch']],
];

/**
 * A country name's stems, against which a nationality word less its ending is looked up: the
 * name, less its article (Arabic ال), less its own ending (Сирия, Syrie, Syrien, سوريا), less -stan
 * where the nationality drops it (Afghanistan, afghan; Узбекистан, узбекский).
 */
function nameStems(lang: string, key: string): string[] {
  const out = new Set<string>();
  const words = key.split(' ');
  // Each word of a name in several words (السعودية of المملكة العربية السعودية, Saudi of Saudi
  // Arabia); a stem two countries share (عربي, the Arab of several) is dropped as ambiguous.
  for (let w of words) {
    if (lang === 'ar') w = w.replace(/^ال/u, '');
    w = fold(w);
    out.add(w);
    const endings = lang === 'ar' ? ['يه', 'يا', 'ا', 'ه'] : lang === 'ru' ? ['ия', 'я', 'а', 'и', 'ь', 'ская', 'ский'] : lang === 'fr' ? ['ie', 'e'] : lang === 'de' ? ['ien', 'en', 'e', 'land'] : [];
    for (const e of endings) if (w.endsWith(e) && w.length - e.length >= 3) out.add(w.slice(0, w.length - e.length));
    for (const stan of ['istan', 'stan', 'истан', 'стан', 'ستان']) if (w.endsWith(stan) && w.length - stan.length >= 3) out.add(w.slice(0, w.length - stan.length));
  }
  return [...out];
}

/** Arabic letters a spelling varies in, folded: the alef forms, alef maqsura, ta marbuta. */
function fold(s: string): string {
  return s.replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/ة/gu, 'ه');
}

/** English suffixes a country's name takes (Rwanda-n, Chad-ian, Israel-i, Nepal-ese), and what its end drops first. */
function englishForms(key: string): string[] {
  const out = [key + 'n', key + 'an', key + 'ian', key + 'i', key + 'ese'];
  const last = key.at(-1);
  if (last === 'a') out.push(key.slice(0, -1) + 'an', key.slice(0, -1) + 'ese', key.slice(0, -1) + 'ian');
  if (key.endsWith('ia')) out.push(key.slice(0, -2));
  if (last === 'y' || last === 'e') out.push(key.slice(0, -1) + 'ian', key.slice(0, -1) + 'an');
  if (last === 'o') out.push(key.slice(0, -1) + 'an');
  return out;
}

/**
 * Stems of words several countries' names share, in the languages above, that name no country
 * alone: Arab (Saudi-Arabien of German, whose stem made "arabisch" Saudi).
 */
const SHARED_WORDS: ReadonlySet<string> = new Set(['arab', 'arabi', 'араб', 'عرب', 'عربي', 'arabe']);

function build(): Tables {
  const forms = new Map<string, string[]>();
  const generated = new Map<string, Set<string>>();
  const stemCodes = new Map<string, Map<string, Set<string>>>();
  const names = new Set<string>();
  for (const lang of ['en', 'ar', 'ru', 'fr', 'de']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const stems = new Map<string, Set<string>>();
    const wordStems = new Map<string, Set<string>>();
    stemCodes.set(lang, stems);
    stemCodes.set(`${lang}+`, wordStems);
    for (const written of TWO_LETTER_CODES) {
      const name = regionName(display, written);
      if (name === undefined) continue;
      const code = currentRegion(written);
      // ICU's qualifiers are no part of the name a nationality derives from: Myanmar (Burma),
      // Congo - Kinshasa, Hong Kong SAR China.
      const key = normaliseText(name.replace(/\s*\(.*\)$/u, '').replace(/\s+-\s+.*$/u, '').replace(/ SAR China$/u, ''));
      if (key === '') continue;
      names.add(key);
      if (lang === 'en') for (const f of englishForms(key)) addTo(generated, f, code);
      else for (const s of nameStems(lang, key)) if (!SHARED_WORDS.has(s)) addTo(key.includes(' ') ? wordStems : stems, s, code);
    }
  }
  // A generated form that is a country's own name (Niger, not Nigeria's Niger-ian) or that two
  // countries give is not read.
  for (const [form, codes] of generated) if (codes.size === 1 && !names.has(form)) forms.set(form, [...codes]);
  for (const [form, codes] of Object.entries(WRITTEN)) forms.set(fold(normaliseText(form)), codes.split(' '));
  const stems = new Map<string, Map<string, string>>();
  for (const [lang, byStem] of stemCodes) {
    const single = new Map<string, string>();
    for (const [stem, codes] of byStem) if (codes.size === 1) single.set(stem, [...codes][0] as string);
    stems.set(lang, single);
  }
  return { forms, stems };
}

function addTo(map: Map<string, Set<string>>, key: string, code: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([code]));
  else set.add(code);
}
