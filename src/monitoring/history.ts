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

const EMPTY: readonly HistoryRecord[] = Object.freeze([]);

export class InMemoryHistory implements HistoryStore {
  private readonly events = new Set<string>();
  /**
   * party key -> kind -> records in date order. Nested maps rather than one map on "key + kind": every
   * rule window of every event looks up here, and building the joined string for each lookup was a
   * tenth of the warm processing time (bench/monitor.bench.ts profile).
   */
  private readonly byKey = new Map<string, Map<string, HistoryRecord[]>>();
  private readonly pairs = new Map<string, Map<string, string>>();

  /**
   * `loadedKinds`: set when the history was loaded from the database for only these record kinds
   * (event-store.ts loadHistoryFor, PackModule.historyKinds). A query for another kind would see
   * only the records committed since, so it throws instead of answering wrong: a fact builder that
   * reads a kind its pack does not declare fails loudly (a rule error) rather than silently.
   */
  constructor(private readonly loadedKinds?: ReadonlySet<string>) {}

  seen(eventId: string): boolean {
    return this.events.has(eventId);
  }

  commit(eventId: string, records: HistoryRecord[]): void {
    if (this.events.has(eventId)) return;
    this.events.add(eventId);
    for (const r of records) {
      let kinds = this.byKey.get(r.key);
      if (!kinds) this.byKey.set(r.key, (kinds = new Map()));
      let list = kinds.get(r.kind);
      if (!list) kinds.set(r.kind, (list = []));
      // Keep date order; events mostly arrive in order, so this is an append.
      let i = list.length;
      while (i > 0 && (list[i - 1] as HistoryRecord).date > r.date) i--;
      if (i === list.length) list.push(r);
      else list.splice(i, 0, r);
      if (r.counterparty !== undefined) this.seedFirstSeen(r.key, r.counterparty, r.date);
    }
  }

  /**
   * Records that `key` first met `counterparty` on `date`, without the records themselves: for a
   * history loaded only as far back as the rules' windows reach (event-store.ts), whose first-seen
   * pairs still come from all of it. An earlier date than the one known wins, as in commit.
   */
  seedFirstSeen(key: string, counterparty: string, date: string): void {
    let firsts = this.pairs.get(key);
    if (!firsts) this.pairs.set(key, (firsts = new Map()));
    const first = firsts.get(counterparty);
    if (first === undefined || date < first) firsts.set(counterparty, date);
  }

  query(key: string, kind: string, from: string, to: string): readonly HistoryRecord[] {
    if (this.loadedKinds !== undefined && !this.loadedKinds.has(kind)) throw new Error(`history of kind ${kind} was not loaded (add it to its pack's historyKinds)`);
    const list = this.byKey.get(key)?.get(kind);
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
    if (lo === end) return EMPTY;
    // The whole list (the common case: a party's history within the window): no copy. Callers only read.
    return lo === 0 && end === list.length ? list : list.slice(lo, end);
  }

  firstSeen(key: string, counterparty: string): string | undefined {
    return this.pairs.get(key)?.get(counterparty);
  }

  get size(): number {
    return this.events.size;
  }
}

/** The date `days` before `date` (both YYYY-MM-DD), for window starts. */
export function daysBefore(date: string, days: number): string {
  // Called for every rule window of every event, with few distinct (date, days) pairs: memoised, by
  // date then days, so a lookup builds no "date|days" string (garbage on every call).
  let byDays = windowStarts.get(date);
  if (byDays === undefined) {
    if (windowStarts.size > 20_000) windowStarts.clear();
    windowStarts.set(date, (byDays = new Map()));
  }
  let out = byDays.get(days);
  if (out === undefined) {
    const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Math.round(days) * 86_400_000;
    out = new Date(t).toISOString().slice(0, 10);
    byDays.set(days, out);
  }
  return out;
}

const windowStarts = new Map<string, Map<number, string>>();
