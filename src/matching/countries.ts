/**
 * Country and nationality text to ISO 3166-1 alpha-2 codes, in several languages.
 *
 * Country names in English, French, Arabic, Russian, German and Spanish come from the ICU data that
 * ships inside Node.js (Intl.DisplayNames), so no table is typed by hand for them. Added by hand:
 * the UN's own formal names ("Syrian Arab Republic", "Iran (Islamic Republic of)"), common
 * demonyms used as nationalities ("Iraqi", "Syrian"), and alpha-3 codes. Built once, on first use.
 */
import { normaliseText } from '../names/normalise.js';
import { CITIES } from './cities.js';

const LANGUAGES = ['en', 'fr', 'ar', 'ru', 'de', 'es'];

/** Formal and older names as lists write them, plus demonyms. Values are alpha-2 codes. */
const EXTRA: Record<string, string> = {
  'syrian arab republic': 'SY', 'iran islamic republic of': 'IR', 'islamic republic of iran': 'IR', 'russian federation': 'RU',
  'united republic of tanzania': 'TZ', 'democratic republic of the congo': 'CD', 'congo democratic republic': 'CD',
  'republic of the congo': 'CG', 'bolivia plurinational state of': 'BO', 'venezuela bolivarian republic of': 'VE',
  'republic of korea': 'KR', 'democratic peoples republic of korea': 'KP', 'north korea': 'KP', 'south korea': 'KR',
  'lao peoples democratic republic': 'LA', 'republic of moldova': 'MD', 'viet nam': 'VN', 'turkey': 'TR', 'turkiye': 'TR',
  'state of palestine': 'PS', 'occupied palestinian territory': 'PS', 'palestinian territories': 'PS', 'gaza': 'PS',
  'west bank': 'PS', 'libyan arab jamahiriya': 'LY', 'kingdom of saudi arabia': 'SA', 'ksa': 'SA', 'uae': 'AE',
  'united states of america': 'US', 'usa': 'US', 'uk': 'GB', 'great britain': 'GB', 'britain': 'GB', 'england': 'GB',
  'united kingdom of great britain and northern ireland': 'GB', 'the former yugoslav republic of macedonia': 'MK',
  'macedonia': 'MK', 'czech republic': 'CZ', 'swaziland': 'SZ', 'burma': 'MM', 'ivory coast': 'CI', 'cote divoire': 'CI',
  'cabo verde': 'CV', 'east timor': 'TL', 'holland': 'NL', 'kosovo': 'XK', 'chechnya': 'RU', 'chechen republic': 'RU',
  'dagestan': 'RU', 'kurdistan': 'IQ', 'somaliland': 'SO',
  iraqi: 'IQ', syrian: 'SY', afghan: 'AF', afghani: 'AF', pakistani: 'PK', saudi: 'SA', yemeni: 'YE', egyptian: 'EG',
  libyan: 'LY', tunisian: 'TN', algerian: 'DZ', moroccan: 'MA', jordanian: 'JO', lebanese: 'LB', kuwaiti: 'KW',
  qatari: 'QA', bahraini: 'BH', emirati: 'AE', omani: 'OM', iranian: 'IR', turkish: 'TR', somali: 'SO', sudanese: 'SD',
  malian: 'ML', mauritanian: 'MR', nigerian: 'NG', nigerien: 'NE', chadian: 'TD', kenyan: 'KE', ethiopian: 'ET',
  eritrean: 'ER', indonesian: 'ID', malaysian: 'MY', filipino: 'PH', philippine: 'PH', indian: 'IN', bangladeshi: 'BD',
  russian: 'RU', ukrainian: 'UA', belarusian: 'BY', uzbek: 'UZ', tajik: 'TJ', kyrgyz: 'KG', kazakh: 'KZ', turkmen: 'TM',
  azerbaijani: 'AZ', georgian: 'GE', armenian: 'AM', chechen: 'RU', german: 'DE', french: 'FR', british: 'GB',
  american: 'US', belgian: 'BE', dutch: 'NL', swedish: 'SE', danish: 'DK', norwegian: 'NO', spanish: 'ES',
  italian: 'IT', australian: 'AU', canadian: 'CA', bosnian: 'BA', albanian: 'AL', kosovar: 'XK', palestinian: 'PS',
  chinese: 'CN', uighur: 'CN', uyghur: 'CN', 'north korean': 'KP', korean: 'KR',
  // ISO alpha-3 codes seen in passports and MRZ lines.
  irq: 'IQ', syr: 'SY', afg: 'AF', pak: 'PK', sau: 'SA', yem: 'YE', egy: 'EG', lby: 'LY', tun: 'TN', dza: 'DZ', mar: 'MA',
  jor: 'JO', lbn: 'LB', kwt: 'KW', qat: 'QA', bhr: 'BH', are: 'AE', omn: 'OM', irn: 'IR', tur: 'TR', som: 'SO', sdn: 'SD',
  mli: 'ML', mrt: 'MR', nga: 'NG', ner: 'NE', tcd: 'TD', ken: 'KE', eth: 'ET', idn: 'ID', mys: 'MY', phl: 'PH', ind: 'IN',
  bgd: 'BD', rus: 'RU', ukr: 'UA', uzb: 'UZ', tjk: 'TJ', kgz: 'KG', kaz: 'KZ', aze: 'AZ', geo: 'GE', deu: 'DE', fra: 'FR',
  gbr: 'GB', usa_: 'US', bel: 'BE', nld: 'NL', swe: 'SE', dnk: 'DK', nor: 'NO', esp: 'ES', ita: 'IT', aus: 'AU', can: 'CA',
  bih: 'BA', alb: 'AL', pse: 'PS', chn: 'CN', prk: 'KP', kor: 'KR',
  // Arabic and Russian demonyms and forms the ICU names do not cover.
  'عراقي': 'IQ', 'سوري': 'SY', 'سعودي': 'SA', 'مصري': 'EG', 'يمني': 'YE', 'اردني': 'JO', 'أردني': 'JO', 'ليبي': 'LY',
  'تونسي': 'TN', 'جزائري': 'DZ', 'مغربي': 'MA', 'كويتي': 'KW', 'افغاني': 'AF', 'أفغاني': 'AF', 'باكستاني': 'PK',
  'الجمهورية العربية السورية': 'SY', 'المملكة العربية السعودية': 'SA',
  'российская федерация': 'RU', 'рф': 'RU', 'россия': 'RU',
};

