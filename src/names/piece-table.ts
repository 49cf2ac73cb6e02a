/**
 * The memo of name pieces (name-pieces.ts), looked up by where a piece lies in its name rather than
 * by the piece as a string of its own. A Map keyed by the piece needs that string (a slice of the
 * name, made and hashed for every piece of every name) and then several dependent memory reads
 * into a large table per lookup: it was a fifth of the analysis of names made of known words. Here
 * the caller hashes the piece while it scans the name for spaces (pieceHash, a few operations per
 * character it reads anyway), a hit compares the stored piece with the name's characters in place,
 * and only a new piece is cut out of its name, to be stored. Open addressing in flat arrays, at
 * most half full; like BoundedMemo it forgets everything once it holds `limit` pieces.
 */
import { registerProcessMemo } from './bounded-memo.js';

/** The hash of a piece before its first character (FNV-1a's offset basis). */
export const PIECE_HASH_START = 0x811c9dc5 | 0;

/** The hash of a piece hashed up to `hash`, with the code unit `c` after it (FNV-1a, 32 bits). */
export function pieceHash(hash: number, c: number): number {
  return Math.imul(hash ^ c, 16777619);
}

export class PieceTable<V> {
  private readonly keys: (string | undefined)[] = [];
  private readonly values: (V | undefined)[] = [];
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private count = 0;

  constructor(private readonly limit: number) {
    // At least twice as many slots as pieces, a power of two (so a probe wraps with a mask).
    let slots = 16;
    while (slots < 2 * limit) slots *= 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    for (let i = 0; i < slots; i++) {
      this.keys.push(undefined);
      this.values.push(undefined);
    }
  }

  /** A table that lives for the whole process, emptied by clearProcessMemos. */
  static processWide<V>(limit: number): PieceTable<V> {
    const table = new PieceTable<V>(limit);
    registerProcessMemo(table);
    return table;
  }

  /** The value kept for the piece text[from, to), whose pieceHash is `hash`. */
  get(text: string, from: number, to: number, hash: number): V | undefined {
    const length = to - from;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === hash && key.length === length && text.startsWith(key, from)) return this.values[i];
    }
  }

  /** Keeps `value` for `piece` (absent from the table), whose pieceHash is `hash`. */
  set(piece: string, hash: number, value: V): void {
    if (this.count >= this.limit) this.clear();
    let i = hash & this.mask;
    while (this.keys[i] !== undefined) i = (i + 1) & this.mask;
    this.keys[i] = piece;
    this.values[i] = value;
    this.hashes[i] = hash;
    this.count++;
  }

  clear(): void {
    if (this.count === 0) return;
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }
}
