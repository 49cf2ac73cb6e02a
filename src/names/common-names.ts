/**
 * How common a name token is in the population, independent of any list: agreeing on "Mohammed"
 * says little about identity wherever it appears. Values are a commonness in [0, 1] (1 = among the
 * most common given names of the cultures the list covers), set by hand from the frequency bands of
 * published name statistics; they only need to be right in order of magnitude.
 *
 * Looked up by consonant skeleton (keys.ts), so every spelling of a name shares its entry.
 * Organisation vocabulary lives here too: legal forms (almost no weight), common words (little).
 */
import { phoneticFold, skeleton } from './keys.js';
import { romaniseArabicToken } from './arabic.js';
import { isTranslatedOrgWord } from './org-words.js';
import type { Script } from './script.js';

const GIVEN_NAMES: [number, string[]][] = [
  [1.0, ['mohammed', 'muhammad', 'ahmad', 'ali', 'abdallah', 'hassan', 'hussein', 'mahmoud']],
  [0.85, ['omar', 'ibrahim', 'khalid', 'yusuf', 'mustafa', 'rahman', 'said', 'salim', 'hamid', 'karim', 'aziz']],
  [0.75, ['ismail', 'musa', 'isa', 'yahya', 'zakaria', 'sulaiman', 'qadir', 'latif',
    'jamal', 'kamal', 'nasser', 'rashid', 'saleh', 'salah', 'adel', 'tariq', 'walid', 'faisal', 'fahd', 'sami', 'nabil',
    'usama', 'hamza', 'bilal', 'anwar', 'ayman', 'amin', 'amir', 'aziz', 'jabir', 'jafar', 'mansour', 'majid', 'murad',
    'nur', 'qasim', 'ramadan', 'saad', 'sayed', 'shah', 'sharif', 'sultan', 'uthman', 'yasin', 'yunus', 'zaid', 'idris',
    'fatima', 'aisha', 'khadija', 'maryam', 'zainab', 'hafiz', 'habib', 'hakim', 'haji', 'iqbal', 'khan', 'gul', 'jan',
    // The divine names after Abd (tokens.ts makes Abd a particle of its own): as common as the compounds.
    'salam', 'wahab', 'ghani', 'jabbar', 'hadi', 'nasir', 'basit']],
  [0.6, ['abdul', 'abdel', 'abu', 'mohamed', 'mohammad', 'mehmet', 'ahmed', 'hasan', 'husain', 'osman', 'umar', 'yousef']],
  // Russian, Ukrainian and Caucasus given names and patronymic stems.
  [0.85, ['aleksandr', 'sergei', 'vladimir', 'andrei', 'aleksei', 'dmitri', 'ivan', 'nikolai', 'mikhail', 'yuri', 'magomed']],
  [0.7, ['viktor', 'igor', 'oleg', 'pavel', 'yevgeni', 'anatoli', 'boris', 'vasili', 'petr', 'gennadi', 'valeri', 'konstantin',
    'maksim', 'roman', 'denis', 'artem', 'anna', 'elena', 'olga', 'natalia', 'tatiana', 'irina', 'svetlana', 'ruslan', 'rustam',
    'shamil', 'akhmed', 'islam', 'timur', 'aslan', 'zaur', 'murat', 'ivanov', 'petrov', 'smirnov', 'kuznetsov', 'popov']],
  // English, French, Spanish and other common given names and surnames.
  [0.7, ['john', 'james', 'david', 'michael', 'robert', 'william', 'mary', 'maria', 'jose', 'juan', 'jean', 'pierre', 'smith',
    'jones', 'brown', 'garcia', 'martin', 'lee', 'kim', 'wang', 'li', 'zhang', 'chen', 'nguyen', 'singh', 'kumar']],
];

