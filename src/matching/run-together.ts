/**
 * A query name written without its spaces, read apart over the list's own words (since 1.18.0).
 *
 * Payment fields and forms lose spaces: USAMABINLADIN, ABUBAKRALBAGHDADI. The scorer pairs one query
 * token with two adjacent listed tokens at most (a merged pairing), so a word that runs three or more
 * listed words together met nothing: on the UN list half of its names of two to four words, written
 * as one, lost their record (bench/merged-spellings.ts WHOLE=1). Here such a word is cut into words
 * the list holds (each name piece a listed token's written form of three letters or more, joined by
 * the article and the kunya, nasab and Abd particles), and the query is also read with the pieces
 * apart, as another reading of the same query name (engine.ts analysed): screening then meets the
 * listed name token by token, as if the spaces had been there.
 *
 * Only exact pieces: the cut is a reading of letters the list holds, not a guess; a run-together word
 * with a typo is left to the merged pairing. Only cuts into three pieces or more (an Abd particle,
 * the article or a title and the piece after it counting as one) with two name pieces or more: two
 * names are what the merged pairing already reads (with its penalty), and a name cut into particles
 * (ABUL = abu + al) is not a run-together name. Among the cuts, the one with the fewest pieces, then
 * the longer pieces first, so the answer depends on the word and the list only.
 */
import { ABD_PREFIXES, ARTICLES, KUNYA, KUNYA_WITH_ARTICLE, NASAB, TITLES } from '../names/arabic.js';
import type { PreparedToken } from './prepared.js';

/** Words shorter than this are not cut (three pieces of three letters at least, less a particle). */
const MIN_WORD = 8;
/** A name piece has at least this many letters: shorter ones would cut nearly any word. */
const MIN_NAME_PIECE = 3;
/** Cuts into fewer pieces are left to the scorer's merged pairing. */
const MIN_PIECES = 3;
/** A word longer than this is not cut (no name runs so many words together; bounds the work). */
const MAX_WORD = 64;

/**
 * Particles that join the pieces of a run-together Arabic name (Latin spellings): the article (al,
 * el, ul) and the kunya, nasab and Abd particles of three letters or more. Shorter particles (bn,
 * bu, um) are letter pairs found inside too many names: CHUBNYONG cut as chu + bn + yong.
 */
const CONNECTORS: readonly string[] = [...KUNYA, ...KUNYA_WITH_ARTICLE, ...NASAB].filter((w) => /^[a-z]{3,}$/.test(w));
const ARTICLE_CONNECTORS: readonly string[] = [...ARTICLES].filter((w) => w.length === 2);
/** Titles (DRMUTHANNAALDARI, HAJJISALIMALSHAKLAR): dropped by the analysis, so counted as nothing. */
const TITLE_CONNECTORS: readonly string[] = [...TITLES].filter((w) => /^[a-z]{2,}$/.test(w));
const ABD_CONNECTORS: readonly string[] = [...ABD_PREFIXES].filter((w) => /^[a-z]{3,}$/.test(w));

/** A word of the letters a-z alone, the only words cut or used as pieces. */
const LETTERS = /^[a-z]+$/;

const NAME = 1;
const PARTICLE = 2;
/** An Abd particle: with the name after it, one name (Abd + Ullah is Abdullah), counted so. */
const ABD = 3;
/** The article (or a title): part of the name after it (al + Baghdadi), not a piece of its own in the count. */
const ARTICLE = 4;

/**
 * The particles, the article and the titles -> their kind, the same for every list: made once, not
 * for each RunTogetherWords (compare makes one per call). A listed word never overrides them.
 */
const FIXED: ReadonlyMap<string, number> = ((): Map<string, number> => {
  const fixed = new Map<string, number>();
  for (const w of CONNECTORS) fixed.set(w, PARTICLE);
  for (const w of ABD_CONNECTORS) fixed.set(w, ABD);
  for (const w of ARTICLE_CONNECTORS) fixed.set(w, ARTICLE);
  for (const w of TITLE_CONNECTORS) if (!fixed.has(w)) fixed.set(w, ARTICLE);
  return fixed;
})();

export class RunTogetherWords {
  /** The listed words a cut may use (FIXED aside) -> NAME or PARTICLE. */
  private readonly listed = new Map<string, number>();

