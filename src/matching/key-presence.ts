/**
 * Which retrieval keys the index holds, as a bit table of their hashes (adjacent-key-filter.ts
 * keyHash), so that a key a query derives can be refused before its string is built.
 *
 * A new pair of adjacent query tokens looks its joined form up under the joined skeleton and its
 * deletion neighbourhood (score.ts joinedFormKeys): 7.4 keys per new pair on the UN list's bench mix,
 * 92% of them in no list. Building, hashing and looking up each of those strings was most of a new
 * pair's cost. Here a key is hashed from the skeleton's code units as it would be spelt, and only a
 * key whose bit is set is built and looked up: a clear bit means no key of the index has that hash,
 * so the lookup would have found nothing. A set bit may be another key's (a false positive), and the
 * lookup then finds nothing, as before: the lists are the same, only fewer strings are made.
 */
import { KEY_HASH_PRIME, KEY_HASH_START, keyHash } from './adjacent-key-filter.js';
import { deletedAt } from '../names/keys.js';
import { MIN_JOINED_DELETION, MIN_JOINED_KEY } from './score.js';

/** Bits per key: with one probe, about one absent key in sixteen reads as possibly present. */
const BITS_PER_KEY = 16;
const MIN_BITS_LOG2 = 10;
/** 2^28 bits = 32 MiB: a larger key set simply sees more false positives. */
const MAX_BITS_LOG2 = 28;

/** The prefix of skeleton keys (prepared.ts tokenKeys, score.ts joinedFormKeys), as code units. */
const SKELETON_PREFIX = 'k:';
const SKELETON_PREFIX_HASH = ((): number => {
  let h = KEY_HASH_START;
  for (let i = 0; i < SKELETON_PREFIX.length; i++) h = Math.imul(h ^ SKELETON_PREFIX.charCodeAt(i), KEY_HASH_PRIME);
  return h;
})();

export class KeyPresence {
  private constructor(
    private readonly bits: Uint32Array,
    private readonly mask: number,
  ) {}

  static build(keys: Iterable<string>, count: number): KeyPresence {
    let log2 = MIN_BITS_LOG2;
    while (log2 < MAX_BITS_LOG2 && 2 ** log2 < count * BITS_PER_KEY) log2++;
    const bits = new Uint32Array(2 ** (log2 - 5));
    const mask = 2 ** log2 - 1;
    for (const key of keys) {
      const p = spread(keyHash(key)) & mask;
      bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    }
    return new KeyPresence(bits, mask);
  }

  /** False only when the index holds no key of this keyHash. */
  private mayHold(hash: number): boolean {
    const p = spread(hash >>> 0) & this.mask;
    return ((this.bits[p >>> 5] as number) & (1 << (p & 31))) !== 0;
  }

  /**
   * The keys of score.ts joinedFormKeys for a joined form of skeleton `skel` that the index may
   * hold, in joinedFormKeys' order (the skeleton's key from MIN_JOINED_KEY letters, then from
   * MIN_JOINED_DELETION its deletion keys), written to `out` (cleared first). A deletion key that
   * comes twice may be written twice: the caller reads each entry once whatever the key.
   */
  joinedKeysMaybeHeld(skel: string, out: string[]): void {
    out.length = 0;
    const n = skel.length;
    if (n < MIN_JOINED_KEY) return;
    let h = SKELETON_PREFIX_HASH;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ skel.charCodeAt(j), KEY_HASH_PRIME);
    if (this.mayHold(h)) out.push(SKELETON_PREFIX + skel);
    if (n < MIN_JOINED_DELETION) return;
    for (let i = 0; i < n; i++) {
      const drop = deletedAt(skel, i);
      h = SKELETON_PREFIX_HASH;
      for (let j = 0; j < i; j++) h = Math.imul(h ^ skel.charCodeAt(j), KEY_HASH_PRIME);
      for (let j = i + drop; j < n; j++) h = Math.imul(h ^ skel.charCodeAt(j), KEY_HASH_PRIME);
      if (this.mayHold(h)) out.push(SKELETON_PREFIX + skel.slice(0, i) + skel.slice(i + drop));
    }
  }
}

/** Mixes a key hash's bits so that the table's low bits depend on all of them. */
function spread(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}
