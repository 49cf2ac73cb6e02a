import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { InMemoryHistory, type HistoryRecord } from '../../src/monitoring/history.js';

/** The history's answers computed the plain way: every record kept in one list, scanned per question. */
class PlainHistory {
  private readonly records: HistoryRecord[] = [];
  private readonly events = new Set<string>();
  private readonly seeds: [string, string, string][] = [];
  commit(id: string, records: HistoryRecord[]): void {
    if (this.events.has(id)) return;
    this.events.add(id);
    this.records.push(...records);
  }
  seed(key: string, counterparty: string, date: string): void {
    this.seeds.push([key, counterparty, date]);
  }
  query(key: string, kind: string, from: string, to: string): HistoryRecord[] {
    // Stable by date: records of one date keep their commit order, as the history's insertion does.
    return this.records.filter((r) => r.key === key && r.kind === kind && r.date >= from && r.date <= to).map((r, i) => [r, i] as const).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map(([r]) => r);
  }
  firstSeen(key: string, counterparty: string): string | undefined {
    let first: string | undefined;
    for (const r of this.records) if (r.key === key && r.counterparty === counterparty && (first === undefined || r.date < first)) first = r.date;
    for (const [k, c, d] of this.seeds) if (k === key && c === counterparty && (first === undefined || d < first)) first = d;
    return first;
  }
}

const date = (rng: Rng): string => `2015-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

describe('judging: the in-memory history (history.ts)', () => {
  it('answers windows and first meetings as a plain scan does, over many parties, kinds and counterparties', () => {
    const rng = new Rng('judge-history');
    const history = new InMemoryHistory();
    const plain = new PlainHistory();
    // A few parties meet many counterparties (past the short-list limit), most meet a few.
    const keys = Array.from({ length: 12 }, (_, i) => `iban:K${i}`);
    const counterparties = Array.from({ length: 60 }, (_, i) => `acct:C${i}`);
    const kinds = ['payment.out', 'payment.in', 'flag.kidnapping', 'cargo.buy', 'cashout.border'];
    let questions = 0;
    let found = 0;
    for (let step = 0; step < 3000; step++) {
      const roll = rng.next();
      if (roll < 0.5) {
        const id = `e${rng.int(0, 1500)}`;
        const records: HistoryRecord[] = [];
        for (let k = rng.int(0, 3); k > 0; k--) {
          const r: HistoryRecord = { eventId: id, date: date(rng), key: rng.pick(keys), kind: rng.pick(kinds), tags: [] };
          if (rng.chance(0.7)) r.counterparty = rng.pick(counterparties);
          records.push(r);
        }
        history.commit(id, records);
        plain.commit(id, records);
      } else if (roll < 0.6) {
        const [k, c, d] = [rng.pick(keys), rng.pick(counterparties), date(rng)];
        history.seedFirstSeen(k, c, d);
        plain.seed(k, c, d);
      } else if (roll < 0.8) {
        const [a, b] = [date(rng), date(rng)];
        const [from, to] = a < b ? [a, b] : [b, a];
        const key = rng.pick(keys);
        const kind = rng.pick(kinds);
        const got = history.query(key, kind, from, to);
        assert.deepEqual([...got], plain.query(key, kind, from, to), `${key} ${kind} ${from}..${to}`);
        questions++;
        found += got.length;
      } else {
        const key = rng.pick(keys);
        const c = rng.pick(counterparties);
        const got = history.firstSeen(key, c);
        assert.equal(got, plain.firstSeen(key, c), `${key} first met ${c}`);
        questions++;
        if (got !== undefined) found++;
      }
    }
    assert.ok(questions > 1000 && found > 500, `${questions} questions, ${found} answers found`);
    assert.equal(history.query('iban:nobody', 'payment.out', '2015-01-01', '2015-12-31').length, 0);
    assert.equal(history.firstSeen('iban:nobody', 'acct:C1'), undefined);
  });
});
