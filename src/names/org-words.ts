/**
 * Organisation words across Arabic, English and French.
 *
 * Sanctions lists often carry an organisation's Arabic name next to an English (or French) name
 * that translates it word for word: الجماعة الإسلامية المقاتلة الليبية is the Libyan Islamic
 * Fighting Group, جبهة النصرة the Nusrah Front. Transliteration cannot bring جماعة to "group", so
 * a token written as one of these words carries the English word as its alternative form (`alt`,
 * the same slot the glued article uses): the index and the scorer then meet the translation at
 * the alternative-form penalty, and the word still meets its transliteration (Jamaat) by its own
 * folded form.
 *
 * Written for this project from ordinary dictionary meanings (Hans Wehr, A Dictionary of Modern
 * Written Arabic, 4th ed.; Larousse French-English); the demonyms are the country adjectives in
 * English, French and Arabic as written in UN documents. Only the meaning is recorded here: the
 * English word is the shared key, French and Arabic spellings point to it.
 */

/** English word -> its Arabic (undotted article-free stems) and French spellings. */
const TRANSLATIONS: [english: string, orgWord: boolean, forms: string[]][] = [
  ['group', true, ['جماعة', 'مجموعة', 'groupe']],
  ['islamic', true, ['اسلامي', 'اسلامية', 'islamique', 'islamiques']],
  ['front', true, ['جبهة']],
  ['army', true, ['جيش', 'armee']],
  ['armed', false, ['مسلح', 'مسلحة', 'arme', 'armes']],
  ['brigade', true, ['لواء', 'brigade']],
  ['brigades', true, ['كتائب']],
  ['battalion', true, ['كتيبة', 'bataillon']],
  ['foundation', true, ['fondation']],
  ['charity', true, ['خيرية', 'charitable', 'bienfaisance', 'caritative']],
  ['movement', true, ['حركة', 'mouvement']],
  ['network', true, ['شبكة', 'reseau']],
  ['state', true, ['دولة', 'etat']],
  ['organization', true, ['تنظيم', 'منظمة', 'organisation']],
  ['fighting', true, ['مقاتلة', 'combatant', 'combattant', 'combattante', 'combattants']],
  // صرافی: the Dari money exchange (Sarafi), read with Arabic yeh (since 1.31.0).
  ['exchange', true, ['صرافة', 'صرافي', 'change']],
  ['office', true, ['مكتب', 'bureau']],
  ['society', true, ['جمعية']],
  ['relief', true, ['اغاثة', 'secours']],
  ['supporters', false, ['انصار', 'partisans']],
  ['emigrants', false, ['مهاجرين', 'مهاجرون', 'emigres']],
  ['unification', false, ['توحيد']],
  ['revival', false, ['احياء', 'renouveau']],
  ['heritage', false, ['تراث', 'patrimoine']],
  ['people', false, ['اهل', 'peuple']],
  ['west', false, ['غرب', 'ouest']],
  ['africa', false, ['افريقيا', 'afrique']],
  ['peninsula', false, ['جزيرة', 'peninsule']],
  ['levant', false, ['شام']],
  // بلاد, "the lands of", before a region in the names of armed groups (ببلاد المغرب, بلاد الرافدين,
  // بلاد الشام): a word the English and French names leave out or translate freely (since 1.34.0).
  ['lands', true, ['بلاد', 'pays']],
  ['egyptian', false, ['مصري', 'مصرية', 'egyptien', 'egyptienne']],
  ['libyan', false, ['ليبي', 'ليبية', 'libyen', 'libyenne']],
  ['moroccan', false, ['مغربي', 'مغربية', 'marocain', 'marocaine']],
  ['tunisian', false, ['تونسي', 'تونسية', 'tunisien', 'tunisienne']],
];

/**
 * Russian organisation words by stem (since 1.35.0; Ukrainian since 1.38.0): English key,
 * organisation word or not, stems. Both languages decline nouns and adjectives, so a word is one of
 * these stems and an ending of CYRILLIC_ENDINGS (Исламское государство Ирака, Исламского
 * государства, исламская группировка; Ісламська держава, угруповання). Up to 1.34.0 a Cyrillic word
 * had no translation, and "Исламское государство Ирака и Леванта" met nothing at all.
 */
