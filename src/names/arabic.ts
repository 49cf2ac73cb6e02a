/**
 * Arabic script and Arabic name structure, owned by the project (no library romanises Arabic names
 * usefully).
 *
 * Romanisation: Arabic writes consonants and long vowels but not short vowels, so "محمد" can only
 * become "mhmd". We romanise to the conventional English-style spelling of what is written
 * ("kh", "sh", "th", "dh", "gh"), mark the result as `abjad` (short vowels missing), and let the
 * distance (src/matching/distance.ts) insert short vowels on the Latin side almost for free. Long
 * vowels are written in Arabic, so they still count: محمود (Mahmoud) stays away from Muhammad.
 *
 * Name structure rules (tables below) work on normalised Latin tokens and on Arabic tokens alike:
 * the article al- and its sun-letter assimilations, kunya (Abu, Umm), nasab (bin, ibn, bint, ould),
 * Abd + divine name compounds, and honorifics that are not names.
 */
import { phoneticFold } from './keys.js';
import { LONGEST_WORD } from './name-limits.js';

/** Consonant letters and their usual English-style spelling. */
const LETTERS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  // Hamza on its own or on a seat inside a word is a glottal stop, not written in everyday spellings.
  'ء': '', 'ؤ': '', 'ئ': '',
  // Ta marbuta ends feminine names: Usama, Hamza, Fatima ("-ah" spellings lose only an h).
  'ة': 'a',
  // Alef maqsura is a long a at the end of a word: Yahya, Musa, Mustafa.
  'ى': 'a',
  // Persian, Urdu and Pashto letters that appear in names on the list.
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ڤ': 'v', 'ٹ': 't', 'ڈ': 'd', 'ڑ': 'r', 'ں': 'n', 'ے': 'e',
  'ټ': 't', 'ډ': 'd', 'ړ': 'r', 'ښ': 'sh', 'ږ': 'zh', 'ځ': 'z', 'څ': 's', 'ڼ': 'n',
};

/** Alef and its hamza forms at the start of a word carry the word's first vowel. */
const INITIAL_ALEF: Record<string, string> = { 'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a' };
/** Inside a word alef is a long a (the hamza seats lose the glottal stop). */
const MEDIAL_ALEF: Record<string, string> = { 'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a' };

const VOWEL_CARRIERS = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'ة', 'و', 'ي']);

/** The definite article written joined to the word, as Arabic always writes it. */
export const ARABIC_ARTICLE = 'ال';

/**
 * The same letters written straight into the folded alphabet (keys.ts): one character per Arabic
 * letter, so that letters written side by side never read as a Latin digraph (ز + ه is z-h, not the
 * "zh" of Zhukov; س + ح is s-h, not "sh"; ت + س is t-s, not "ts"). Dad and za are written D, the
 * dh/d/z family: Arabic and Persian spellings give ض as d (Ramadan), dh (Ramadhan) and z (Zia,
 * Fazl, Ramazan), and ظ as z (Zahir) or dh (Dhahir).
 */
const FOLDED_LETTERS: Record<string, string> = {
  ...LETTERS,
  'ث': 'T', 'خ': 'X', 'ذ': 'D', 'ش': 'S', 'غ': 'G', 'ض': 'D', 'ظ': 'D',
  'چ': 'C', 'ژ': 'J', 'ښ': 'S', 'ږ': 'J',
};

/**
 * Romanises one Arabic-script token (already normalised: no harakat, no tatweel). Waw and ya are
 * consonants (w, y) at the start of a word or before a vowel letter, long vowels (u, i) elsewhere.
 * Ayn at the start of a word is written as a vowel in Latin spellings (Ali, Omar, Abd), elsewhere
 * it is dropped (Saad, Ismail).
 */
export function romaniseArabicToken(token: string): string {
  return transcribe(token, LETTERS);
}

/**
 * The folded form (keys.ts alphabet) of an Arabic-script token: what romaniseArabicToken writes,
 * one folded letter per Arabic letter, doubled letters once. Not phoneticFold of the romanisation:
 * that would read accidental digraphs and would treat a written consonant ya before a consonant
 * (يحيى, yhya) as the Latin vowel y.
 */
