/**
 * The letters of a token's three forms as numbers (a "shape"): for the folded, the written and the
 * alternative form, which letters it has, which twice and which three times (distance.ts
 * letterLayers). score.ts keyedSimilarityValue refuses most of the pairs the index's similarity
 * lists meet from these numbers alone (presence bound, surplus-pairing bound) before any table.
 *
 * Shapes live in Int32Arrays, SHAPE_SIZE numbers per form, not on the prepared tokens: the index
 * keeps one per vocabulary entry (built once with it), a new query token form gets one when its
 * list is built, and the scorer writes the two of a pair into scratch. Nine numbers on every
 * prepared token cost ~70 bytes for each listed token of every name (~220 MiB of heap at a million
 * names), where only the vocabulary's representatives are ever compared.
 */
import { letterLayers, NOT_LAYERED } from './distance.js';
import type { PreparedToken } from './prepared.js';
import { distinctNameClass, numberClass } from '../names/distinct-names.js';

/**
 * Numbers per token form: three masks for each of the folded, written and alternative forms, the
 * lengths word, then the token's distinct-name class.
 */
export const SHAPE_SIZE = 11;
/** Where each form's three masks (letters, repeated letters, letters thrice or NOT_LAYERED) start. */
export const FOLDED = 0;
export const WRITTEN = 3;
export const ALT = 6;
/**
 * Where the lengths word is: the folded form's length in bits 0-7, the written one's in 8-15 (0:
 * no written spelling), the alternative one's in 16-23, then the flags below. With it and the masks,
 * score.ts keyedSimilarityValue refuses a reading without reading either token or its strings.
 */
export const LENGTHS = 9;
/** The token is written in Arabic script (PreparedToken.abjad). */
export const ABJAD_FLAG = 1 << 24;
/** PreparedToken.plain. */
export const PLAIN_FLAG = 1 << 25;
/** The token has an alternative form. */
export const ALT_FLAG = 1 << 26;
/** Some form is longer than LENGTH_LIMIT letters, so its length field holds LENGTH_LIMIT: not to be refused by length. */
export const LONG_FLAG = 1 << 27;
const LENGTH_LIMIT = 255;
/**
 * Where the token's class among the names that are two names, not two spellings, is
 * (names/distinct-names.ts; 0: none): score.ts keyedSimilarityValue refuses a pair of two classes
 * that share no name before any reading.
 */
export const NAME_CLASS = 10;
/** The written length's bits of a lengths word: 0 when the token has no written spelling. */
export const WRITTEN_LENGTH = 255 << 8;

/** The length of the form at shape offset `at` (FOLDED, WRITTEN or ALT) from a lengths word (see LENGTHS). */
export function lengthAt(word: number, at: number): number {
  return (word >>> (at === FOLDED ? 0 : at === WRITTEN ? 8 : 16)) & 255;
}

/** Writes the shape of token `t` to out[at .. at + SHAPE_SIZE). No alternative form: 0, 0, NOT_LAYERED. */
export function writeShape(t: PreparedToken, out: Int32Array, at: number): void {
  letterLayers(t.folded, out, at + FOLDED);
  letterLayers(t.written, out, at + WRITTEN);
  const altLength = t.alt === undefined ? 0 : t.alt.length;
  if (t.alt !== undefined) letterLayers(t.alt, out, at + ALT);
  else {
    out[at + ALT] = 0;
    out[at + ALT + 1] = 0;
    out[at + ALT + 2] = NOT_LAYERED;
  }
  const long = t.folded.length > LENGTH_LIMIT || t.written.length > LENGTH_LIMIT || altLength > LENGTH_LIMIT;
  const lengths = Math.min(t.folded.length, LENGTH_LIMIT) | (Math.min(t.written.length, LENGTH_LIMIT) << 8) | (Math.min(altLength, LENGTH_LIMIT) << 16);
  out[at + LENGTHS] = lengths | (t.abjad ? ABJAD_FLAG : 0) | (t.plain ? PLAIN_FLAG : 0) | (t.alt !== undefined ? ALT_FLAG : 0) | (long ? LONG_FLAG : 0);
  out[at + NAME_CLASS] = distinctClassOf(t);
}

/**
 * Token t's class among the names that are two names, not two spellings (names/distinct-names.ts;
 * 0: none), or as a number (numberClass, since 1.128.0: by its text, since folding closes up 33 to
 * 3). Names and family names only: a kunya, nasab or Abd particle is no given name, an initial no
 * name.
 */
export function distinctClassOf(t: PreparedToken): number {
  if (t.role !== 'name' && t.role !== 'nisba') return 0;
  const c = t.abjad ? 0 : numberClass(t.text);
  return c !== 0 ? c : distinctNameClass(t.folded, t.abjad);
}

/**
 * Whether the shape at shapes[at] holds the letter counts of every form its token has (no form's
 * third mask NOT_LAYERED; the alternative form only where there is one): distance.ts then compares
 * the token's forms from the masks and the table alone, never through its letter-count bound.
 */
export function formsLayered(shapes: Int32Array, at: number): boolean {
  if (shapes[at + FOLDED + 2] === NOT_LAYERED || shapes[at + WRITTEN + 2] === NOT_LAYERED) return false;
  return ((shapes[at + LENGTHS] as number) & ALT_FLAG) === 0 || shapes[at + ALT + 2] !== NOT_LAYERED;
}

/** The shapes of every vocabulary entry, entry `v` at v x SHAPE_SIZE. */
export function vocabularyShapes(vocab: readonly PreparedToken[]): Int32Array {
  const shapes = new Int32Array(vocab.length * SHAPE_SIZE);
  for (let v = 0; v < vocab.length; v++) writeShape(vocab[v] as PreparedToken, shapes, v * SHAPE_SIZE);
  return shapes;
}