const RUSSIAN_STEMS: [english: string, orgWord: boolean, stems: string[]][] = [
  ['islamic', true, ['исламск', 'ісламськ']],
  ['state', true, ['государств', 'держав']],
  ['group', true, ['групп', 'группировк', 'груп', 'угрупованн']],
  ['front', true, ['фронт']],
  ['army', true, ['арми', 'армі']],
  ['brigade', true, ['бригад']],
  ['battalion', true, ['батальон']],
  ['movement', true, ['движени', 'рух']],
  ['organization', true, ['организаци', 'організаці']],
  ['foundation', true, ['фонд']],
  ['charity', true, ['благотворительн', 'благодійн']],
  ['society', true, ['обществ', 'товариств']],
  ['supporters', false, ['сторонник', 'прихильник']],
  ['levant', false, ['левант']],
  ['lands', true, ['стран', 'країн']],
  ['arabian', false, ['аравийск', 'аравійськ']],
  ['west', false, ['западн', 'західн']],
  ['africa', false, ['африк', 'африц']],
  ['peninsula', false, ['полуостров', 'півостр']],
  ['egyptian', false, ['египетск', 'єгипетськ']],
  ['libyan', false, ['ливийск', 'лівійськ']],
  ['moroccan', false, ['марокканск', 'марокканськ']],
  ['tunisian', false, ['тунисск', 'туніськ']],
];

/** The case and number endings of Russian and Ukrainian nouns and adjectives after a stem above. */
const CYRILLIC_ENDINGS = new Set([
  '', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'ь',
  'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ыми', 'ими',
  // Ukrainian: і, ї, є and the endings only it has.
  'і', 'ї', 'ою', 'ею', 'єю', 'ої', 'ів', 'ій', 'ім', 'іх', 'є', 'ія', 'ії', 'ію', 'ією', 'ові', 'еві',
]);

function russianLookup(text: string): { english: string; orgWord: boolean } | undefined {
  for (const [english, orgWord, stems] of RUSSIAN_STEMS) {
    for (const stem of stems) if (text.startsWith(stem) && CYRILLIC_ENDINGS.has(text.slice(stem.length))) return { english, orgWord };
  }
  return undefined;
}

/** A Cyrillic letter (а-я, ё and the Ukrainian і, ї, є, ґ in the same block). */
function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

/** Hamza seats, ta marbuta and alef maqsura written the common way, so spellings meet. */
function arabicKey(word: string): string {
  if (!ARABIC_KEY_LETTERS.test(word)) return word;
  return word.replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

/** Any letter arabicKey rewrites (without one the word is its own key). */
const ARABIC_KEY_LETTERS = /[أإآٱةى]/;

const CONCEPT = new Map<string, { english: string; orgWord: boolean }>();
for (const [english, orgWord, forms] of TRANSLATIONS) {
  for (const f of forms) CONCEPT.set(/[a-z]/.test(f) ? f : arabicKey(f), { english, orgWord });
}

/**
 * Prefixes written joined to an Arabic word: the article and the conjunction/prepositions before
 * it (ب since 1.34.0: ببلاد).
 */
const ARABIC_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ل', 'ب'];

/** /^[a-z]+$/.test(s), by code unit. */
function isLowerAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function lookup(text: string): { english: string; orgWord: boolean } | undefined {
  if (isLowerAsciiWord(text)) return CONCEPT.get(text);
  if (text.length > 0 && isCyrillic(text.charCodeAt(0))) return russianLookup(text);
  const key = arabicKey(text);
  const whole = CONCEPT.get(key);
  if (whole) return whole;
  for (const p of ARABIC_PREFIXES) {
    if (key.startsWith(p) && key.length - p.length >= 3) {
      const hit = CONCEPT.get(key.slice(p.length));
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The English word a token translates, when it is one of the organisation words above (the token
 * as normalised: lower-case Latin without accents, Arabic script with or without the article, or
 * Cyrillic in lower case).
 */
export function translatedOrgWord(text: string): string | undefined {
  return lookup(text)?.english;
}

/** Whether the token translates a word that is frequent in organisation names (weighs little). */
export function isTranslatedOrgWord(text: string): boolean {
  return lookup(text)?.orgWord === true;
}