export function foldArabicToken(token: string): string {
  const t = transcribe(token, FOLDED_LETTERS);
  let out = '';
  for (const ch of t) if (ch !== out[out.length - 1]) out += ch;
  // A final heh read as the vowel it writes (since 1.24.0; finalHehIsVowel).
  return finalHehIsVowel(token) && out.endsWith('h') ? `${out.slice(0, -1)}a` : out;
}

/**
 * Whether the final ه of an Arabic-script word writes a vowel, not h: after a consonant, in a word of
 * three letters or more. Persian and Pashto write the final -a/-e so (زاده zada/zadeh, فاطمه
 * Fatima/Fatemeh, حمزه Hamza, نامه), and Arabic typing often writes ة as ه; Latin spellings end such
 * names in a (Akhunzada, Fatima) at least as often as in h, and the fold read h, a consonant: زاده
 * met Zada at 0.85 and آخوندزاده Akhunzada at 0.79. The token's alternative form keeps the h reading
 * (tokens.ts alternativeForm), so Zadeh and Fatemeh meet it as before. Not after a long vowel or
 * alef (شاه Shah, وجيه Wajih, كوه Koh), lam (الله, إله), or another heh: there the h is a consonant.
 */
export function finalHehIsVowel(token: string): boolean {
  // Most words do not end in heh: answered before splitting the word into letters (the fold runs on
  // every Arabic-script word analysed).
  if (!token.endsWith('ه')) return false;
  const chars = Array.from(token);
  if (chars.length < 3) return false;
  const before = chars[chars.length - 2] as string;
  return LETTERS[before] !== undefined && !HEH_KEEPING.has(before);
}

/** Letters after which a final heh is the consonant h (finalHehIsVowel). */
const HEH_KEEPING = new Set(['ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى', 'ی', 'ل', 'ه', 'ة', 'ء', 'ؤ', 'ئ']);

function transcribe(token: string, letters: Record<string, string>): string {
  const chars = Array.from(token);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const next = chars[i + 1];
    const prev = chars[i - 1];
    if (c === 'و') {
      const consonant = i === 0 || (next !== undefined && VOWEL_CARRIERS.has(next) && next !== 'و') || prev === 'ا';
      out += consonant ? 'w' : 'u';
    } else if (c === 'ي') {
      const consonant = i === 0 || (next !== undefined && VOWEL_CARRIERS.has(next) && next !== 'ي');
      out += consonant ? 'y' : 'i';
    } else if (c === 'ع') {
      out += i === 0 ? 'a' : '';
    } else if (i === 0 && INITIAL_ALEF[c] !== undefined) {
      out += INITIAL_ALEF[c];
    } else if (MEDIAL_ALEF[c] !== undefined) {
      out += MEDIAL_ALEF[c];
    } else {
      const mapped = letters[c];
      // Anything unknown (a stray Latin letter, a digit) passes through; any-ascii handles other scripts.
      out += mapped ?? c;
    }
  }
  return out;
}

/** Splits the joined article from an Arabic token: "البغدادي" -> { article: true, stem: "بغدادي" }. */
export function splitArabicArticle(token: string): { article: boolean; stem: string } {
  // "الله" (Allah) is a word, not article + "له".
  if (token.startsWith(ARABIC_ARTICLE) && Array.from(token).length >= 4 && token !== 'الله') {
    return { article: true, stem: token.slice(2) };
  }
  return { article: false, stem: token };
}

// ---------------------------------------------------------------------------------------------
// Name structure tables. Keys are normalised Latin (normalise.ts) or normalised Arabic tokens.
// ---------------------------------------------------------------------------------------------

/**
 * The article standing alone (hyphens became spaces): al-Baghdadi, el-Masri, ul-Haq. Not "il" (since
 * 1.13.0): in sanctions lists a standalone Il is the Korean name (Kim Il Sung, Pak Il Kyu, Cho Il U:
 * 11 of the 12 on the UN list; the twelfth is Italian, il Libico), and reading it as the article
 * dropped it, so Pak Il Kyu and Pak Kyu were one name.
 */
