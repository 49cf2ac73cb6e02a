/**
 * A map that forgets everything once it holds `limit` entries: the per-word memos of name analysis
 * (name-pieces.ts, tokens.ts, prepared.ts) live for the whole process and see every name screened,
 * so they must not grow without end. Clearing whole costs one refill of the words still in use, and
 * needs no bookkeeping per hit (a least-recently-used order would cost a write per lookup).
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}
