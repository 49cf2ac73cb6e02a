import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { backtest } from '../../src/monitoring/backtest.js';
import { parseEvent } from '../../src/monitoring/events.js';
import { InMemoryHistory } from '../../src/monitoring/history.js';
import { readPacs008 } from '../../src/monitoring/iso20022.js';
import { decisionLine, processEvent } from '../../src/monitoring/process.js';
import { RulePack } from '../../src/monitoring/rule-pack.js';
import { runEvents } from '../../src/monitoring/runner.js';
import { shadowRun } from '../../src/monitoring/shadow.js';
import { codes, decide, FIXTURES, monitor, shippedReference } from './helpers.js';

const pay = (id: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'payment', id, date: '2016-05-02', amount: '1000.00 USD', debtor: { name: 'Maria Fischer', country: 'AT' }, creditor: { name: 'Wiener Baustoffe GmbH', country: 'AT' }, remittance: 'INVOICE 2231 CEMENT', ...over,
});

describe('screening in monitoring', () => {
  it('a payment to a UN-listed party is blocked (C2), with the list reference in the evidence', async () => {
    const d = await decide(pay('L', { creditor: { name: 'Al-Nusrah Front for the People of the Levant', type: 'organization' } }));
    assert.equal(d.decision, 'block');
    assert.deepEqual(codes(d), ['C2']);
    const m = (d.ruleHits[0]!.evidence as { matches: { reference: string; role: string }[] }).matches[0]!;
    assert.equal(m.reference, 'QDe.137');
    assert.equal(m.role, 'creditor');
    assert.equal(d.screeningHits[0]!.referenceNumber, 'QDe.137');
    assert.deepEqual(d.listVersions, [{ source: 'un', hash: 'test-al-qaida-regime' }]);
  });

  it('an ordinary payment is allowed and its output line carries the rule-pack version', async () => {
    const d = await decide(pay('OK'));
    assert.equal(d.decision, 'allow');
    const line = JSON.parse(decisionLine(d)) as Record<string, unknown>;
    assert.match(String(line.rulePack), /^default@[0-9a-f]{16}$/);
    assert.equal(line.history, undefined, 'history records are internal state');
  });

  it('every agent and the free text are screened, not only debtor and creditor', async () => {
    const viaAgent = await decide(pay('AG', { intermediaryAgent2: { name: 'Al-Qaida in Iraq' } }));
    assert.equal(viaAgent.decision, 'block');
    assert.equal(viaAgent.screeningHits[0]!.role, 'intermediaryAgent2');
    const inText = await decide(pay('TX', { remittance: 'contribution for Jabhat al-Nusra brothers' }));
    assert.deepEqual(codes(inText), ['SCREEN-TEXT']);
    assert.equal(inText.decision, 'alert', 'a text mention alerts; only a party match blocks');
  });

  it('a pacs.008 goes through the same processing', async () => {
    const ctx = { ...(await monitor()), history: new InMemoryHistory() };
    const events = await readPacs008({ path: join(FIXTURES, 'pacs008-two-transactions.xml') });
    const results = runEvents(events, ctx);
    assert.equal(results.length, 2);
    for (const r of results) assert.equal(r.duplicate, false);
  });
});

describe('processing and history', () => {
  it('is pure: processing twice against the same history gives the same decision and changes nothing', async () => {
    const ctx = { ...(await monitor()), history: new InMemoryHistory() };
    const e = parseEvent(pay('P'));
    const a = processEvent(e, ctx);
    const b = processEvent(e, ctx);
    assert.deepEqual(a, b);
    assert.equal(ctx.history.size, 0);
  });

  it('an event id seen before is a duplicate: not re-processed, not re-alerted', async () => {
    const ctx = { ...(await monitor()), history: new InMemoryHistory() };
    const listed = parseEvent(pay('DUP', { creditor: { name: 'Al-Qaida in Iraq' } }));
    const first = runEvents([listed, listed], ctx);
    assert.equal(first[0]!.duplicate, false);
    assert.equal(first[1]!.duplicate, true);
    assert.equal(runEvents([listed], ctx)[0]!.duplicate, true, 'also across batches');
  });

  it('a rule that cannot be evaluated alerts with RULE-ERROR instead of passing silently', async () => {
    const d = await decide(pay('E'), { custom: [{ code: 'BANK-1', title: 'broken', appliesTo: ['payment'], when: 'event.noSuchField > 3' }] });
    assert.equal(d.decision, 'alert');
    assert.deepEqual(d.reasons, ['RULE-ERROR']);
    assert.equal(d.errors[0]!.code, 'BANK-1');
  });
});