export const ARTICLES = new Set(['al', 'el', 'ul', 'ol', 'l']);

/**
 * The article assimilated to a following "sun letter": ad-Din, ar-Rahman, as-Sayyid, ash-Shami,
 * at-Tamimi, an-Nasser, az-Zawahiri, adh-Dhahabi, ath-Thani (and e-/u- variants). Only an article
 * when the next token starts with the same consonant, so "As" or "An" as names are left alone.
 */
export const SUN_ARTICLES: Record<string, string> = {
  ad: 'd', ar: 'r', as: 's', at: 't', an: 'n', az: 'z', ash: 'sh', adh: 'dh', ath: 'th',
  ed: 'd', er: 'r', es: 's', et: 't', en: 'n', ez: 'z', esh: 'sh', edh: 'dh', eth: 'th',
  ud: 'd', ur: 'r', us: 's', ut: 't', un: 'n', uz: 'z', ush: 'sh', udh: 'dh', uth: 'th',
};

/**
 * SUN_ARTICLES as a map, for the rules that ask it of a token (tokens.ts applyStructure,
 * matching/comma-family-title.ts, matching/name-variants.ts isArticle): a token is rarely a key,
 * and looking up a string made at run time as an object's key costs more. The object also answers
 * for the names of Object.prototype's members ("constructor" gives a function), where the map
 * gives undefined.
 */
export const SUN_ARTICLE_LETTERS: ReadonlyMap<string, string> = new Map(Object.entries(SUN_ARTICLES));

/** Kunya: "father of" / "mother of". Kept as a low-weight token (it is part of the name people use). */
export const KUNYA = new Set(['abu', 'abou', 'abo', 'aboo', 'abū', 'bu', 'bou', 'umm', 'um', 'oum', 'om', 'omm', 'ابو', 'أبو', 'ام', 'أم', 'ابي', 'أبي',
  // Turkish Ebu (Ebu Bekir, Ebu Muhammed el-Adnani; since 1.75.0).
  'ebu']);
/** "abul" / "aboul" = abu + al. */
export const KUNYA_WITH_ARTICLE = new Set(['abul', 'aboul', 'abol', 'abil']);

/**
 * Nasab particles: son/daughter of. Kept as low-weight tokens so "bin Laden" meets "Binladen".
 * Uld is Ould as Russian writes it (ульд, since 1.30.0).
 */
export const NASAB = new Set(['bin', 'ibn', 'ben', 'bint', 'binte', 'binti', 'ould', 'uld', 'wuld', 'wald', 'walad', 'ibnu', 'bn', 'بن', 'ابن', 'بنت', 'ولد']);

/**
 * The Latin spellings of each title that has several (one title, one row), for TITLES and for
 * isTypedTitleOf; glued forms with the article (alhaj) are titles of their own. Since 1.27.0 a
 * row also holds the romanisations of the title as Russian-language sources write it (Муллах
 * mullakh, Хаджи khadzhi, Мавлави mavlavi): a Cyrillic token is read by its romanised form, and
 * until then "Муллах Фазлуллах" kept the title as a rare name word and met nothing at all.
 */