let byName: Map<string, string> | undefined;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const written of TWO_LETTER_CODES) {
    // A withdrawn code is read as the one that replaced it (DD and DE, YD and YE, BU and MM, CS
    // and RS: ICU names both alike, and the withdrawn one comes first in this loop). Up to
    // 1.147.0 the names went to the withdrawn code: "Yemen" and "Germany" read as YD and DD while
    // "ye", "Yemeni" and "German" read as YE and DE, so a listed Yemeni and a query's "ye" had
    // no nationality in common.
    const code = currentRegion(written);
    let valid = false;
    for (const d of displays) {
      const name = regionName(d, written);
      if (name === undefined) continue;
      valid = true;
      const key = normaliseText(name);
      if (key !== '' && !map.has(key)) map.set(key, code);
    }
    if (valid) map.set(written.toLowerCase(), code);
  }
  for (const [name, code] of Object.entries(EXTRA)) map.set(normaliseText(name.replace(/_$/, '')), code);
  byName = map;
  return map;
}

/** Every code of two capitals, AA to ZZ, in order: the ones ICU names are its regions. */
export const TWO_LETTER_CODES: readonly string[] = Array.from({ length: 26 * 26 }, (_, k) => String.fromCharCode(65 + Math.floor(k / 26), 65 + (k % 26)));

/** The name `display` gives the region `code`, or undefined where it names none (it gives the code back, or throws). */
export function regionName(display: Intl.DisplayNames, code: string): string | undefined {
  let name: string | undefined;
  try {
    name = display.of(code);
  } catch {
    return undefined;
  }
  return name && name !== code ? name : undefined;
}

/** The region code ICU puts in place of `code` (its successor where the code was withdrawn), else `code`. */
export function currentRegion(code: string): string {
  try {
    return new Intl.Locale(`und-${code}`).region ?? code;
  } catch {
    return code;
  }
}

/**
 * The ISO alpha-2 code a country or nationality text names, or undefined. Accepts codes ("iq",
 * "IRQ"), names in the languages above ("Irak", "العراق", "Ирак"), the UN's formal names and common
 * demonyms. Text with a country inside a longer phrase ("Baghdad, Iraq") is matched on its last part.
 */
