/**
 * Company legal forms written out in words, read as their abbreviation (since 1.125.0): OBSHCHESTVO
 * S OGRANICHENNOI OTVETSTVENNOSTYU is OOO, AKTSIONERNOE OBSHCHESTVO (joint-stock company) is JSC,
 * as JOINT STOCK COMPANY is, S. DE R.L. is SRL. Written out, each word of the form was a word of the
 * name (obshchestvo, ogranichennoi, otvetstvennostyu weighed as rare names), so two Russian firms
 * that shared nothing but their legal form met: on the OFAC SDN file of 2024-05-03, 401 of the 1,317
 * alerts its organisation names raised on other records of the same list under engine 1.124.0 held
 * such a form, "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU UKON" on "... VALMA" among them. The abbreviation is a legal form
 * (names/common-names.ts LEGAL_FORMS) and weighs as one.
 *
 * Unlike a dotted form (dotted-legal-forms.ts: S.A. may be a person's initials), a form written out
 * is no one's name, so the name is read with the abbreviation only (name-variants.ts addReadings),
 * a query's name as a listed one. The forms are those of the lists' firms: Russian in Cyrillic and
 * in the romanisations the lists use (OBSHCHESTVO, OBSCHESTVO; OGRANICHENNOI, OGRANICHENNOY;
 * OTVETSTVENNOSTYU, OTVETSTVENNOSTIU), Ukrainian, English, Spanish, French, German and Turkish.
 */

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
/** Russian общество (company), romanised. */
const OBSHCHESTVO = 'ob(?:shch|sch|shh|sh)estvo';
/** Russian акционерное (joint-stock), romanised, and the adjectives before it, with their -oe endings. */
const AKTSIONERNOE = 'a(?:kts|kc|ks|ktz)ionern(?:oe|oye|oje|oie)';
const ADJECTIVE_END = '(?:oe|oye|oje|oie)';