const TITLE_SPELLINGS: readonly (readonly string[])[] = [
  // Since 1.52.0 also as Indonesian and Malay write it (Syekh, Syeikh, Syaikh).
  // Since 1.82.0 also as Turkish writes it (Şeyh, read sheyh; seyh typed without the cedilla), and
  // Mevlana, Mevlevi for Maulana, Maulavi.
  ['sheikh', 'shaykh', 'shaikh', 'sheik', 'shaik', 'shaikhu', 'cheikh', 'cheik', 'chaikh', 'sheykh', 'shekh', 'syekh', 'syeikh', 'syaikh', 'sheyh', 'seyh'],
  ['mullah', 'mulla', 'molla', 'mollah', 'mulah', 'moulla', 'mullakh', 'mollakh'],
  ['maulavi', 'mawlawi', 'maulvi', 'moulavi', 'mawlavi', 'molvi', 'maulawi', 'mowlavi', 'mowlawi', 'moulvi', 'mavlavi', 'movlavi', 'mavlevi', 'mevlevi'],
  ['maulana', 'mawlana', 'moulana', 'mowlana', 'mavlana', 'mevlana'],
  // Haci is the Turkish Hacı written without its dotless i (since 1.75.0).
  ['haji', 'hajji', 'hajj', 'hadj', 'hadji', 'khadzhi', 'khadzhdzhi', 'khadzh', 'hadzhi', 'khadji', 'chadschi', 'haci'],
  ['qari', 'qary'],
  ['imam', 'emam'],
  // Ustadz is the Indonesian spelling (Ustadz Abu Bakar Ba'asyir: since 1.52.0), Ustaad a Pakistani one.
  ['ustadh', 'ustad', 'ustaz', 'ustadz', 'ustaad'],
  // The Indonesian and Javanese cleric's title (Kiai, Kyai) and the Hausa and Sahel one (Mallam,
  // Malam: Mallam Ahmed Nuru, Malam Boureima Dicko), since 1.52.0; neither is a given name.
  ['kiai', 'kyai'],
  ['mallam', 'malam'],
  ['doctor', 'doktor', 'docteur'],
];

/**
 * Honorifics and titles that are not names. Dropped from the name (shown in the explanation).
 * Deliberately absent: words that are also common given names (Amir, Sayyid, Hafiz, Emir).
 */
export const TITLES = new Set([
  ...TITLE_SPELLINGS.flat(),
  'alhaj', 'alhajj', 'alhaji', 'elhadj', 'elhaj', 'mufti',
  'dr', 'prof', 'professor', 'eng', 'engineer', 'mr', 'mrs', 'ms', 'mme', 'mlle',
  // Mosammat, the Bangladeshi honorific before a woman's name, and its abbreviation Mst. (since
  // 1.45.0: as a three-consonant word no list holds it weighed as a rare name the listed woman lacked).
  'mst', 'mosammat', 'mosamat', 'musammat', 'mossammat', 'mosammet',
  'الشيخ', 'شيخ', 'ملا', 'الملا', 'مولوي', 'مولانا', 'الحاج', 'حاج', 'حاجي', 'الحاجي', 'حجي', 'الحجي', 'قاري', 'القاري',
  'الدكتور', 'دكتور', 'د', 'مفتي', 'المفتي', 'الإمام', 'الامام', 'امام', 'إمام', 'المهندس', 'مهندس',
  // Titles as Russian-language sources write them whose romanisation is also a Latin name (Кари
  // kari, a Finnish name; Qari is the Latin title) or is not a Latin spelling of the title.
  'кари', 'муфтий', 'алхадж', 'альхадж', 'эльхадж', 'доктор', 'проф', 'профессор', 'инженер',
  // Mr, Mrs and citizen in Russian and Ukrainian documents (since 1.42.0; г-н, г-жа and д-р are
  // written out by normalise.ts cyrillicTitlesRead, since a hyphen cuts a token).
  'господин', 'госпожа', 'гражданин', 'гражданка', 'гр', 'пан', 'пані', 'громадянин', 'громадянка',
  // Ustad, Doctor and Engineer as Dari and Arabic write them (the Latin spellings above are titles),
  // in the letters the analysis reads (Persian keheh and yeh as Arabic kaf and yeh: داکتر, انجنیر).
  'استاد', 'استاذ', 'أستاذ', 'الأستاذ', 'الاستاذ', 'داكتر', 'انجنير', 'انجينير',
]);