/** Company legal forms: a company called "X Ltd" is X. */
export const LEGAL_FORMS = new Set([
  'llc', 'ltd', 'limited', 'gmbh', 'sarl', 'sa', 'sas', 'sasu', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'plc', 'ag',
  'bv', 'nv', 'srl', 'spa', 'oy', 'ab', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'zao', 'oao', 'tov', 'fze', 'fzco', 'fzc', 'llp', 'lp',
  'pte', 'pvt', 'pty', 'kft', 'sro', 'doo', 'ood', 'eood', 'bhd', 'sdn', 'tbk', 'wll', 'ltda', 'cia', 'kg', 'kgaa', 'se', 'as', 'aps',
  'company', 'compagnie', 'societe', 'sociedad', 'gesellschaft', 'est', 'establishment', 'llc', 'dmcc', 'shpk', 'sal',
  'شركة', 'مؤسسة', 'ذمم', 'المحدودة', 'محدودة',
  // Since 1.31.0: Dari شرکت (company, read with Arabic kaf), and the Russian and Ukrainian joint-stock
  // forms whose romanisation is no Latin legal form (АО, ПАО; ЗАТ, ПАТ, ТДВ), in Cyrillic only.
  'شركت', 'ао', 'пао', 'зат', 'пат', 'тдв',
  // Since 1.80.0: the German e.V. (registered association) and Spanish S.L., read when written with
  // their stops (matching/dotted-legal-forms.ts); the Turkish Şti. (şirketi, as in Ltd. Şti.); the
  // Indonesian PT (perseroan terbatas); and, in Cyrillic only, the Kazakh ТОО and ЖШС, the Kyrgyz
  // ОсОО, the Uzbek МЧЖ (Latin MChJ) and the Ukrainian ПрАТ.
  'ev', 'sl', 'shti', 'sti', 'pt', 'тоо', 'жшс', 'осоо', 'мчж', 'mchj', 'прат',
  // Since 1.126.0: the Russian state bodies' forms (FGUP, GUP, FGBU, GBU) that matching/
  // written-out-legal-forms.ts reads FEDERAL STATE UNITARY ENTERPRISE and the like as.
  'fgup', 'gup', 'fgbu', 'gbu',
  // Since 1.129.0: the Venezuelan C.A. (compania anonima: GRUPO SAHECT, C.A., BIBLOS TRAVEL CA), the
  // Peruvian E.I.R.L. and S.A.C., and the Japanese K.K. (kabushiki kaisha), as the OFAC SDN file
  // writes them; a dotted one is closed up first (matching/dotted-legal-forms.ts). And company in
  // Spanish, Portuguese and Italian, as company and compagnie are, and as Cia., its abbreviation, is
  // (a sector word from 1.127.0 to 1.128.0: EMMR Y COMPANIA S A S met EMMR & CIA. S.A.S. at 0.41).
  'ca', 'eirl', 'sac', 'kk', 'compania', 'companhia', 'compagnia',
]);

/** Words frequent in organisation names: they distinguish little. */
export const ORG_WORDS = new Set([
  'trading', 'trade', 'traders', 'group', 'holding', 'holdings', 'international', 'intl', 'industries', 'industrial', 'industry',
  'services', 'service', 'enterprises', 'enterprise', 'general', 'import', 'export', 'foundation', 'charity', 'charitable',
  'association', 'society', 'organization', 'organisation', 'institute', 'committee', 'bank', 'investment', 'investments',
  'exchange', 'money', 'travel', 'transport', 'shipping', 'logistics', 'commercial', 'commerce', 'development', 'relief',
  'humanitarian', 'aid', 'welfare', 'agency', 'center', 'centre', 'office', 'global', 'world', 'national', 'united',
  'brigade', 'brigades', 'battalion', 'front', 'movement', 'army', 'party', 'network', 'council', 'union', 'fund', 'trust',
  'جمعية', 'منظمة', 'مكتب', 'الخيرية', 'خيرية', 'مجموعة', 'للتجارة', 'التجارية', 'التجارة', 'تجارة',
  // Since 1.81.0: the family firm's words (Haji Khairullah & Sons Money Exchange), and the Turkish
  // company's (Sanayi ve Ticaret: industry and trade; Nakliyat, transport; Petrol).
  'sons', 'brothers', 'partners', 'ticaret', 'sanayi', 'nakliyat', 'petrol',
  // Since 1.126.0: Turkish ithalat and ihracat (import, export: ITHALAT IHRACAT SANAYI VE TICARET).
  'ithalat', 'ihracat',
  // Since 1.147.0: a branch (org-words.ts reads it in other languages), which says where a body
  // is, not which: "Al-Haramain Foundation Kenya Branch" left it unpaired against AL-HARAMAYN
  // FOUNDATION (KENYA) at a rare name's weight, and the Kenyan branch then met no better than the
  // Pakistani one.
  'branch',
  // Since 1.124.0: offshore, the status of a Lebanese S.A.L. registered to trade abroad (GOLDEN FISH
  // S.A.L. (OFFSHORE), PREMIER INVESTMENT GROUP SAL (OFF-SHORE), SYNERGY SAL OFFSHORE, OFAC SDN),
  // which the query "Offshore" met at 0.86 as a name of its own (matching/name-variants.ts reads it
  // in its place when in parentheses, as OFF-SHORE and OFF SHORE). Not a legal form: one of 0.15
  // left "M. MARINE S.A.L. OFFSHORE" as little as "M. Marine", which met three other marine firms.
  'offshore',
]);