  /**
   * The words of `names` (a list's, or a compared record's) that a cut may use. Read token by token
   * (the vocabulary keeps one spelling per entry), each spelling tested once: a million listed names
   * hold some three million tokens but only tens of thousands of spellings.
   */
  constructor(names: readonly { tokens: readonly PreparedToken[] }[]) {
    const seen = new Set<string>();
    for (const name of names) {
      for (const t of name.tokens) {
        // Function words and legal forms are no pieces: AND inside ANDELJALIL is not a word.
        if (t.script !== 'latin' || t.role === 'initial' || t.vocabulary === 'stop-word' || t.vocabulary === 'legal-form') continue;
        // The word as the list writes it and as the analysis spells it (ABDULLA is read abdallah).
        this.add(t.written, t.role, seen);
        if (t.text !== t.written) this.add(t.text, t.role, seen);
      }
    }
  }

  private add(w: string, role: PreparedToken['role'], seen: Set<string>): void {
    if (seen.has(w)) return;
    seen.add(w);
    if (FIXED.has(w) || this.listed.has(w) || !LETTERS.test(w)) return;
    if (role === 'name' || role === 'nisba') {
      if (w.length >= MIN_NAME_PIECE) this.listed.set(w, NAME);
    } else if (w.length >= 3) this.listed.set(w, PARTICLE);
  }

  /** The kind of a word a cut may use, or undefined. */
  private kind(w: string): number | undefined {
    return FIXED.get(w) ?? this.listed.get(w);
  }

  /**
   * `text` with each run-together word written apart (pieces separated by spaces), or undefined when
   * no word of it cuts. Only a word of the letters a-z alone (any case) is cut: a hyphen or an
   * apostrophe already parts a word for the analysis; a word the list holds whole is left alone.
   */
  readApart(text: string): string | undefined {
    const words = text.split(/\s+/);
    let changed = false;
    for (let i = 0; i < words.length; i++) {
      // The length first: most words of a query are short, and lower-casing makes a string.
      const word = words[i] as string;
      if (word.length < MIN_WORD || word.length > MAX_WORD) continue;
      const letters = word.toLowerCase();
      if (!LETTERS.test(letters) || this.kind(letters) !== undefined) continue;
      const pieces = this.cut(letters);
      if (pieces === undefined) continue;
      words[i] = pieces.join(' ');
      changed = true;
    }
    return changed ? words.join(' ') : undefined;
  }

  /** The cut of `word` into listed words (see the module comment), or undefined. */
  cut(word: string): string[] | undefined {
    const n = word.length;
    // fewest[i]: fewest pieces covering word[i..n) (Infinity: none); next[i]: where the first ends.
    const fewest = new Array<number>(n + 1).fill(Infinity);
    const next = new Array<number>(n + 1).fill(-1);
    fewest[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      // Longer first pieces first, so a tie on the count keeps the longer piece.
      for (let j = n; j > i + 1; j--) {
        if ((fewest[j] as number) + 1 >= (fewest[i] as number)) continue;
        if (this.kind(word.slice(i, j)) !== undefined) {
          fewest[i] = (fewest[j] as number) + 1;
          next[i] = j;
        }
      }
    }
    if (!Number.isFinite(fewest[0] as number) || (fewest[0] as number) < MIN_PIECES) return undefined;
    const pieces: string[] = [];
    for (let i = 0; i < n; i = next[i] as number) pieces.push(...this.particleApart(word.slice(i, next[i] as number)));
    let names = 0;
    // An Abd or the article and the piece after it count as one (ABDULLAHJAN is abd + ullah + jan,
    // HASSANALTIKRITI hassan + al + tikriti: two names each, which the merged pairing reads).
    let counted = 0;
    for (let k = 0; k < pieces.length; k++) {
      const kind = this.kind(pieces[k] as string);
      if (kind === NAME) names++;
      if ((kind !== ABD && kind !== ARTICLE) || k === pieces.length - 1) counted++;
    }
    return names >= 2 && counted >= MIN_PIECES ? pieces : undefined;
  }

  /**
   * A name piece that is a kunya or nasab particle run onto a listed name (ABUBAKER, a listed
   * spelling of its own, in ABUBAKERALKHATAB for Abu Baker al-Khatab) as its two words; any other
   * piece as it is. The fewest pieces would read Abubaker + al + Khatab, two names.
   */
  private particleApart(piece: string): string[] {
    if (this.kind(piece) !== NAME) return [piece];
    for (const c of CONNECTORS) {
      if (piece.length > c.length && piece.startsWith(c) && this.kind(piece.slice(c.length)) === NAME) return [c, piece.slice(c.length)];
    }
    return [piece];
  }
}