/** Abd written as its own token, possibly with the linking vowel and article glued on. */
export const ABD_PREFIXES = new Set([
  'abd', 'abdul', 'abdel', 'abdal', 'abdil', 'abdol', 'abdoul', 'abdu', 'abdou', 'abdur', 'abdar', 'abder',
  'abdus', 'abdas', 'abdes', 'abduz', 'abdaz', 'abdush', 'abdesh', 'abdun', 'abdan', 'abdut', 'abdat', 'abdud',
  'abed', 'عبد',
  // The French and West African ou for u before the assimilated article (since 1.28.0): Abdour
  // Rahmane, Abdous Salam, as Abdoul stands beside Abdul.
  'abdour', 'abdous', 'abdouz',
]);

/**
 * Forms that are also given names on their own (Abdi, Abdou, Abdu, Abdo): merged with the next token
 * only when that token is a divine name, so "Abdi Hassan" stays two names.
 */
export const ABD_AMBIGUOUS = new Set(['abdi', 'abdu', 'abdou', 'abdo']);

/**
 * Divine names (and the few other words) that follow Abd in names, in common Latin spellings after
 * normalisation. Used only to decide the ambiguous forms above; "Abd al-X" merges whatever X is.
 */
export const DIVINE_NAMES = new Set([
  'allah', 'ullah', 'ollah', 'illah', 'rahman', 'rahmane', 'rehman', 'rahim', 'raheem', 'aziz', 'azeez', 'karim', 'kareem',
  'malik', 'malek', 'qadir', 'qader', 'kader', 'kadir', 'qadeer', 'latif', 'lateef', 'hamid', 'hameed', 'majid', 'majeed',
  'wahab', 'wahhab', 'razzaq', 'razak', 'razzak', 'razaq', 'jabbar', 'ghaffar', 'ghafar', 'ghafur', 'ghafoor', 'salam', 'salaam',
  'sattar', 'satar', 'halim', 'haleem', 'hakim', 'hakeem', 'hadi', 'baqi', 'basit', 'hafiz', 'jalil', 'jaleel', 'jawad',
  'khaliq', 'nasir', 'nasser', 'nur', 'noor', 'qahhar', 'qayyum', 'qayum', 'rauf', 'raouf', 'rashid', 'rasheed', 'samad', 'samed',
  'wahid', 'waheed', 'wadud', 'wali', 'muizz', 'muttalib', 'muttaleb', 'munim', 'monem', 'moneim', 'hay', 'haq', 'haqq', 'ilah',
  'quddus', 'fattah', 'fatah', 'alim', 'aleem', 'azim', 'azeem', 'kabir', 'kebir', 'mumin', 'mannan', 'bari', 'sami', 'samie',
  'shakur', 'shakoor', 'tawwab', 'tawab', 'khabir', 'hasib', 'muhaymin', 'wakil', 'wakeel', 'qawi', 'matin', 'ghani', 'mughni',
  'mani', 'nafi', 'dayyan', 'rab', 'rabbuh', 'masih', 'nabi', 'hussein', 'husain', 'hussain', 'zahra', 'amir', 'ameer', 'rasul',
  'rasool', 'ridha', 'reda', 'rida', 'redha', 'mahmud', 'mahmoud', 'muhsin', 'mohsen', 'majeed', 'mejid', 'jalal', 'jabar',
  'hai', 'hayy', 'ahad', 'basir', 'baseer', 'manan', 'quddus', 'qudus', 'rehim', 'raziq', 'rahiem', 'rahmen', 'hamed', 'hameed',
]);

/**
 * The words of DIVINE_NAMES that are people's names: the Prophet's family and titles after which the
 * Shia name a servant (Abd al-Hussein, Abd al-Zahra, Abd al-Amir, Abd al-Rasul, Abd al-Ridha, Abd
 * al-Nabi), Abd al-Masih, and names that are a man's as often as God's (Mahmud, Muhsin, Jalal).
 * After Abd written so (Abdul Hussein) they are the compound; after a form that is a name of its
 * own (ABD_AMBIGUOUS: Abdi Hussein, the Somali Abdi son of Hussein) the next name (since 1.134.0):
 * read as the compound, "Mohamed Abdi Hussein" met "Mohamed Hussein Abdi" at 0.36 and "Hussein
 * Abdi" met "Abdi Hussein" at 0.16, where the same names of other words swapped score 0.85.
 */
