import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateInterdiction } from '../../src/reports/generate.js';
import { buildInterdictionPack, interdictionDeadline } from '../../src/reports/interdiction.js';
import { loadInterdictionHsScope } from '../../src/reports/reference.js';
import { fixture } from './helpers.js';

const hsScope = await loadInterdictionHsScope();

test('the notice is due 30 days after the interdiction, with days remaining tracked', () => {
  assert.deepEqual(
    { ...interdictionDeadline('2026-01-15', '2026-01-20'), basis: '' },
    { due: '2026-02-14', daysRemaining: 25, status: 'open', basis: '' },
  );
  assert.equal(interdictionDeadline('2026-01-15', '2026-02-10').status, 'due-soon');
  assert.equal(interdictionDeadline('2026-01-15', '2026-02-14').daysRemaining, 0);
  const late = interdictionDeadline('2026-01-15T22:30:00', '2026-02-20');
  assert.deepEqual([late.daysRemaining, late.status], [-6, 'overdue']);
  assert.match(late.basis, /2199 .*para 12/);
});

test('the pack carries date, place, goods with HS code and quantity, parties, vehicles, origin and destination', () => {
  const g = generateInterdiction(fixture('interdiction.json'), { today: '2026-02-05', hsScope });
  assert.equal(g.ok, true);
  const p = g.record!;
  assert.equal(p.kind, 'interdiction');
  assert.deepEqual(p.goods.map((x) => x.hs_code), ['2709.00', '8419.40']);
  assert.deepEqual(p.outOfScopeGoods, []);
  assert.equal(p.transport.length, 3);
  assert.deepEqual([p.origin.country, p.destination.country], ['SY', 'TR']);
  assert.equal(p.partyNames[2]!.original, 'أحمد الحسن');
  assert.deepEqual(p.deadline, { due: '2026-02-14', daysRemaining: 9, status: 'open', basis: p.deadline.basis });
  assert.match(g.html!, /2026-02-14/);
});

test('goods outside the oil and refinery HS scope are flagged, not dropped', () => {
  const input = fixture('interdiction.json');
  input.goods.push({ description: 'Pickup truck', hs_code: '8704.21', quantity: { value: 1, unit: 'unit' } });
  const { pack } = buildInterdictionPack(input, { today: '2026-02-05', hsScope });
  assert.deepEqual(pack!.outOfScopeGoods, [2]);
});

test('a pack missing what the notice needs is refused, naming each field', () => {
  const input = fixture('interdiction.json');
  delete input.interdiction.date;
  delete input.goods[0].hs_code;
  input.goods[1].quantity.value = 0;
  input.transport = [];
  delete input.destination;
  const { pack, issues } = buildInterdictionPack(input, { today: '2026-02-05', hsScope });
  assert.equal(pack, undefined);
  assert.deepEqual(issues.map((i) => i.field).sort(), ['destination', 'goods[0].hs_code', 'goods[1].quantity.value', 'interdiction.date', 'transport']);
  assert.match(issues.find((i) => i.field === 'interdiction.date')!.message, /30-day deadline/);
});
