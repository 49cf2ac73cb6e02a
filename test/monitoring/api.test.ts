import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { caller, sendFile, startTestServer, type TestServer } from '../helpers/server.js';
import { tempDir } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from '../store/backends.js';
import { eventFixture, FIXTURES } from './helpers.js';

const fixture = eventFixture;

describe('monitoring API', () => {
  const home = tempDir('interdict-monitoring-api-');
  let server: TestServer;
  let analyst: ReturnType<typeof caller>;
  let supervisor: ReturnType<typeof caller>;
  let auditor: ReturnType<typeof caller>;
  let analystKey: string;

  before(async () => {
    await seedEmbeddedDataDir(home.dir);
    server = await startTestServer({ dataDir: home.dir });
    analystKey = await server.key('analyst', 'ana');
    analyst = caller(server.url, analystKey);
    supervisor = caller(server.url, await server.key('supervisor', 'sup'));
    auditor = caller(server.url, await server.key('auditor', 'aud'));
  });
  after(async () => {
    await server?.close();
    home.cleanup();
  });

  it('POST /events judges and records a payment to a listed group: block, a rule alert in a case', async () => {
    const r = await analyst('/events', 'POST', fixture('PAY-2'));
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.eventId, 'PAY-2');
    assert.equal(r.json.kind, 'payment');
    assert.equal(r.json.outcome, 'block');
    assert.equal(r.json.duplicate, false);
    assert.equal(typeof r.json.caseId, 'number');
    const c2 = r.json.hits.find((h: { ruleId: string }) => h.ruleId === 'C2');
    assert.deepEqual(Object.keys(c2).sort(), ['evidence', 'pack', 'reasonCode', 'ruleId', 'severity']);
    assert.equal(c2.severity, 'critical');
    assert.equal(r.json.ruleAlertIds.length, r.json.hits.length);

    const again = await analyst('/events', 'POST', fixture('PAY-2'));
    assert.equal(again.status, 200);
    assert.equal(again.json.duplicate, true);
    assert.deepEqual(again.json.ruleAlertIds, r.json.ruleAlertIds);
    assert.equal(again.json.outcome, 'block');
  });

  it('POST /events refuses invalid input with 400 naming the field, and takes pacs.008 XML', async () => {
    const bad = await analyst('/events', 'POST', { ...fixture('PAY-1'), id: 'PAY-X', amount: { value: 12.5, currency: 'EUR' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.details.field, 'amount.value');
    assert.match(bad.json.message, /amount\.value/);
    const noKind = await analyst('/events', 'POST', { id: 'x' });
    assert.equal(noKind.status, 400);
    assert.equal(noKind.json.details.field, 'kind');
    const xml = readFileSync(join(FIXTURES, 'pacs008-two-transactions.xml'));
    const r = await sendFile(`${server.url}/events`, analystKey, xml, 'application/xml');
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.items.length, 2);
    for (const item of r.json.items) assert.ok(['allow', 'alert', 'block', 'refuse'].includes(item.outcome));
    const hostile = await sendFile(`${server.url}/events`, analystKey, readFileSync(join(FIXTURES, 'hostile', 'pacs008-xxe.xml')), 'application/xml');
    assert.equal(hostile.status, 400);
    assert.match(hostile.json.message, /DOCTYPE/);
  });

  it('rule alerts: list with filters, one with its event, transitions, four-eyes closing, and stats', async () => {
    const oil = await analyst('/events', 'POST', fixture('OIL-A'));
    assert.equal(oil.json.outcome, 'alert');
    const list = await auditor('/rule-alerts?pack=oil&ruleId=OIL-2&state=open', 'GET');
    assert.equal(list.status, 200);
    assert.equal(list.json.items.length, 1);
    const item = list.json.items[0];
    for (const k of ['id', 'monitoringEventId', 'eventId', 'kind', 'caseId', 'pack', 'packVersion', 'ruleId', 'reasonCode', 'severity', 'evidence', 'hardControl', 'state', 'stateReason', 'createdAt', 'updatedAt']) {
      assert.ok(k in item, `RuleAlert has ${k}`);
    }
    assert.equal(item.eventId, 'OIL-A');
    const one = await auditor(`/rule-alerts/${item.id}`, 'GET');
    assert.equal(one.json.event.id, 'OIL-A');
    assert.equal((await analyst('/rule-alerts/999999', 'GET')).status, 404);

    assert.equal((await auditor(`/rule-alerts/${item.id}/transition`, 'POST', { to: 'in_review' })).status, 403, 'the auditor changes nothing');
    assert.equal((await analyst(`/rule-alerts/${item.id}/transition`, 'POST', { to: 'closed_true_match' })).status, 409, 'closing needs a decision');
    const moved = await analyst(`/rule-alerts/${item.id}/transition`, 'POST', { to: 'in_review', note: 'checking the price' });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
    assert.equal(moved.json.state, 'in_review');
    const proposed = await analyst(`/rule-alerts/${item.id}/decisions`, 'POST', { kind: 'true_match', note: 'discount and loading area both confirmed' });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.json));
    const approved = await supervisor(`/rule-alert-decisions/${proposed.json.id}/approve`, 'POST', {});
    assert.equal(approved.status, 200, JSON.stringify(approved.json));
    assert.equal(approved.json.alert.state, 'closed_true_match');
    const stats = await auditor('/monitoring/stats?days=30', 'GET');
    assert.equal(stats.status, 200);
    assert.deepEqual(stats.json.perRule.find((r: { ruleId: string }) => r.ruleId === 'OIL-2'), { pack: 'oil', ruleId: 'OIL-2', alerts: 1, falsePositiveRate: 0 });
    assert.ok(stats.json.days.some((d: { ruleId: string; closedTrueMatch: number }) => d.ruleId === 'OIL-2' && d.closedTrueMatch === 1));
    assert.deepEqual(stats.json.listingToFreeze, []);
  });

  it('the maker cannot approve their own proposal', async () => {
    const [c2] = (await analyst('/rule-alerts?ruleId=C2', 'GET')).json.items;
    await analyst(`/rule-alerts/${c2.id}/transition`, 'POST', { to: 'in_review' });
    const supKey = await server.key('supervisor', 'sup2');
    const sup2 = caller(server.url, supKey);
    const proposed = await sup2(`/rule-alerts/${c2.id}/decisions`, 'POST', { kind: 'true_match', note: 'listed group' });
    assert.equal(proposed.status, 201);
    const own = await sup2(`/rule-alert-decisions/${proposed.json.id}/approve`, 'POST', {});
    assert.equal(own.status, 403);
    assert.match(own.json.message, /four eyes/);
    const rejected = await supervisor(`/rule-alert-decisions/${proposed.json.id}/reject`, 'POST', { note: 'attach the payment order first' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.json.status, 'rejected');
  });
});