export const PEOPLES_NAMES_AFTER_ABD = new Set([
  'hussein', 'husain', 'hussain', 'zahra', 'amir', 'ameer', 'rasul', 'rasool', 'ridha', 'reda', 'rida', 'redha',
  'nabi', 'masih', 'mahmud', 'mahmoud', 'muhsin', 'mohsen', 'jalal',
]);

const CONSONANT = '[bcdfghjklmnpqrstvwxyz]';
/**
 * The Allah of an Abd compound after the Abd: ullah, allah, ellah, ila ... and since 1.30.0 with
 * the h as Russian writes it, х romanised kh (Абдуллах abdullakh): read as anything else, the
 * assimilated-article rule below took "ullakh" for the article before a name Lakh.
 */
const ALLAH_REST = /^(?:ou|[aeiou])?l?la?(?:h|kh)?$/;
const ARTICLE_REST = new RegExp(`^(?:ou|[aeiou])?l(${CONSONANT}.{2,}|[aeiou]${CONSONANT}.{1,})$`);
const ASSIMILATED_REST = new RegExp(`^(?:ou|[aeiou])(${CONSONANT})\\1(.+)$`);
const PLAIN_REST = new RegExp(`^(?:ou|[aeiou])?(${CONSONANT}.{2,})$`);

/**
 * The divine name inside a one-token Abd compound, or undefined if the token is not one:
 * "abdulrahman", "abdelrahman", "abdurrahman", "abdrahman" -> "rahman"; "abdullah", "abdallah" -> "allah".
 */
export function abdCompoundName(token: string): string | undefined {
  if (!token.startsWith('abd') || token.length < 6) return undefined;
  const rest = token.slice(3);
  if (ALLAH_REST.test(rest)) return 'allah';
  const assimilated = ASSIMILATED_REST.exec(rest);
  if (assimilated) return (assimilated[1] as string) + (assimilated[2] as string);
  const withArticle = ARTICLE_REST.exec(rest);
  if (withArticle) return withArticle[1] as string;
  const plain = PLAIN_REST.exec(rest);
  if (plain) return plain[1] as string;
  return undefined;
}

/**
 * Abdallah followed by more letters: Abdoulaye, Abdoullaye, Abdullahi, Abdallahjan, Abdullakh (the
 * Russian spelling); not Abdullatif (Abd al-Latif, the article assimilated), Abdulasattar or
 * Abdelaziz. Such a word is a name of its own, compared whole (tokens.ts).
 */
export const ABDALLAH_BASED = /^abd(?:ou|[aeiou])?ll?a(?:h|kh|y|i)/;

/**
 * Where an Abd compound run onto the name before it starts, in a lower-case Latin word (since
 * 1.14.0): HANIABDALLATIF is Hani + Abd al-Latif, MUHAMMEDABDUL (before SALAM) Muhammed + Abdul,
 * QAZIABDULLAH Qazi + Abdullah. Returns the position of that "abd", or undefined. The word must
 * hold at least three letters (with a vowel) before it, and from it on be an Abd standing alone
 * (ABD_PREFIXES, not the forms that are names of their own: Abdi, Abdou), a one-word compound whose
 * name is a divine name (DIVINE_NAMES or Allah), or a name built on Abdallah (HISSENEABDOULAYE:
 * Hissene Abdoulaye), so that a word merely holding the letters a-b-d is left whole. In the UN, OFAC
 * and UK list files here the only Latin word with "abd" after three letters is GROUPEABDOULKARIM
 * (Groupe Abdoul Karim), so listed words are read as before.
 */