/** Function words inside names of organisations (and a few in names of people). */
export const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'de', 'la', 'le', 'les', 'des', 'du', 'et', 'und', 'der', 'die', 'y', 'e', 'da', 'do', 'dos', 'a', 'wa', 'و',
  // Since 1.32.0: the Arabic prepositions, standing alone (في) or cut off the word they were
  // written onto (tokens.ts arabicCliticCompound: بالدم is ب + الدم), and French pour, aux, avec, dans.
  'في', 'ب', 'ف', 'ك', 'ل', 'pour', 'aux', 'avec', 'dans',
  // Since 1.73.0: French and Spanish en (in) and Spanish del (of the), in the names of organisations
  // (État islamique en Irak, Estado Islámico en el Gran Sáhara, Movimiento Islámico del Turquestán).
  'en', 'del',
  // Since 1.81.0: Turkish ve (and), in the names of companies (Sanayi ve Ticaret).
  've',
  // Since 1.79.0: Italian di and the forms of del (della, dello, dei, degli, delle). Not the
  // Portuguese and German das: Das is a common family name in India and Bangladesh.
  'di', 'della', 'dello', 'dei', 'degli', 'delle',
  // Russian и (and, since 1.35.0) and в (in, since 1.36.0) in the names of organisations
  // (Исламское государство Ирака и Леванта, Аль-Каида в странах исламского Магриба); Ukrainian та,
  // і (and) since 1.38.0 (Ісламська держава Іраку та Леванту).
  'и', 'в', 'та', 'і',
  // Since 1.126.0: "named after" (Russian imeni) before the person a Russian institution is named for
  // (RESEARCH INSTITUTE NAMED AFTER ..., OFAC SDN: 31 names), which two such institutions shared.
  'named', 'after', 'imeni']);

let commonBySkeleton: Map<string, number> | undefined;

function keyOf(latin: string): string {
  return skeleton(phoneticFold(latin));
}

function table(): Map<string, number> {
  if (commonBySkeleton) return commonBySkeleton;
  const map = new Map<string, number>();
  for (const [value, names] of GIVEN_NAMES) {
    for (const n of names) {
      const k = keyOf(/[a-z]/.test(n) ? n : romaniseArabicToken(n));
      map.set(k, Math.max(map.get(k) ?? 0, value));
    }
  }
  commonBySkeleton = map;
  return map;
}

/** The given names above as written (lower case), for a word that must not be read as one (acronyms.ts). */
let givenNames: Set<string> | undefined;

/** Whether a lower-case Latin word is one of the common given names above, as written. */
export function isCommonGivenName(word: string): boolean {
  givenNames ??= new Set(GIVEN_NAMES.flatMap(([, names]) => names));
  return givenNames.has(word);
}

/** Population commonness of a token in [0, 1], by its skeleton. */
export function populationCommonness(tokenSkeleton: string): number {
  return table().get(tokenSkeleton) ?? 0;
}

/**
 * Given names compounded with Allah as Pashto, Dari and Urdu write them (Matiullah, Shafiqullah,
 * Hekmatullah, Rahmatulla): hundreds of them, each common in Afghanistan and Pakistan, too many to
 * list one by one, known by their ending (folded: ...ulah, ...ula, ...olah). Abdullah is in the table
 * above. Since 1.76.0.
 */
const ALLAH_COMPOUND_COMMONNESS = 0.4;
const ALLAH_COMPOUND_MIN_LENGTH = 7;

/** Population commonness of a token by its folded form's ending (ALLAH_COMPOUND_COMMONNESS), else 0. */
export function compoundCommonness(folded: string): number {
  if (folded.length < ALLAH_COMPOUND_MIN_LENGTH) return 0;
  return folded.endsWith('ulah') || folded.endsWith('olah') || folded.endsWith('ula') ? ALLAH_COMPOUND_COMMONNESS : 0;
}