describe('rule-pack configuration', () => {
  it('custom CEL rules run with their parameters and evidence', async () => {
    const config = { version: 'bank-1', custom: [{ code: 'BANK-2', title: 'Large cash', appliesTo: ['payment'], when: 'event.channel == "cash" && moneyGte(event.amount, {"currency": "USD", "minor": 1000000})', evidence: '{"amount": event.amount, "limit": p.limit}', params: { limit: 'USD 10,000' } }] };
    const d = await decide(pay('C', { channel: 'cash', amount: '15000.00 USD' }), config);
    assert.deepEqual(codes(d), ['BANK-2']);
    assert.deepEqual(d.ruleHits[0]!.evidence, { amount: { currency: 'USD', minor: 1500000 }, limit: 'USD 10,000' });
    assert.match(d.rulePack, /^bank-1@/);
    assert.deepEqual(codes(await decide(pay('C2', { channel: 'cash', amount: '5000.00 USD' }), config)), []);
  });

  it('refuses unknown codes, unknown or mistyped parameters and invalid CEL, naming them', () => {
    const ref = shippedReference();
    assert.throws(() => RulePack.build(ref, { rules: { 'OIL-9': {} } }), /rules\.OIL-9: no rule with this reason code/);
    assert.throws(() => RulePack.build(ref, { rules: { 'OIL-2': { params: { discont: 0.4 } } } }), /rules\.OIL-2\.params\.discont: unknown parameter \(known: discount\)/);
    assert.throws(() => RulePack.build(ref, { rules: { 'OIL-2': { params: { discount: 'forty' } } } }), /rules\.OIL-2\.params\.discount: expected a number/);
    assert.throws(() => RulePack.build(ref, { rules: { 'KFR-1': { params: { minAmount: 250000 } } } }), /rules\.KFR-1\.params\.minAmount/);
    assert.throws(() => RulePack.build(ref, { custom: [{ code: 'X-1', title: 't', when: 'event.amount >' }] }), /rule X-1 \(when\): invalid CEL/);
    assert.throws(() => RulePack.build(ref, { rules: { C2: { enabled: false } } }), /hard control C2/);
  });

  it('the version id changes with any effective parameter and not otherwise', () => {
    const ref = shippedReference();
    const a = RulePack.build(ref, { version: 'v' }).id;
    assert.equal(RulePack.build(ref, { version: 'v' }).id, a);
    assert.equal(RulePack.build(ref, { version: 'v', rules: { 'OIL-2': { params: { discount: 0.3 } } } }).id, a, 'restating a default changes nothing');
    assert.notEqual(RulePack.build(ref, { version: 'v', rules: { 'OIL-2': { params: { discount: 0.4 } } } }).id, a);
  });

  it('every default parameter names its source', async () => {
    for (const r of (await monitor()).pack.rules) {
      assert.ok(r.rule.def.source.length > 10, r.rule.def.code);
      for (const [name, spec] of Object.entries(r.rule.def.params)) assert.ok(spec.source.length > 5, `${r.rule.def.code}.${name}`);
    }
  });
});

describe('backtest and shadow mode', () => {
  const cargo = (id: string, price: string): Record<string, unknown> => ({
    kind: 'cargo', id, date: '2015-06-15', hsCode: '2709', product: 'crude', quantity: { value: '100', unit: 'bbl' }, price: { amount: price, per: 'bbl' }, places: { loading: { name: 'Kirkuk', lat: 35.47, lon: 44.39, country: 'IQ' } },
  });
  // Brent June 2015: USD 61.48. 30% off = 43.04, 40% off = 36.89.
  const events = [cargo('X1', '40.00 USD'), cargo('X2', '30.00 USD'), cargo('X3', '58.00 USD'), pay('X4', { creditor: { name: 'Al-Qaida in Iraq' } })].map((e) => parseEvent(e));

  it('backtest counts hits per rule, listing rules that never hit', async () => {
    const report = backtest(events, await monitor());
    const row = (c: string) => report.rules.find((r) => r.code === c)!;
    assert.equal(row('OIL-2').hits, 2);
    assert.deepEqual(row('OIL-2').examples, ['X1', 'X2']);
    assert.equal(row('C2').hits, 1);
    assert.equal(row('ART-3').hits, 0);
    assert.deepEqual(report.decisions, { allow: 1, alert: 2, block: 1, refuse: 0 });
  });

  it('shadow mode compares a stricter discount with the live one and raises nothing itself', async () => {
    const live = await monitor();
    const shadow = await monitor({ version: 'try-40', rules: { 'OIL-2': { params: { discount: 0.4 } } } });
    const { decisions, report } = shadowRun(events, live, shadow);
    assert.equal(decisions.length, 4);
    assert.ok(decisions.every((d) => d.rulePack === live.pack.id), 'only live decisions come out');
    const oil2 = report.rules.find((r) => r.code === 'OIL-2')!;
    assert.equal(oil2.both, 1);
    assert.equal(oil2.onlyLive, 1);
    assert.deepEqual(oil2.examples.onlyLive, ['X1']);
    assert.equal(oil2.onlyShadow, 0);
    assert.deepEqual(report.decisionsChanged, [{ eventId: 'X1', live: 'alert', shadow: 'allow' }]);
    assert.match(report.shadow, /^try-40@/);
  });
});
