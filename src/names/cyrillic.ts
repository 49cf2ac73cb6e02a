/**
 * Cyrillic romanisation for Russian and Ukrainian names.
 *
 * Strategy: romanise Cyrillic script to one English-style spelling (close to BGN/PCGN), then let the
 * phonetic fold (keys.ts) bring every common Latin scheme to the same folded form:
 *   BGN/PCGN  Khamatovich  Yevgeniy   Zhukov   Shchukin
 *   ICAO      Khamatovich  Evgenii    Zhukov   Shchukin
 *   German    Chamatowitsch Jewgeni   Schukow  Schtschukin
 *   French    Khamatovitch Ievgueni   Joukov   Chtchoukine
 * The fold handles kh/ch, v/w, tsch/tch/ch, sch/sh, zh/j, -iy/-ii/-ij, ye/je/ie/e, yu/ju/iu/ou; what
 * it cannot make identical the weighted distance makes cheap (see distance.ts families).
 */

/** Russian: the table behind BGN/PCGN, without its diacritics and apostrophes. */
const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Ukrainian differs where its letters sound differently: г is h, и is y, і is i, є is ye, ї is yi. */
const UKRAINIAN: Record<string, string> = {
  ...RUSSIAN,
  г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'yi', є: 'ye', щ: 'shch',
};

/** Letters other Cyrillic alphabets add (Belarusian, Kazakh, Uzbek, Tajik, Chechen names on lists). */
const OTHER_CYRILLIC: Record<string, string> = {
  ў: 'u', ә: 'a', ғ: 'gh', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
  ј: 'j', љ: 'lj', њ: 'nj', ћ: 'ch', ђ: 'dj', џ: 'dzh', ѓ: 'g', ќ: 'k', ѕ: 'dz', ӏ: '',
};

const UKRAINIAN_ONLY = /[іїєґ]/;
const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ъ', 'ь']);

export type CyrillicLanguage = 'ru' | 'uk';

/** Ukrainian when the token uses a letter only Ukrainian has; otherwise Russian (the common case). */
export function guessCyrillicLanguage(token: string): CyrillicLanguage {
  return UKRAINIAN_ONLY.test(token) ? 'uk' : 'ru';
}

/**
 * Romanises one lower-case Cyrillic token. Russian "е" is "ye" at the start of a word and after a
 * vowel or a hard/soft sign (Yevgeniy, Andreyev), as BGN/PCGN writes it.
 */
export function romaniseCyrillicToken(token: string, language: CyrillicLanguage = guessCyrillicLanguage(token)): string {
  const table = language === 'uk' ? UKRAINIAN : RUSSIAN;
  const chars = Array.from(token);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const prev = chars[i - 1];
    if (c === 'е' && language === 'ru' && (i === 0 || (prev !== undefined && VOWELS.has(prev)))) {
      out += 'ye';
      continue;
    }
    const mapped = table[c] ?? OTHER_CYRILLIC[c];
    out += mapped ?? c;
  }
  return out;
}

/**
 * The Cyrillic word without a Russian case ending, when it may be a name declined in a sentence
 * (since 1.37.0): Russian writes foreign names in the case the sentence needs, Усамы бен Ладена (of
 * Osama bin Laden), Абу Бакра, Исламское государство Ирака (of Iraq), so a payment text or a Russian
 * source gives Ladena where the list has Laden. Only the genitive (а, ы) and instrumental (ом, ем)
 * endings, after a consonant, with four letters or more left; not the dative у or prepositional е,
 * which end French-style names as Russian writes them (Хейру for Kheirou: read as Хейр it met
 * Khayr), except after a family name's suffix (since 1.43.0, below). The word is read both ways
 * (tokens.ts gives the stem as the alternative form), never cut in place.
 */
export function russianCaseStem(text: string): string | undefined {
  return (
    stemWithout(text, RUSSIAN_CASE_ENDINGS, (stem) => !RUSSIAN_VOWELS_AND_SIGNS.has(stem.charAt(stem.length - 1))) ??
    // A family name in -ов, -ев, -ин, -ын declined: the dative у (перевод Умарову, a payment to
    // Umarov), the instrumental ым, the prepositional е, and the feminine ой (Умаровой). After those
    // suffixes у and е can be read safely: a French-style name in у or е (Хейру) does not end its
    // stem in them.
    stemWithout(text, SURNAME_CASE_ENDINGS, (stem) => SURNAME_SUFFIX.test(stem))
  );
}

/**
 * `text` without the first of `endings` it ends in, where four letters or more are left and `keeps`
 * accepts the stem; undefined otherwise (a later, shorter ending is not tried).
 */
function stemWithout(text: string, endings: readonly string[], keeps: (stem: string) => boolean): string | undefined {
  for (const ending of endings) {
    if (!text.endsWith(ending)) continue;
    const stem = text.slice(0, text.length - ending.length);
    return stem.length >= 4 && keeps(stem) ? stem : undefined;
  }
  return undefined;
}

/** The endings russianCaseStem takes off a noun, two-letter ones first. */
const RUSSIAN_CASE_ENDINGS = ['ом', 'ем', 'а', 'ы'];
/** The endings it takes off a family name, two-letter ones first, and the suffixes it needs before them. */
const SURNAME_CASE_ENDINGS = ['ым', 'ой', 'у', 'е'];
const SURNAME_SUFFIX = /(?:ов|ев|ёв|ин|ын)$/;
/** The letters a noun's stem may not end in: the vowels and signs (VOWELS) and й. */
const RUSSIAN_VOWELS_AND_SIGNS = new Set([...VOWELS, 'й']);
