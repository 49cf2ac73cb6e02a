/**
 * Keeps generated negatives clean: a generated name is rejected when its word keys (./skeleton.ts)
 * equal or nearly equal those of ANY listed name, in either direction:
 * - a one-word name whose key is one of the words of a listed name of at most two words;
 * - at least two keys shared, and either side's keys all contained in the other's, or the two
 *   differing by at most one key beyond the shared ones.
 * The listed names come from every UN list version the eval uses, primary, aliases and
 * original-script names alike.
 */
import { nameKeys } from './skeleton.js';

export class CleanCheck {
  private readonly names: string[][] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(listedNames: Iterable<string>) {
    const seen = new Set<string>();
    for (const name of listedNames) {
      const keys = nameKeys(name);
      const sig = [...keys].sort().join(' ');
      if (keys.length === 0 || seen.has(sig)) continue;
      seen.add(sig);
      const id = this.names.length;
      this.names.push(keys);
      for (const k of keys) {
        const list = this.byKey.get(k);
        if (list) list.push(id);
        else this.byKey.set(k, [id]);
      }
    }
  }

  get size(): number {
    return this.names.length;
  }

  /** The listed name's keys that make `name` unclean, or undefined when it is clean. */
  conflict(name: string): string[] | undefined {
    const keys = nameKeys(name);
    if (keys.length === 0) return [];
    const shared = new Map<number, number>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const n = keys.length;
    for (const [id, s] of shared) {
      const listed = this.names[id] as string[];
      const m = listed.length;
      if (n === 1 && m <= 2) return listed;
      if (s >= 2 && (s === n || s === m || s >= Math.max(n, m) - 1)) return listed;
    }
    return undefined;
  }
}