export function mergedAbdAt(latin: string): number | undefined {
  // Only a word as long as a name's word may be (name-limits.ts LONGEST_WORD, since 1.83.0): each
  // "abd" found costs a pass over the rest of the word, and each cut the analysis then makes reads
  // the rest again, so the cost grows with the cube of the word's length (a 1,760-letter word took a
  // second, a 22,000-letter one minutes).
  if (latin.length > LONGEST_WORD) return undefined;
  for (let at = latin.indexOf('abd', 3); at !== -1; at = latin.indexOf('abd', at + 1)) {
    if (!HAS_VOWEL.test(latin.slice(0, at))) continue;
    const rest = latin.slice(at);
    if (ABD_PREFIXES.has(rest)) {
      if (!ABD_AMBIGUOUS.has(rest)) return at;
      continue;
    }
    if (isDivineCompound(rest) || ABDALLAH_BASED.test(rest)) return at;
  }
  return undefined;
}

/**
 * Whether `word` (starting with abd) is Abd + a divine name: abdCompoundName's reading, or the word
 * after any Abd form (ABD_PREFIXES: abdur + salam, abdul + ghaffur), the name compared by its fold so
 * that doubled letters and the fold's other spellings count (ghaffur and ghafur, razzak and razak).
 */
function isDivineCompound(word: string): boolean {
  const name = abdCompoundName(word);
  if (name !== undefined && (name === 'allah' || DIVINE_FOLDS.has(phoneticFold(name)))) return true;
  for (let end = 3; end <= Math.min(word.length - 3, LONGEST_ABD_PREFIX); end++) {
    if (ABD_PREFIXES.has(word.slice(0, end)) && DIVINE_FOLDS.has(phoneticFold(word.slice(end)))) return true;
  }
  return false;
}

const HAS_VOWEL = /[aeiouy]/;
const DIVINE_FOLDS = new Set([...DIVINE_NAMES].map((n) => phoneticFold(n)));
const LONGEST_ABD_PREFIX = Math.max(...[...ABD_PREFIXES].map((p) => p.length));

/** True when `rest` (what follows Abd, lower-case Latin) spells Allah: "ullah", "allah", "illah", "ulla", "lah". */
export function isAllahSpelling(rest: string): boolean {
  return ALLAH_REST.test(rest);
}

/** The canonical one-token form of an Abd compound: "abd" + divine name without article. */
export function abdCompound(divineName: string): string {
  const name = ALLAH_REST.test(divineName) || divineName === 'allah' ? 'allah' : divineName;
  return `abd${name}`;
}

/**
 * A Latin token with the article glued on: "alrawi", "elmasri", "assamarrai", "azzawahiri". Returns
 * the stem, or undefined. Only for tokens long enough that the stem is itself a plausible name, so
 * "Ali", "Alam" and "Asad" are left alone.
 */
export function attachedArticleStem(token: string): string | undefined {
  // Both readings start with a or e: other tokens are spared the regular expressions.
  if (token.length < 6 || (token.charCodeAt(0) !== 97 && token.charCodeAt(0) !== 101)) return undefined;
  if ((token.startsWith('al') || token.startsWith('el')) && GLUED_ARTICLE_CONSONANT.test(token.slice(2))) {
    return token.slice(2);
  }
  const sun = GLUED_SUN_ARTICLE.exec(token);
  if (sun) return (sun[1] as string) + (sun[2] as string);
  return undefined;
}

const GLUED_ARTICLE_CONSONANT = /^[bcdfghjkmnpqrstvwxyz]/;
const GLUED_SUN_ARTICLE = /^[ae]([dnrstz])\1(.{3,})$/;

const VOWEL_LETTERS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The spelling an Abd was meant to have when a finger slipped on it (since 1.6.0): one consonant
 * struck as well inside the a-b-d (Agbdul, Absdul, ABXDUL, ABCDULQADER), one consonant struck
 * between the Abd and its linking vowel (ABDYUL), or the b and d swapped (Adbul). Returns the
 * corrected lower-case spelling, or undefined.
 *
 * Why this is safe: Arabic names do not put a second consonant inside the Abd (a-?-b-d, a-b-?-d
 * with ? a consonant, or a-d-b occur in no name), so such a token is the Abd typed badly. An extra
 * vowel is NOT removed (Abid, Abidullah, Abadi are names: Ubaid, not Abd), a plain missing letter
 * is not restored (Adil, Adel are names one letter from Abdil, Abdel), and a replaced letter is not
 * read (Abrar is one touching key from Abdar). After "abd" a struck consonant is dropped only when
 * what is left is exactly a standalone Abd form of five letters or more (abdyul -> abdul), never
 * to make a one-word compound (Abdrahman stays abd + rahman).
 */
