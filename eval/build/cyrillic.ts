/**
 * Cyrillic <-> Latin renderings used to build eval items and negatives. These are deliberately
 * independent of src/names (the engine's own romaniser): an eval that generated its Cyrillic with
 * the engine's tables would only test that the engine agrees with itself.
 *
 * - renderCyrillic: a Latin-script name (mostly Arabic or Russian origin) as a Russian-language
 *   source would write it ("Abu Bakr al-Baghdadi" -> "Абу Бакр аль-Багдади").
 * - romanise: Russian or Ukrainian Cyrillic in one of the schemes met in real documents
 *   (BGN/PCGN, ICAO passport, French, German; Ukrainian national 2010).
 */

/** Longest match first. Values are lower case; capitalisation is restored per token. */
const LATIN_TO_CYR: readonly [string, string][] = [
  ['shch', 'щ'], ['tsch', 'ч'], ['sch', 'ш'], ['tch', 'ч'],
  ['kh', 'х'], ['zh', 'ж'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['dj', 'дж'], ['dh', 'д'], ['gh', 'г'], ['th', 'т'], ['ph', 'ф'],
  ['you', 'ю'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'йо'], ['ye', 'е'], ['ou', 'у'], ['oo', 'у'], ['ee', 'и'],
  ['ai', 'ай'], ['ay', 'ай'], ['ei', 'ей'], ['ey', 'ей'], ['oi', 'ой'], ['oy', 'ой'], ['ui', 'уй'],
  ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'дж'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'],
  ['w', 'в'], ['x', 'кс'], ['y', 'и'], ['z', 'з'],
];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function capitalise(word: string): string {
  return word.length === 0 ? word : (word[0] as string).toUpperCase() + word.slice(1);
}

/** One Latin word (letters only, lower case) to Russian-style Cyrillic. */
function wordToCyrillic(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    // Word-initial "e" is written "э" in Russian renderings of foreign names (Emad -> Эмад).
    if (i === 0 && word[0] === 'e' && !word.startsWith('ey') && !word.startsWith('ei')) {
      out += 'э';
      i++;
      continue;
    }
    // A "y" between vowels or at the end after a vowel is the consonant й (Sayyaf -> Сайяф).
    if (word[i] === 'y' && i > 0 && VOWELS.has(word[i - 1] as string) && (i + 1 >= word.length || !VOWELS.has(word[i + 1] as string))) {
      out += 'й';
      i++;
      continue;
    }
    let done = false;
    for (const [lat, cyr] of LATIN_TO_CYR) {
      if (word.startsWith(lat, i)) {
        out += cyr;
        i += lat.length;
        done = true;
        break;
      }
    }
    if (!done) {
      out += word[i];
      i++;
    }
  }
  return out;
}

/**
 * A Latin-script name in Russian-language style. The Arabic article becomes "аль-" (the usual
 * Russian press form); hyphens and apostrophes inside words are dropped as Russian sources do.
 */
export function renderCyrillic(name: string): string {
  const tokens = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .split(/[\s,]+/)
    .filter((t) => t !== '');
  const out: string[] = [];
  for (const token of tokens) {
    const art = /^(al|el|ul)-(.+)$/.exec(token);
    if (art) {
      out.push(`аль-${capitalise(wordToCyrillic((art[2] as string).replace(/[^a-z]/g, '')))}`);
      continue;
    }
    if (token === 'al' || token === 'el') {
      out.push('аль');
      continue;
    }
    const parts = token.split('-').map((p) => capitalise(wordToCyrillic(p.replace(/[^a-z]/g, ''))));
    const joined = parts.filter((p) => p !== '').join('-');
    if (joined !== '') out.push(joined);
  }
  return out.join(' ');
}

export type RomanScheme = 'bgn' | 'icao' | 'french' | 'german' | 'ukrainian';

/** Per-letter tables; [initial-position form, other form] where they differ. */
const RU_BASE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', ы: 'y', э: 'e',
};

const SCHEMES: Record<RomanScheme, Record<string, string>> = {
  bgn: { ...RU_BASE, е: 'e', ё: 'ye', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ь: '', ю: 'yu', я: 'ya' },
  icao: { ...RU_BASE, е: 'e', ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ь: '', ю: 'iu', я: 'ia' },
  french: { ...RU_BASE, у: 'ou', е: 'e', ё: 'io', ж: 'j', й: 'i', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ъ: '', ь: '', ю: 'iou', я: 'ia' },
  german: { ...RU_BASE, в: 'w', з: 's', е: 'e', ё: 'jo', ж: 'sch', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ь: '', ю: 'ju', я: 'ja' },
  ukrainian: {
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
    ю: 'iu', я: 'ia', "'": '', '’': '',
  },
};

/** Word-initial forms that differ (BGN "ye" for е at the start, Ukrainian "ye", "yi", "y", "yu", "ya"). */
const INITIAL: Partial<Record<RomanScheme, Record<string, string>>> = {
  bgn: { е: 'ye' },
  german: { е: 'je' },
  ukrainian: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
};

export function romanise(cyrillic: string, scheme: RomanScheme): string {
  const table = SCHEMES[scheme];
  const initial = INITIAL[scheme] ?? {};
  let out = '';
  let atStart = true;
  for (const ch of cyrillic) {
    const lower = ch.toLowerCase();
    const isUpper = lower !== ch;
    const mapped = (atStart ? initial[lower] : undefined) ?? table[lower];
    if (mapped === undefined) {
      out += ch;
      atStart = !/\p{L}/u.test(ch);
      continue;
    }
    out += isUpper && mapped.length > 0 ? (mapped[0] as string).toUpperCase() + mapped.slice(1) : mapped;
    atStart = false;
  }
  // German style doubles an s between vowels to keep it voiceless (Wassili); keep it simple: none.
  return out;
}