/**
 * West African family and given names as Mali, Senegal, Guinea, Burkina Faso, Côte d'Ivoire and Niger
 * write them (since 1.96.0), each held by hundreds of thousands or millions: rare on the lists, so a
 * customer named Camara, Koné or Kaboré agreed on a "rare" word with a listed Papa Camará, Joseph Kony
 * or A. Kabir. Looked up by the whole folded spelling, not by the consonant skeleton the table above
 * uses: by skeleton Adama took Adam's weight, Amadou Imad's and Kaboré Kabir's (tried first, it lost
 * thirteen items of the evaluation).
 */
const WEST_AFRICAN_NAMES = [
  'diallo', 'traore', 'coulibaly', 'kulibali', 'keita', 'kone', 'camara', 'kamara', 'diarra', 'sylla', 'diop', 'ndiaye', 'cisse',
  'ouedraogo', 'kabore', 'sawadogo', 'sanogo', 'bamba', 'konate', 'fofana', 'sidibe', 'sangare', 'doumbia', 'dembele', 'balde',
  'toure', 'diakite', 'sissoko', 'kouyate', 'ouattara', 'compaore', 'diabate', 'gueye', 'mbaye',
  'mamadou', 'amadou', 'ibrahima', 'abdoulaye', 'seydou', 'boubacar', 'aliou', 'ousmane', 'lamine', 'modou', 'adama',
  'fatoumata', 'aminata', 'aissatou', 'mariama', 'kadiatou', 'souleymane', 'mahamadou', 'drissa', 'bakary', 'siaka', 'yacouba',
];
const WEST_AFRICAN_COMMONNESS = 0.7;
let westAfrican: Set<string> | undefined;

/** Population commonness of a Latin token by its whole folded spelling (WEST_AFRICAN_NAMES), else 0. */
export function spellingCommonness(folded: string): number {
  westAfrican ??= new Set(WEST_AFRICAN_NAMES.map(phoneticFold));
  return westAfrican.has(folded) ? WEST_AFRICAN_COMMONNESS : 0;
}

/**
 * 'org-word-alone': an organisation word in a name made of organisation words alone, function words
 * and legal forms aside (matching/prepared.ts madeOfOrgWords; since 1.72.0). 'place-word': a word of
 * a country's or territory's name in an organisation's name (matching/place-words.ts; since
 * 1.117.0). 'sector-word': a word saying an organisation's trade, in its name (matching/sector-words.ts;
 * since 1.127.0). The analysis gives none of the three: the class is the word's, the name decides.
 */
export type VocabularyClass = 'legal-form' | 'org-word' | 'org-word-alone' | 'place-word' | 'sector-word' | 'stop-word' | undefined;

/** Whether a token (normalised text or romanised form, in `script`) is organisation vocabulary. */
export function vocabularyClass(text: string, latin: string, script: Script): VocabularyClass {
  // A Latin token's text is its romanisation: ask each table once.
  if (text === latin) {
    if (LEGAL_FORMS.has(text)) return 'legal-form';
    if (STOP_WORDS.has(text)) return 'stop-word';
    if (ORG_WORDS.has(text) || isTranslatedOrgWord(text)) return 'org-word';
    return undefined;
  }
  // An Arabic-script word is read against the tables' Arabic entries only: its romanisation is a
  // skeleton of consonants and long vowels, and short ones land on Latin function words and
  // abbreviations (دعاء, the name Du'a, romanises to "da", which read as a stop word until 1.16.0
  // and left Abu Du'a a name of weight 0.3). Cyrillic keeps both readings: a Western word written
  // in Cyrillic (оф, де, ООО) is the word itself.
  const viaLatin = script !== 'arabic';
  if (LEGAL_FORMS.has(text) || (viaLatin && LEGAL_FORMS.has(latin))) return 'legal-form';
  if (STOP_WORDS.has(text) || (viaLatin && STOP_WORDS.has(latin))) return 'stop-word';
  if (ORG_WORDS.has(text) || ORG_WORDS.has(latin) || isTranslatedOrgWord(text) || isTranslatedOrgWord(latin)) return 'org-word';
  return undefined;
}