export function slippedAbdSpelling(latin: string): string | undefined {
  if (latin.length < 5 || ABD_PREFIXES.has(latin) || !latin.startsWith('a')) return undefined;
  if (latin.startsWith('abd')) {
    // One consonant struck between the Abd and its linking vowel: abdyul -> abdul.
    const c = latin[3] as string;
    if (VOWEL_LETTERS.has(c) || !VOWEL_LETTERS.has(latin[4] as string)) return undefined;
    const fixed = `abd${latin.slice(4)}`;
    return fixed.length >= 5 && ABD_PREFIXES.has(fixed) ? fixed : undefined;
  }
  // The b and d swapped: adbul -> abdul.
  if (latin.startsWith('adb')) return `abd${latin.slice(3)}`;
  // One consonant struck inside the a-b-d: agbdul, absdul, abxdul, abcdulqader.
  for (const at of [1, 2]) {
    const extra = latin[at] as string;
    if (VOWEL_LETTERS.has(extra)) continue;
    const fixed = latin.slice(0, at) + latin.slice(at + 1);
    if (fixed.startsWith('abd') && fixed.length >= 5) return fixed;
  }
  return undefined;
}

/** Latin titles long enough to be recognised with a typo in them (Hji, Qafi, Muplah, Maulanna). */
const TYPED_TITLES = [...TITLES].filter((t) => /^[a-z]{4,}$/.test(t));

/**
 * True when `written` (a lower-case Latin token, not itself a title) is `title` with one typing
 * error: one letter dropped, added or replaced, or two neighbours swapped, never the first letter
 * (since 1.6.0). Hji, Hzajji, Hajk and Hayji for Haji/Hajji, Qai and Qafi for Qari, Muplah and
 * Mullakh for Mullah, Maulanna for Maulana, Maualvi for Maulavi.
 *
 * Such a token is also often a real name (Hani, Hadi and Qadi are one letter from Haji, Hadji and
 * Qari), so it is never dropped on its own: the scorer only lets it go unpaired at no cost where
 * the listed name it is compared with had that title (in any of its spellings since 1.25.0,
 * isTypedTitleOf) removed (score.ts), which a clean name that merely begins with Hani does not make
 * likely.
 */
export function isTypedTitle(written: string, title: string): boolean {
  if (written.length < 3 || title.length < 4 || written[0] !== title[0] || written === title || TITLES.has(written)) return false;
  return oneEditApart(written, title);
}

/**
 * True when `written` is a typed form of `title` or of another Latin spelling of the same title
 * (since 1.25.0): a record's Mawlawi is faced by the query's Maoulawi, one letter from Maulawi though
 * two from Mawlawi (TAi.068's Mawlawi Nanai, typed Maoulawi Nanai, left the word unmatched at its
 * full weight and met nothing).
 */
export function isTypedTitleOf(written: string, title: string): boolean {
  const family = TITLE_FAMILY.get(title);
  if (family === undefined) return isTypedTitle(written, title);
  for (const spelling of family) if (isTypedTitle(written, spelling)) return true;
  return false;
}

/** Each spelling in TITLE_SPELLINGS to all the spellings of its title. */
const TITLE_FAMILY = new Map<string, readonly string[]>();
for (const family of TITLE_SPELLINGS) for (const t of family) TITLE_FAMILY.set(t, family);

/** True when `written` is a typed form of any Latin title of four letters or more. */
export function mayBeTypedTitle(written: string): boolean {
  if (written.length < 3 || TITLES.has(written)) return false;
  for (const t of TYPED_TITLES) if (isTypedTitle(written, t)) return true;
  return false;
}

/** One insertion, deletion, substitution or adjacent transposition apart (and not equal). */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (i === a.length) return false;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
