import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateEvents } from '../../bench/monitor-events.js';
import { parseEvent } from '../../src/monitoring/events.js';
import type { PackModule } from '../../src/monitoring/facts.js';
import { InMemoryHistory, type HistoryRecord } from '../../src/monitoring/history.js';
import { historyKindsRead } from '../../src/monitoring/history-horizon.js';
import { ALL_PACKS } from '../../src/monitoring/packs/index.js';
import { processEvent } from '../../src/monitoring/process.js';
import { monitor } from './helpers.js';

/** An in-memory history that notes every kind asked for. */
class KindSpy extends InMemoryHistory {
  readonly asked = new Set<string>();
  override query(key: string, kind: string, from: string, to: string): readonly HistoryRecord[] {
    this.asked.add(kind);
    return super.query(key, kind, from, to);
  }
}

describe('history kinds a rule pack reads (PackModule.historyKinds)', () => {
  it('the shipped packs declare every kind their facts ask for', async () => {
    const m = await monitor();
    const declared = historyKindsRead(m.pack);
    assert.ok(declared, 'every shipped pack with facts declares its kinds');
    const history = new KindSpy();
    // Payments, cargoes, objects and flags of every kind the generator makes, over two years.
    for (const raw of generateEvents(3000, 'history-kinds')) {
      const e = parseEvent(raw);
      const d = processEvent(e, { ...m, history });
      assert.deepEqual(d.errors, [], `${e.kind} ${e.id}`);
      history.commit(e.id, d.history);
    }
    for (const flag of ['loan-default', 'benefit-fraud', 'kr-claim', 'crisis-consultant', 'cash-declaration']) {
      const d = processEvent(parseEvent({ kind: 'flag', id: `F-${flag}`, date: '2016-01-01', flag, party: { name: 'Some One', type: 'person' } }), { ...m, history });
      assert.deepEqual(d.errors, []);
    }
    const asked = [...history.asked].sort();
    assert.ok(asked.length >= 8, asked.join(', '));
    for (const kind of asked) assert.ok(declared.includes(kind), `${kind} is read but not declared`);
  });

  it('a history loaded for some kinds refuses a query for another, and answers the rest', () => {
    const h = new InMemoryHistory(new Set(['flag.kidnapping']));
    h.commit('F-1', [{ eventId: 'F-1', date: '2020-01-02', key: 'k', kind: 'flag.kidnapping', tags: [] }]);
    assert.equal(h.query('k', 'flag.kidnapping', '2020-01-01', '2020-12-31').length, 1);
    assert.throws(() => h.query('k', 'payment.out', '2020-01-01', '2020-12-31'), /payment\.out was not loaded/);
  });

  it('a module with facts that does not declare its kinds means every kind is loaded', () => {
    const undeclared: PackModule = { id: 'oil', title: 'test', rules: [], facts: () => undefined };
    assert.equal(historyKindsRead({ modules: [...ALL_PACKS, undeclared] }), undefined);
    const noFacts: PackModule = { id: 'oil', title: 'test', rules: [] };
    assert.deepEqual(historyKindsRead({ modules: [...ALL_PACKS, noFacts] }), historyKindsRead({ modules: ALL_PACKS }));
  });
});
