/**
 * analyseName's first steps, per piece of a name: the text between two spaces as written,
 * normalised, cut into tokens, each with its script and romanisation. Queries are mostly new names
 * made of words met many times before (the same given and family names in Latin, Arabic and
 * Cyrillic), and these steps (Unicode normalisation, transcription) cost most for the scripts that
 * repeat least cheaply, so their result is kept per piece (pieceWords) and a repeated word costs
 * one map lookup.
 *
 * Why a piece can be read alone: each step reads a character with at most its neighbours inside a
 * word, and an ASCII space stops every one of them. NFKC composes no pair with a space in it and
 * reorders no mark across one (a space is a starter); toLowerCase's one context rule, the Greek final
 * sigma, looks past case-ignorable characters only, which a space is not; splitJoinedCapitals asks
 * for letters on both sides of a split and reads a space before "Mc" as the start of the text;
 * every other step replaces characters one by one or collapses runs of separators, and a space
 * between two pieces is such a separator. So the normalised name is the pieces' normalised texts
 * joined by single spaces (empty ones left out), its tokens are theirs in order, and a token's
 * Persian yeh ending is read the same in its piece (test/names/name-pieces.test.ts compares both
 * ways on random texts; test/names/analysis-equivalence.test.ts every output). One step reads the
 * whole name before it is cut (since 1.75.0): a Turkish or Azerbaijani letter in any word makes the
 * c and ç of every word j and ch (normalise.ts turkishSpelling), and after it no c or ç is left for
 * a piece to read again.
 */
import anyAscii from 'any-ascii';
import { arabiziReading } from './arabizi.js';
import { foldArabicToken, romaniseArabicToken, splitArabicArticle } from './arabic.js';
import { romaniseCyrillicToken } from './cyrillic.js';
import { isHangulWord, romaniseHangulWord } from './korean.js';
import { PIECE_HASH_START, PieceTable, pieceHash } from './piece-table.js';
import { normaliseText, persianYehEndings, splitJoinedCapitals, splitTokens, turkishSpelling, withoutConjunctionY, withoutIzafat } from './normalise.js';
import { detectScript, type Script } from './script.js';
import type { SharedToken } from './tokens.js';

/** A token as cut and romanised, before the name's structure rules (tokens.ts applyStructure) see it. */
export interface WordSeed {
  readonly text: string;
  readonly script: Script;
  readonly latin: string;
  /** Folded form written directly from Arabic script (undefined: fold `latin`). */
  readonly fold: string | undefined;
  readonly abjad: boolean;
  readonly article: boolean;
  /** The token ended in Persian yeh ی before normalisation (normalise.ts persianYehEndings). */
  readonly persianYeh: boolean;
  /**
   * A single Cyrillic letter written with a full stop after it in its piece ("И.", "Л.А."): an
   * abbreviation, so an initial even where the letter alone is also a word (и "and", в "in": tokens.ts
   * giveRole). Since 1.82.0 also a Latin digraph that romanises one Cyrillic letter, written so
   * (Kh., Sh., Yu.: Umarov D.Kh. is Умаров Д.Х.). Always false for other words.
   */
  readonly dotted: boolean;
  /**
   * The tokens drafts of this word have become after the structure rules (tokens.ts finishedToken
   * fills and reads it): kept with the word, so a repeated word needs no second lookup.
   */
  finished: SharedToken | undefined;
  /**
   * The token this word is in a name whose words no structure rule touches (tokens.ts plainToken):
   * undefined until asked, null when some rule may touch the word.
   */
  plain: SharedToken | null | undefined;
}

export interface PieceWords {
  /** normaliseText of the piece as analyseName reads it (nameText). */
  readonly normalised: string;
  /** Its tokens' seeds, in order: shared by every name holding the piece, so never written (but for `finished`). */
  readonly seeds: readonly WordSeed[];
}

/**
 * analyseName's first step, the text its tokens are cut from: a small letter met by a capital split
 * apart (normalise.ts splitJoinedCapitals: "AlQaida" is two words), then normaliseText. `split`, the
 * text between the two, is where persianYehEndings reads the endings normaliseText folds away.
 * Exported for a caller that must cut a text exactly as analyseName does (monitoring/screening.ts,
 * its digit templates): analyseName cuts it piece by piece, which gives the same tokens (above).
 */
export function nameText(full: string): { split: string; normalised: string } {
  return pieceText(wholeNameRead(full));
}

/**
 * What is read of a name whole, before it is cut into pieces: a Turkish or Azerbaijani name's c and
 * ç (normalise.ts turkishSpelling), and since 1.101.0 the Spanish conjunction y dropped where the
 * words beside it are still seen (withoutConjunctionY), since 1.106.0 the Persian and Urdu izafat
 * hyphened between two words (withoutIzafat).
 */
export function wholeNameRead(written: string): string {
  return withoutIzafat(withoutConjunctionY(turkishSpelling(written)));
}

/** nameText of a piece of a name already read whole (wholeNameRead: turkishSpelling's ch would be read again). */
export function pieceText(piece: string): { split: string; normalised: string } {
  const split = splitJoinedCapitals(piece);
  return { split, normalised: normaliseText(split) };
}

/**
 * Pieces remembered: the 20,000 queries of the UN bench mix hold about 15,000 distinct ones (of
 * 61,000), the UN list's names about 6,000; a piece's entry, with its words' tokens and their
 * prepared fields, holds about 1 KB of heap (so at most ~30 MB). Looked up by place in the name
 * (piece-table.ts), so a piece met before costs no string of its own.
 */
const PIECE_MEMO_LIMIT = 30_000;
const memo = PieceTable.processWide<PieceWords>(PIECE_MEMO_LIMIT);