export function countryCode(text: string): string | undefined {
  return countryCodeOfWhole(text) ?? countryCodeOfParts(text);
}

/**
 * The code the whole of `text` names, a country's name (with "the" before it or not) or a code,
 * and nothing else: no part of it ("Congo" of OFAC's "Congo, Democratic Republic of the").
 */
export function countryCodeOfWhole(text: string): string | undefined {
  const map = byName ?? build();
  const key = normaliseText(text);
  if (key === '') return undefined;
  // A name with its article too (since 1.147.0): "The Netherlands", "the Gambia", "The United
  // States" as customers' records write them named no country, and the nationality counted for nothing.
  return map.get(key) ?? map.get(key.replace(THE, ''));
}

/** countryCode of text that is no country's name as a whole: its comma-separated parts, last first. */
export function countryCodeOfParts(text: string): string | undefined {
  const map = byName ?? build();
  // "Iran (Islamic Republic of)" and "Baghdad, Iraq": try the comma-separated parts, last first
  // (an Arabic comma too, and the lines of an address written on several).
  const parts = text.split(/[,;،\n]/).map((p) => normaliseText(p)).filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    const hit = map.get(part) ?? map.get(part.replace(THE, ''));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Regions ICU names that are no country: the United Nations, the Eurozone, Outlying Oceania, its
 * pseudo-locales and Unknown Region. Read as codes of a nationality or an address, they met no
 * record and counted against every one ("UN", "unknown region"; since 1.155.0 nationality-text.ts
 * and since 1.161.0 countryCodes skip them); the European Union (EU) is a group of countries
 * instead (country-groups.ts). Names and places of organisations still read them (isPlaceName).
 */
export const NOT_COUNTRIES: ReadonlySet<string> = new Set(['UN', 'EU', 'EZ', 'QO', 'XA', 'XB', 'ZZ']);

/** Codes of countries for several texts (a query's addresses), de-duplicated, in first-seen order. */
export function countryCodes(texts: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    const c = countryCode(t);
    if (c && !NOT_COUNTRIES.has(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Whether `text`, all of it, names a country, a territory, (since 1.121.0) a region or (since
 * 1.124.0, cities.ts) a city. Since 1.116.0 name-variants.ts asks it of what a name writes in
 * parentheses (AL-HARAMAIN FOUNDATION (PAKISTAN), LEADER (HONG KONG) INTERNATIONAL), and
 * place-words.ts of an organisation's words. A country's name in any of the languages above or its
 * demonym, the UN's formal names, and such a name after a formal prefix (UNION OF THE COMOROS,
 * Republic of Kenya). Codes are
 * not places here, save the abbreviations written as names (UK, USA, UAE, KSA, HK): an acronym in
 * parentheses is the name's own far more often than a code (IIB, DIO, ASC).
 */
export function isPlaceName(text: string): boolean {
  const map = byName ?? build();
  // A place with its article (since 1.147.0): THE NETHERLANDS of the UK list's AL-HARAMAIN (THE
  // NETHERLANDS BRANCH), which was read as a name of its own.
  let key = normaliseText(text).replace(THE, '');
  if (TERRITORIES.has(key) || ABBREVIATED_PLACES.has(key) || REGIONS.has(key) || CITIES.has(key)) return true;
  for (let i = 0; i < 3 && key !== ''; i++) {
    if (map.has(key) && key.length > 3) return true;
    const shorter = key.replace(FORMAL_PREFIX, '');
    if (shorter === key) break;
    key = shorter;
  }
  return false;
}

/**
 * Territories the region names of Intl.DisplayNames write otherwise (Hong Kong SAR China, Macao SAR
 * China) or not in Latin letters, as names of firms write them: 華信船務(香港)有限公司 (KPe.059); and
 * Korea, which they name only as North and South Korea (KOREA KWANGSON BANKING CORPORATION).
 */
const TERRITORIES = new Set(['korea', 'hong kong', 'hongkong', 'hong kong sar', 'macau', 'macao', 'macao sar', '香港', '澳门', '澳門', '台湾', '臺灣']);

/**
 * Regions the names of groups and firms hold as they hold countries (since 1.121.0): AL-QAIDA IN THE
 * ARABIAN PENINSULA, ISLAMIC STATE IN THE GREATER SAHARA, IS-Khorasan, ISIL West Africa. A firm of
 * the region (Arabian Peninsula Trading, Greater Sahara Transport, Khorasan Trading Company) met
 * them by the region alone (0.7492, 0.8131, 0.7256). Not al-Sham, the Levant in Arabic: a nisba
 * (al-Shami) and a word of groups' own names (Hay'at Tahrir al-Sham).
 */
const REGIONS = new Set([
  'levant', 'levantine', 'maghreb', 'maghrib', 'maghrebi', 'sahel', 'sahara', 'greater sahara', 'khorasan', 'khurasan', 'caucasus',
  'caucasian', 'north caucasus', 'kavkaz', 'west africa', 'east africa', 'north africa', 'central africa', 'horn of africa',
  'arabian peninsula', 'sinai', 'balkans', 'kashmir', 'punjab', 'balochistan', 'baluchistan', 'waziristan', 'south east asia',
  'southeast asia', 'south asia', 'central asia', 'middle east',
  // Since 1.124.0 the continents and their parts, as firms' names write them: ZARON BIO-TECH (ASIA)
  // LIMITED (OFAC SDN), which a counterparty "Asia Limited" met at 0.58 by Asia alone.
  'asia', 'east asia', 'far east', 'europe', 'eastern europe', 'africa', 'america', 'americas', 'latin america', 'north america',
  'south america', 'eurasia', 'oceania',
  // And the free zones a firm is registered in (VIDA PANAMA (ZONA LIBRE) S.A., OFAC SDN: Colón's
  // free zone, where "Zona Libre" alone met it at 0.91).
  'zona libre', 'free zone', 'free trade zone', 'jebel ali',
]);

/** Countries' and territories' abbreviations written as names, with stops or without (U.K., USA; HK as Hong Kong's firms write it: XYZ (HK) LIMITED). */
const ABBREVIATED_PLACES = new Set(['uk', 'u k', 'usa', 'u s a', 'uae', 'u a e', 'ksa', 'hk']);

/**
 * The formal words before a country's short name: Union of the Comoros, Islamic Republic of Iran,
 * Kingdom of Saudi Arabia. Not "state of" (the Islamic State of Iraq is a group, not Iraq) nor
 * "emirate of" (the Taliban's Islamic Emirate of Afghanistan). The words of the pattern below, and
 * where placeStarters finds a formal name may begin.
 */
const FORMAL_ADJECTIVES = ['united', 'federal', 'democratic', 'peoples', 'people s', 'arab', 'socialist', 'bolivarian', 'federative', 'hashemite', 'islamic'];
const FORMAL_NOUNS = ['union', 'republic', 'kingdom', 'emirates', 'sultanate', 'principality', 'federation', 'commonwealth', 'grand duchy'];

/** Words as alternatives of a pattern; a word of two parts apart by spaces or an apostrophe (people s as normaliseText leaves it, PEOPLE'S as a name writes it). */
const alternatives = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, "[\\s']+")).join('|');

/**
 * The formal prefix as a pattern's source, unanchored: read at the start of a place's normalised
 * name here (FORMAL_PREFIX), and inside an organisation's name as written by formal-place-names.ts.
 */
export const FORMAL_PREFIX_SOURCE = `(?:the\\s+)?(?:(?:${alternatives(FORMAL_ADJECTIVES)})\\s+)*(?:${alternatives(FORMAL_NOUNS)})\\s+of\\s+(?:the\\s+)?`;
const FORMAL_PREFIX = new RegExp(`^${FORMAL_PREFIX_SOURCE}`);
const THE = /^the\s+/;

let starters: Set<string> | undefined;

/**
 * The first words of the places isPlaceName knows that are written in several words (hong of Hong
 * Kong, saudi of Saudi Arabia, union of Union of the Comoros, the formal prefixes' words), so a
 * caller looking for places in a name's words asks isPlaceName of a run of words only where one
 * may begin.
 */
export function placeStarters(): Set<string> {
  if (starters !== undefined) return starters;
  const map = byName ?? build();
  const out = new Set(['the']);
  for (const words of FORMAL_ADJECTIVES.concat(FORMAL_NOUNS)) out.add(words.split(' ')[0] as string);
  for (const key of [...map.keys(), ...TERRITORIES, ...REGIONS, ...CITIES]) {
    const space = key.indexOf(' ');
    if (space > 0) out.add(key.slice(0, space));
  }
  starters = out;
  return out;
}