/** [written out, abbreviation]: longer forms first, so ZAKRYTOE AKTSIONERNOE OBSHCHESTVO is ZAO, not ZAKRYTOE JSC. */
const FORMS: [string, string][] = [
  // Russian, romanised.
  [`${OBSHCHESTVO}\\s+s\\s+ogranichenn?(?:oi|oy|oj|oyi|oiy)\\s+otvetstvennost['’]?(?:yu|iu|ju|u)`, 'OOO'],
  [`zakryt${ADJECTIVE_END}\\s+${AKTSIONERNOE}\\s+${OBSHCHESTVO}`, 'ZAO'],
  [`otkryt${ADJECTIVE_END}\\s+${AKTSIONERNOE}\\s+${OBSHCHESTVO}`, 'OAO'],
  // AO and PAO are legal forms in Cyrillic only (a Latin Ao may be a name: common-names.ts), so the
  // romanised forms read as the English JSC and PJSC they translate.
  [`nepublichn${ADJECTIVE_END}\\s+${AKTSIONERNOE}\\s+${OBSHCHESTVO}`, 'JSC'],
  [`publichn${ADJECTIVE_END}\\s+${AKTSIONERNOE}\\s+${OBSHCHESTVO}`, 'PJSC'],
  [`${AKTSIONERNOE}\\s+${OBSHCHESTVO}`, 'JSC'],
  // Russian, in Cyrillic.
  ['общество\\s+с\\s+ограниченной\\s+ответственностью', 'ООО'],
  ['закрытое\\s+акционерное\\s+общество', 'ЗАО'],
  ['открытое\\s+акционерное\\s+общество', 'ОАО'],
  ['непубличное\\s+акционерное\\s+общество', 'АО'],
  ['публичное\\s+акционерное\\s+общество', 'ПАО'],
  ['акционерное\\s+общество', 'АО'],
  // Ukrainian, in Cyrillic and romanised.
  ['товариство\\s+з\\s+обмеженою\\s+відповідальністю', 'ТОВ'],
  ['приватне\\s+акціонерне\\s+товариство', 'ПрАТ'],
  ['публічне\\s+акціонерне\\s+товариство', 'ПАТ'],
  ['закрите\\s+акціонерне\\s+товариство', 'ЗАТ'],
  ['tovarystvo\\s+z\\s+obmezhen(?:oiu|oyu|oju)\\s+vidpovidaln(?:istiu|istyu|istju)', 'TOV'],
  // English.
  ['closed\\s+joint[\\s-]+stock(?:\\s+company)?', 'CJSC'],
  ['open\\s+joint[\\s-]+stock(?:\\s+company)?', 'OJSC'],
  ['public\\s+joint[\\s-]+stock(?:\\s+company)?', 'PJSC'],
  ['(?:private\\s+)?joint[\\s-]+stock(?:\\s+company)?', 'JSC'],
  ['limited\\s+liability\\s+company', 'LLC'],
  ['limited\\s+liability\\s+partnership', 'LLP'],
  ['public\\s+limited\\s+company', 'PLC'],
  ['private\\s+limited(?:\\s+company)?', 'PVT LTD'],
  // Russian state bodies' forms in English (since 1.126.0): federal state unitary enterprise (FGUP),
  // federal state budgetary or autonomous institution (FGBU), as the lists translate them.
  ['federal\\s+state\\s+unitary\\s+enterprise', 'FGUP'],
  ['state\\s+unitary\\s+enterprise', 'GUP'],
  ['federal\\s+state\\s+(?:budgetary|autonomous|treasury)(?:\\s+(?:educational|scientific))?\\s+(?:institution|establishment)', 'FGBU'],
  ['state\\s+(?:budgetary|autonomous|treasury)(?:\\s+(?:educational|scientific))?\\s+(?:institution|establishment)', 'GBU'],
  // Spanish, French, German, Turkish. "de C.V." (capital variable) qualifies the S.A. before it.
  ['sociedad\\s+an[oó]nima', 'SA'],
  ['sociedad\\s+de\\s+responsabilidad\\s+limitada', 'SRL'],
  // The Colombian simplified joint-stock company (since 1.129.0: AGROPECUARIA MAIS SOCIEDAD POR ACCIONES SIMPLIFICADA).
  ['sociedad\\s+por\\s+acciones\\s+simplificada', 'SAS'],
  ['s\\.?\\s*de\\s+r\\.?\\s*l\\.?(?=\\s|,|$)', 'SRL'],
  ['soci[eé]t[eé]\\s+anonyme', 'SA'],
  ['soci[eé]t[eé]\\s+[àa]\\s+responsabilit[eé]\\s+limit[eé]e', 'SARL'],
  ['gesellschaft\\s+mit\\s+beschr(?:ä|a|ae)nkter\\s+haftung', 'GMBH'],
  ['anonim\\s+[sş]irketi', 'AS'],
  ['limited\\s+[sş]irketi', 'LTD STI'],
];

const PATTERNS: [RegExp, string][] = FORMS.map(([form, abbreviation]) => [new RegExp(`${L}${form}${R}`, 'giu'), abbreviation]);
/** "de C.V." after a legal form: dropped (SA DE CV is a SA). */
const CAPITAL_VARIABLE = /\s+de\s+c\.?\s*v\.?(?=\s|,|$)/giu;

/** A cheap first test: a name holding none of these holds no form above (most names). */
const MAY_HOLD = /obsh|obsc|akts|akc|aktz|tovarystv|unitary|budgetary|autonomous|treasury|общество|товариств|акці|joint|liabilit|private\s+limited|public\s+limited|sociedad|soci[eé]t[eé]|de\s+r|de\s+c|gesellschaft|[sş]irketi/iu;

/** `name` with each legal form written out in words as its abbreviation; the name itself where it holds none. */
export function legalFormsAbbreviated(name: string): string {
  if (!MAY_HOLD.test(name)) return name;
  let out = name;
  for (const [pattern, abbreviation] of PATTERNS) out = out.replace(pattern, abbreviation);
  return out.replace(CAPITAL_VARIABLE, '');
}
