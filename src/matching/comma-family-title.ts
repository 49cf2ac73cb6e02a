/**
 * A person's family name that is a title with the article, written first before a comma (since
 * 1.130.0): OFAC writes "AL-SHAYKH, Muhammad", "AL-HAJJ, Yahya", "AL-USTADZ, Majdi Fa'iz", the
 * family name and then, after the comma, the given names. The analysis reads a title standing
 * first as a title and drops it (al-Shaykh Ahmad Yasin, Mullah Omar); only last in the name, with
 * the article and a name before it, is it kept as the family name it is (names/tokens.ts
 * familyTitle: Jihad al-Mufti). The comma is gone by then (punctuation is a space to the
 * analysis), so "AL-SHAYKH, Muhammad" was the one word Muhammad, and "Muhammad al-Shaykh", the
 * same man's name as anyone else writes it, met it at 0.27: the OFAC record 22061, screened by
 * its own name in that order, had no alert. The name is read in the order it is said, given names
 * first, where the comma says which word is the family name.
 *
 * Only where the part before the comma is that one word: the article (al-, el-, ash- before sh,
 * ...) and a title, hyphenated or spaced. A title after the comma (AWEYS, Sheikh) stays a title,
 * and one before it without the article (SHEIKH, Muhammad Naeem; HAJJI, Muhammad Fawzi) is dropped
 * however the name is ordered, so the order changes nothing there.
 */
import { ARTICLES, SUN_ARTICLE_LETTERS, TITLES } from '../names/arabic.js';

/** One word of article and title (two letter runs joined by a hyphen or spaces), a comma, the rest. */
const TITLE_THEN_COMMA = /^\s*(\p{L}+)[-\s]+(\p{L}+)\s*,\s*([^,]*\p{L}[^,]*)$/u;

/** `name` said given names first where it is written "ARTICLE-TITLE, given names", else undefined. */
export function familyTitleLast(name: string): string | undefined {
  if (!name.includes(',')) return undefined;
  const m = TITLE_THEN_COMMA.exec(name);
  if (m === null) return undefined;
  const article = (m[1] as string).toLowerCase();
  const title = (m[2] as string).toLowerCase();
  if (!TITLES.has(title)) return undefined;
  const sun = SUN_ARTICLE_LETTERS.get(article);
  if (!ARTICLES.has(article) && !(sun !== undefined && title.startsWith(sun))) return undefined;
  return `${(m[3] as string).trim()} ${m[1]}-${m[2]}`;
}