/** The words of one piece of a name (no ASCII space in it), from the memo when met before. */
export function pieceWords(piece: string): PieceWords {
  let hash = PIECE_HASH_START;
  for (let i = 0; i < piece.length; i++) hash = pieceHash(hash, piece.charCodeAt(i));
  return wordsAt(piece, 0, piece.length, hash);
}

/**
 * The words of each piece of `full` (the texts between ASCII spaces, empty ones left out), in
 * order, appended to `out`: what pieceWords gives for each piece, the name read once.
 */
export function namePieces(written: string, out: PieceWords[]): void {
  const full = wholeNameRead(written);
  let hash = PIECE_HASH_START;
  let from = 0;
  for (let i = 0; i < full.length; i++) {
    const c = full.charCodeAt(i);
    if (c !== SPACE) {
      hash = pieceHash(hash, c);
      continue;
    }
    if (i > from) out.push(wordsAt(full, from, i, hash));
    from = i + 1;
    hash = PIECE_HASH_START;
  }
  if (full.length > from) out.push(wordsAt(full, from, full.length, hash));
}

const SPACE = 32;

/** The words of the piece text[from, to), whose pieceHash is `hash`. */
function wordsAt(text: string, from: number, to: number, hash: number): PieceWords {
  let words = memo.get(text, from, to, hash);
  if (words === undefined) {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    words = readPiece(piece);
    memo.set(piece, hash, words);
  }
  return words;
}

/** What analyseName did for a whole name, here for one piece. */
function readPiece(piece: string): PieceWords {
  const { split, normalised } = pieceText(piece);
  const raws = splitTokens(normalised);
  const persianYeh = persianYehEndings(split);
  const seeds: WordSeed[] = [];
  let dotted: Set<string> | undefined;
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k] as string;
    const script = detectScript(raw);
    // Same tokens, same order (persianYehEndings); the length check only guards that promise.
    const yeh = persianYeh !== undefined && persianYeh.length === raws.length && persianYeh[k] === true;
    // Latin letters and digits are their own romanisation (romanise's case for them, without its array).
    // Arabizi digits (arabizi.ts) are read as the letters they stand for; the word keeps its text.
    if (script === 'latin' || script === 'digits') {
      // A romanised Cyrillic letter written with a full stop: an initial (WordSeed.dotted).
      const initial = script === 'latin' && DIGRAPH_INITIALS.has(raw) && (dotted ??= dottedWords(piece)).has(raw);
      seeds.push(seed(raw, script, (script === 'latin' ? arabiziReading(raw) : undefined) ?? raw, undefined, false, false, yeh, initial));
      continue;
    }
    // A Cyrillic letter alone: was it written with a full stop (an initial, not a word)?
    const abbreviated = script === 'cyrillic' && raw.length === 1 && (dotted ??= dottedWords(piece)).has(raw);
    // A Hangul word: its syllables, each a token, as the list writes Korean names (korean.ts).
    if (script === 'other' && isHangulWord(raw)) {
      for (const s of romaniseHangulWord(raw)) seeds.push(seed(s.text, script, s.latin, undefined, false, false, false));
      continue;
    }
    for (const r of romanise(raw, script)) {
      if (r.latin === '') continue;
      seeds.push(seed(raw, script, r.latin, r.fold, r.abjad, r.article, yeh, abbreviated));
    }
  }
  return { normalised, seeds };
}

function seed(text: string, script: Script, latin: string, fold: string | undefined, abjad: boolean, article: boolean, persianYeh: boolean, dotted = false): WordSeed {
  return { text, script, latin, fold, abjad, article, persianYeh, dotted, finished: undefined, plain: undefined };
}

/**
 * The words of `piece` (runs of letters, lower case) written with a full stop straight after them
 * ("Л.А." gives л and а, "Ст." ст, "D.Kh." d and kh). Read from the piece as written, since
 * normaliseText turns the stop into a space.
 */
function dottedWords(piece: string): Set<string> {
  const out = new Set<string>();
  for (const m of piece.matchAll(DOTTED_WORD)) out.add((m[1] as string).toLowerCase());
  return out;
}

/** A run of letters (a whole one: no letter before it) and the full stop after it. */
const DOTTED_WORD = /(?<!\p{L})(\p{L}+)\./gu;

/**
 * The Latin letter pairs and triples that romanise one Russian or Ukrainian letter (х kh, ч ch, ш sh,
 * щ shch, ж zh, ц ts, дж dzh, ю yu, я ya, е ye, ё yo): written with a full stop, the initial of a
 * romanised given name or patronymic (since 1.82.0).
 */
const DIGRAPH_INITIALS = new Set(['kh', 'ch', 'sh', 'shch', 'zh', 'ts', 'dzh', 'yu', 'ya', 'ye', 'yo']);

function romanise(raw: string, script: Script): { latin: string; fold?: string; abjad: boolean; article: boolean }[] {
  switch (script) {
    case 'arabic': {
      const { article, stem } = splitArabicArticle(raw);
      return [{ latin: romaniseArabicToken(stem), fold: foldArabicToken(stem), abjad: true, article }];
    }
    case 'cyrillic':
      return [{ latin: romaniseCyrillicToken(raw), abjad: false, article: false }];
    case 'latin':
    case 'digits':
      return [{ latin: raw, abjad: false, article: false }];
    default: {
      // Other scripts: any-ascii as the fallback; it may split a token into several words.
      const ascii = normaliseText(anyAscii(raw));
      return splitTokens(ascii).map((latin) => ({ latin, abjad: false, article: false }));
    }
  }
}
