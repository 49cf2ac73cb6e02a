/**
 * What the rules remember between events. Processing an event only reads history; the runner
 * commits the records the decision lists afterwards. So processing stays a pure function of
 * (event, context), a replay gives the same answer, and a database-backed store can replace the
 * in-memory one by implementing the same four methods.
 *
 * Records hold raw facts (amounts in USD minor units when convertible, volumes, tags), never a
 * rule's parameters: a shadow rule-pack with other windows or thresholds reads the same history.
 */
export interface HistoryRecord {
  eventId: string;
  /** YYYY-MM-DD */
  date: string;
  /** The party the record is about (party.ts partyKey). */
  key: string;
  /** What happened, e.g. "payment.out", "flag.kidnapping", "cargo.buy", "cashout". */
  kind: string;
  counterparty?: string;
  /** Amount in USD minor units, when the FX table could convert it. */
  usdMinor?: number;
  quantityM3?: number;
  tags: string[];
}

export interface HistoryStore {
  /** True when an event with this id was already committed (idempotent processing). */
  seen(eventId: string): boolean;
  /** Commits an event's records; committing the same event id twice changes nothing. */
  commit(eventId: string, records: HistoryRecord[]): void;
  /** Records of `kind` about `key` dated within [from, to] (inclusive), oldest first. */
  query(key: string, kind: string, from: string, to: string): readonly HistoryRecord[];
  /** Date of the first record linking key to counterparty (any kind), or undefined if never. */
  firstSeen(key: string, counterparty: string): string | undefined;
}

export class InMemoryHistory implements HistoryStore {
  private readonly events = new Set<string>();
  private readonly byKeyKind = new Map<string, HistoryRecord[]>();
  private readonly pairs = new Map<string, string>();

  seen(eventId: string): boolean {
    return this.events.has(eventId);
  }

  commit(eventId: string, records: HistoryRecord[]): void {
    if (this.events.has(eventId)) return;
    this.events.add(eventId);
    for (const r of records) {
      const k = `${r.key}\u0000${r.kind}`;
      let list = this.byKeyKind.get(k);
      if (!list) this.byKeyKind.set(k, (list = []));
      // Keep date order; events mostly arrive in order, so this is an append.
      let i = list.length;
      while (i > 0 && (list[i - 1] as HistoryRecord).date > r.date) i--;
      list.splice(i, 0, r);
      if (r.counterparty !== undefined) {
        const pk = `${r.key}\u0000${r.counterparty}`;
        const first = this.pairs.get(pk);
        if (first === undefined || r.date < first) this.pairs.set(pk, r.date);
      }
    }
  }

  query(key: string, kind: string, from: string, to: string): readonly HistoryRecord[] {
    const list = this.byKeyKind.get(`${key}\u0000${kind}`);
    if (!list) return [];
    // Records are in date order: binary-search the window's start, then take until its end.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as HistoryRecord).date < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < list.length && (list[end] as HistoryRecord).date <= to) end++;
    return lo === end ? [] : list.slice(lo, end);
  }

  firstSeen(key: string, counterparty: string): string | undefined {
    return this.pairs.get(`${key}\u0000${counterparty}`);
  }

  get size(): number {
    return this.events.size;
  }
}

/** The date `days` before `date` (both YYYY-MM-DD), for window starts. */
export function daysBefore(date: string, days: number): string {
  // Called for every rule window of every event, with few distinct (date, days) pairs: memoised.
  const key = `${date}|${days}`;
  let out = windowStarts.get(key);
  if (out === undefined) {
    const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Math.round(days) * 86_400_000;
    out = new Date(t).toISOString().slice(0, 10);
    if (windowStarts.size > 100_000) windowStarts.clear();
    windowStarts.set(key, out);
  }
  return out;
}

const windowStarts = new Map<string, string>();
