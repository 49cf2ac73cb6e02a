/**
 * A map that forgets everything once it holds `limit` entries: the per-word memos of name analysis
 * (name-pieces.ts, tokens.ts, prepared.ts) live for the whole process and see every name screened,
 * so they must not grow without end. Clearing whole costs one refill of the words still in use, and
 * needs no bookkeeping per hit (a least-recently-used order would cost a write per lookup).
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /**
   * A memo that lives for the whole process, registered so that clearProcessMemos can empty it.
   */
  static processWide<K, V>(limit: number): BoundedMemo<K, V> {
    const memo = new BoundedMemo<K, V>(limit);
    registerProcessMemo(memo);
    return memo;
  }

  clear(): void {
    this.map.clear();
  }

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

const processMemos: { clear(): void }[] = [];

/** Registers a process-wide memo of another kind (piece-table.ts) for clearProcessMemos. */
export function registerProcessMemo(memo: { clear(): void }): void {
  processMemos.push(memo);
}

/**
 * Empties every process-wide memo (what name analysis and the scorer's key caches remember about
 * words seen before). Nothing a screening returns depends on them (test/matching/order-independence.test.ts);
 * the benchmark's steady-state pass clears them so that its queries meet warm code but cold memos.
 */
export function clearProcessMemos(): void {
  for (const m of processMemos) m.clear();
}
