import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PERMISSIONS } from '../../src/auth/permissions.js';
import { ROLES } from '../../src/auth/roles.js';
import { ROOT, UN_2025, UN_2026 } from '../helpers/paths.js';
import { call, sendFile } from '../helpers/server.js';
import { testBackends } from '../store/backends.js';
import { startHarness, type Harness } from './harness.js';
import { amendedUnXml } from './lists.js';

/**
 * The service end to end over HTTP, on both database backends: keys and roles on every route, list
 * versions arriving and the re-screens they cause, parties, alerts, four eyes to a freeze record, the
 * allow-list, replay, and hostile input.
 */
const INJECTION = "'; DROP TABLE parties; --";

/** A concrete URL for a route pattern (the values need not exist: auth answers before the handler). */
function concrete(url: string): string {
  return url.replace(':id', '1').replace(':ref', 'QDi.001').replace(':dataset', 'default').replace(':prefix', 'idk_AAAAAAAA');
}

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

for (const backend of await testBackends()) {
  describe(`service over HTTP (${backend.name})`, { skip: backend.skip }, () => {
    let h: Harness;
    const ids: Record<string, number> = {};

    before(async () => {
      h = await startHarness(backend);
    });
    after(async () => {
      await h?.dispose();
    });

    const importList = (body: Buffer, name: string) => sendFile(`${h.ts.url}/lists/import?name=${encodeURIComponent(name)}`, h.keys.admin, body, 'application/xml');
    const importParties = (text: string, who: keyof Harness['keys'] = 'analyst', type = 'application/x-ndjson') => sendFile(`${h.ts.url}/parties/import`, h.keys[who], text, type);

    test('every route has a permission or is public, and refuses requests without a valid key', async () => {
      const routes = h.ts.server.routes;
      assert.ok(routes.length >= 35, `only ${routes.length} routes`);
      assert.deepEqual(routes.filter((r) => r.permission === 'none'), []);
      const publicOnes = routes.filter((r) => r.permission === 'public').map((r) => r.url);
      assert.ok(publicOnes.includes('/health'));
      // Public: health, the OpenAPI docs, and the web UI's static files (src/server/static.ts: the page
      // holds no data; its API calls carry the analyst's key).
      assert.ok(publicOnes.every((u) => u === '/health' || u.startsWith('/docs') || u === '/' || u === '/*'), publicOnes.join(', '));
      for (const r of routes.filter((x) => x.permission !== 'public')) {
        const url = `${h.ts.url}${concrete(r.url)}`;
        const body = r.method === 'GET' ? undefined : {};
        const none = await call(url, r.method, body);
        assert.equal(none.status, 401, `${r.method} ${r.url} without a key: ${none.status}`);
        assert.match(none.json.message, /API key is required/);
        const forged = await call(url, r.method, body, { 'x-api-key': `idk_${'A'.repeat(43)}` });
        assert.equal(forged.status, 401, `${r.method} ${r.url} with an unknown key`);
        const garbage = await call(url, r.method, body, { authorization: `Bearer ${INJECTION}` });
        assert.equal(garbage.status, 401, `${r.method} ${r.url} with a garbage bearer`);
      }
      assert.equal((await call(`${h.ts.url}/health`, 'GET')).status, 200);
      assert.equal((await call(`${h.ts.url}/docs/json`, 'GET')).status, 200);
      // A valid key as a Bearer token works as well as x-api-key.
      assert.equal((await call(`${h.ts.url}/alerts`, 'GET', undefined, { authorization: `Bearer ${h.keys.auditor}` })).status, 200);
    });

    test('every route refuses each role its permission does not list (403, JSON, naming the permission)', async () => {
      const byRole: Record<string, keyof Harness['keys']> = { admin: 'admin', analyst: 'analyst', supervisor: 'supervisor', auditor: 'auditor' };
      let checked = 0;
      for (const r of h.ts.server.routes) {
        if (r.permission === 'public' || r.permission === 'none') continue;
        const allowed = PERMISSIONS[r.permission].roles as readonly string[];
        for (const role of ROLES.filter((x) => !allowed.includes(x))) {
          const res = await h.as(byRole[role]!)(concrete(r.url), r.method, r.method === 'GET' ? undefined : {});
          assert.equal(res.status, 403, `${role} on ${r.method} ${r.url}: ${res.status} ${JSON.stringify(res.json)}`);
          assert.match(res.json.message, new RegExp(`role ${role} may not ${r.permission}`));
          checked += 1;
        }
      }
      assert.ok(checked > 40, `only ${checked} refusals checked`);
    });

    test('the first list version arrives through the API; health shows it and its age', async () => {
      const r = await importList(readFileSync(UN_2025), 'un-consolidated-2025-11-20.xml');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.created, true);
      assert.equal(r.json.inForce, true);
      assert.equal(r.json.rescreen.kind, 'list-diff');
      const health = await call(`${h.ts.url}/health`, 'GET');
      const un = health.json.lists.find((l: { source: string }) => l.source === 'un');
      assert.equal(un.generatedAt, r.json.version.generatedAt);
      assert.equal(typeof un.ageDays, 'number');
    });

    test('a refused list file or a failed update changes nothing: the version in force stays', async () => {
      const inForce = async () => (await h.as('auditor')('/lists/versions', 'GET')).json.filter((v: { inForce: boolean }) => v.inForce).map((v: { hash: string }) => v.hash);
      const before = await inForce();
      const truncated = await importList(Buffer.from('<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2030-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>'), 'un-truncated.xml');
      assert.equal(truncated.status, 422, JSON.stringify(truncated.json));
      const xxe = await importList(readFileSync(join(ROOT, 'test', 'fixtures', 'hostile', 'xxe-file.xml')), 'un-xxe.xml');
      assert.equal(xxe.status, 422);
      assert.match(xxe.json.message, /DOCTYPE/i);
      const traversal = await sendFile(`${h.ts.url}/lists/import?name=${encodeURIComponent('../../etc/passwd')}`, h.keys.admin, Buffer.from('x'), 'application/xml');
      assert.equal(traversal.status, 400);
      const publisher = createServer((_req, res) => {
        res.statusCode = 503;
        res.end('down for maintenance');
      });
      await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
      try {
        const { port } = publisher.address() as AddressInfo;
        const update = await h.as('admin')('/lists/update', 'POST', { source: 'un', url: `http://127.0.0.1:${port}/consolidated.xml`, timeoutSeconds: 5 });
        assert.equal(update.status, 502);
        assert.match(update.json.message, /HTTP 503/);
        assert.equal(update.json.inForce.hash, before[0]);
      } finally {
        publisher.close();
      }
      assert.deepEqual(await inForce(), before);
    });

    test('parties import: upsert by id, each change screened at once, hits raise alerts with replay data', async () => {
      const file = jsonl([
        { id: 'C-IRAQ', schema: 'Person', name: 'Munir Al-Kubaysi', birthDate: '1966', nationality: 'Iraq' },
        { id: 'C-FREEZE', schema: 'Person', name: 'Abu Bakr al-Baghdadi', birthDate: '1971' },
        { id: 'C-FP', schema: 'Person', name: 'Ayman al-Zawahiri' },
        { id: 'C-CLEAN', schema: 'Person', name: 'Hans Müller', birthDate: '1980-02-03' },
        { id: 'C-BAD', schema: 'Person', name: 'Someone', birthDate: '1971-13-40' },
      ]);
      const r = await importParties(file);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.created, 4);
      assert.equal(r.json.rejected.length, 1);
      assert.match(r.json.rejected[0].message, /line 5: birthDate/);
      assert.ok(r.json.alerts.raised >= 3, JSON.stringify(r.json.alerts));
      const again = await importParties(file);
      assert.equal(again.json.unchanged, 4);
      assert.equal(again.json.screened, 0);

      const analyst = h.as('analyst');
      for (const [orgId, ref] of [['C-IRAQ', 'IQi.074'], ['C-FREEZE', 'QDi.299'], ['C-FP', 'QDi.006']] as const) {
        const p = await analyst(`/parties/${orgId}`, 'GET');
        assert.equal(p.status, 200);
        ids[orgId] = p.json.party.id;
        const alert = p.json.alerts.find((a: { listedPartyRef: string }) => a.listedPartyRef === ref);
        assert.ok(alert, `${orgId} has no alert on ${ref}: ${JSON.stringify(p.json.alerts.map((a: { listedPartyRef: string }) => a.listedPartyRef))}`);
        assert.equal(alert.state, 'open');
        assert.equal(alert.listVersionHash, (await analyst('/lists/versions', 'GET')).json.find((v: { inForce: boolean }) => v.inForce).hash);
        assert.equal(typeof alert.algorithmVersion, 'string');
        assert.ok(alert.score >= alert.threshold);
        assert.ok(alert.explanation);
        ids[`alert:${orgId}`] = alert.id;
      }
      const clean = await analyst('/parties/C-CLEAN', 'GET');
      assert.deepEqual(clean.json.alerts, []);
      assert.ok(clean.json.latestScreening, 'a party screened on import has a result even without hits');
      const page = await analyst('/parties?limit=2', 'GET');
      assert.equal(page.json.items.length, 2);
      const rest = await analyst(`/parties?after=${page.json.next}`, 'GET');
      assert.equal(rest.json.items.length, 2);
      assert.equal(rest.json.next, null);
    });

    test('alerts filter by state, list, score band and age; an alert comes with its explanation', async () => {
      const a = h.as('auditor');
      const open = await a('/alerts?state=open&list=un', 'GET');
      assert.equal(open.status, 200);
      assert.ok(open.json.length >= 3);
      assert.deepEqual((await a('/alerts?list=ofac-sdn', 'GET')).json, []);
      assert.deepEqual((await a('/alerts?minScore=0.999999&maxScore=1', 'GET')).json.filter((x: { score: number }) => x.score < 0.999999), []);
      assert.deepEqual((await a('/alerts?minAgeHours=24', 'GET')).json, []);
      assert.ok((await a('/alerts?maxAgeHours=1', 'GET')).json.length >= 3);
      assert.equal((await a('/alerts?state=bogus', 'GET')).status, 400);
      const one = await a(`/alerts/${ids['alert:C-FREEZE']}`, 'GET');
      assert.equal(one.json.alert.listedPartyRef, 'QDi.299');
      assert.equal(one.json.party.orgId, 'C-FREEZE');
      assert.ok(one.json.alert.explanation.scoring);
    });

    test('replay re-runs the stored query against the stored list version and gives the identical result', async () => {
      const r = await h.as('auditor')(`/alerts/${ids['alert:C-FREEZE']}/replay`, 'GET');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.identical, true, JSON.stringify(r.json).slice(0, 500));
      assert.equal(r.json.replayed.score, r.json.stored.score);
      assert.deepEqual(r.json.replayed.explanation, r.json.stored.explanation);
      assert.deepEqual(r.json.query.name, ['Abu Bakr al-Baghdadi']);
    });

    test('hostile parties: injection strings stored and returned verbatim, prototype pollution ignored, bad input refused', async () => {
      const evil = jsonl([
        { id: INJECTION, schema: 'Person', name: INJECTION, address: '<script>alert(1)</script>' },
        JSON.parse('{"id": "C-PROTO", "name": "Proto Person", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
      ]);
      const r = await importParties(evil);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.created, 2);
      const got = await h.as('analyst')(`/parties/${encodeURIComponent(INJECTION)}`, 'GET');
      assert.equal(got.status, 200);
      assert.equal(got.json.party.orgId, INJECTION);
      assert.deepEqual(got.json.party.properties.name, [INJECTION]);
      assert.deepEqual(got.json.party.properties.address, ['<script>alert(1)</script>']);
      const proto = await h.as('analyst')('/parties/C-PROTO', 'GET');
      assert.deepEqual(Object.keys(proto.json.party.properties), ['name']);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      // The table is still there: the injection was data, not SQL.
      assert.ok((await h.as('analyst')('/parties?limit=1000', 'GET')).json.items.length >= 6);

      const csv = await importParties(`id,name,birthDate\nC-CSV,"Müller; Hans ""the"" Müller",1980\n`, 'analyst', 'text/csv');
      assert.equal(csv.json.created, 1, JSON.stringify(csv.json));
      assert.deepEqual((await h.as('analyst')('/parties/C-CSV', 'GET')).json.party.properties.name, ['Müller', 'Hans "the" Müller']);

      const latin1 = await sendFile(`${h.ts.url}/parties/import`, h.keys.analyst, Buffer.from('{"id":"L1","name":"M\xfcller"}\n', 'latin1'), 'application/x-ndjson');
      assert.equal(latin1.status, 400);
      assert.match(latin1.json.message, /UTF-8/);
      const huge = await importParties('{"id":"x","name":"' + 'x'.repeat(5 * 1024 * 1024) + '"}\n');
      assert.equal(huge.status, 413);
      const jsonBody = await h.as('analyst')('/parties/import', 'POST', { id: 'x', name: 'y' });
      assert.equal(jsonBody.status, 415);
      const protoJson = await h.as('analyst')('/decisions', 'POST', '{"alertId": 1, "kind": "true_match", "note": "x", "__proto__": {"role": "supervisor"}}');
      assert.equal(protoJson.status, 400);
      const wrongType = await h.as('analyst')('/decisions', 'POST', { alertId: 'one', kind: 'true_match', note: 'x' });
      assert.equal(wrongType.status, 400);
      assert.match(wrongType.json.message, /alertId/);
      const extra = await h.as('analyst')('/decisions', 'POST', { alertId: 1, kind: 'true_match', note: 'x', checker: 'me' });
      assert.equal(extra.status, 400);
      const badKind = await h.as('analyst')('/decisions', 'POST', { alertId: 1, kind: INJECTION, note: 'x' });
      assert.equal(badKind.status, 400);
      const idInjection = await h.as('analyst')(`/alerts/${encodeURIComponent('1 OR 1=1')}`, 'GET');
      assert.equal(idInjection.status, 400);
      const oversizeJson = await h.as('analyst')('/screen', 'POST', { query: { name: 'x'.repeat(300 * 1024) } });
      assert.equal(oversizeJson.status, 413);
    });

    test('four eyes through HTTP: propose, self-approval refused, second person approves, freeze record with its timeline', async () => {
      const alertId = ids['alert:C-FREEZE']!;
      const analyst = h.as('analyst');
      assert.equal((await analyst(`/alerts/${alertId}/transition`, 'POST', { to: 'in_review', reason: 'looking' })).status, 200);
      const direct = await analyst(`/alerts/${alertId}/transition`, 'POST', { to: 'closed_true_match' });
      assert.equal(direct.status, 409);
      assert.match(direct.json.message, /four-eyes decision/);
      const caseOpened = await analyst('/cases', 'POST', { partyId: ids['C-FREEZE'], title: `Baghdadi ${INJECTION}`, alertIds: [alertId] });
      assert.equal(caseOpened.status, 201, JSON.stringify(caseOpened.json));
      assert.equal(caseOpened.json.case.title, `Baghdadi ${INJECTION}`);
      const caseId = caseOpened.json.case.id;

      const sup = h.as('supervisor');
      const proposal = await sup('/decisions', 'POST', { alertId, kind: 'true_match', note: 'same person: name, birth year' });
      assert.equal(proposal.status, 201, JSON.stringify(proposal.json));
      const self = await sup(`/decisions/${proposal.json.id}/approve`, 'POST', {});
      assert.equal(self.status, 403);
      assert.equal(self.json.details.code, 'four-eyes');
      assert.equal((await analyst(`/decisions/${proposal.json.id}/approve`, 'POST', {})).status, 403);
      assert.equal((await h.as('analyst2')(`/decisions/${proposal.json.id}/withdraw`, 'POST')).status, 403);
      assert.equal((await analyst(`/cases/${caseId}/close`, 'POST')).status, 409);

      const approved = await h.as('supervisor2')(`/decisions/${proposal.json.id}/approve`, 'POST', { note: 'agreed' });
      assert.equal(approved.status, 200, JSON.stringify(approved.json));
      assert.equal(approved.json.alert.state, 'closed_true_match');
      const freezeId = approved.json.freezeRecord.id;
      const record = await h.as('auditor')(`/freeze-records/${freezeId}`, 'GET');
      assert.equal(record.status, 200);
      assert.equal(record.json.listedPartyRef, 'QDi.299');
      assert.equal(record.json.partyId, ids['C-FREEZE']);
      assert.ok(record.json.timeline);
      for (const moment of ['listVersionArrivedAt', 'alertAt', 'decidedAt', 'approvedAt', 'frozenAt']) assert.ok(record.json[moment], moment);
      assert.equal((await h.as('auditor')('/freeze-records', 'GET')).json.length, 1);
      const closed = await analyst(`/cases/${caseId}/close`, 'POST');
      assert.equal(closed.status, 200);
      assert.equal((await h.as('auditor')(`/cases/${caseId}`, 'GET')).json.case.state, 'closed');
      assert.equal((await h.as('auditor')('/cases?state=closed', 'GET')).json.length, 1);
    });

    test('a decided false positive is allow-listed and does not alert again on a full re-screen', async () => {
      const alertId = ids['alert:C-FP']!;
      await h.as('analyst')(`/alerts/${alertId}/transition`, 'POST', { to: 'in_review' });
      const proposal = await h.as('analyst')('/decisions', 'POST', { alertId, kind: 'false_positive', note: 'our customer is a different person', allowListDays: 30 });
      assert.equal(proposal.status, 201, JSON.stringify(proposal.json));
      const approved = await h.as('supervisor')(`/decisions/${proposal.json.id}/approve`, 'POST', {});
      assert.equal(approved.status, 200);
      assert.ok(approved.json.allowListEntry.id);
      const full = await h.as('admin')('/rescreen', 'POST');
      assert.equal(full.status, 200, JSON.stringify(full.json));
      assert.ok(full.json.alerts.suppressed >= 1, JSON.stringify(full.json.alerts));
      const live = (await h.as('auditor')(`/alerts?partyId=${ids['C-FP']}&listedPartyId=un:QDi.006&state=open&state=in_review&state=escalated`, 'GET')).json;
      assert.deepEqual(live, []);
      assert.equal((await h.as('auditor')('/allow-list?active=true', 'GET')).json.length, 1);
    });

    test('2026-01-28 arrives: the diff re-screen sends IQi.074 alerts to review, and the time from arrival to alerts is recorded', async () => {
      const r = await importList(readFileSync(UN_2026), 'un-consolidated-2026-01-28.xml');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      const rs = r.json.rescreen;
      assert.deepEqual(rs.diff, { added: 0, removed: 1, amended: 2, identifying: 0 });
      assert.equal(rs.targets, 0);
      assert.deepEqual(rs.sentToReview, [ids['alert:C-IRAQ']]);
      assert.equal(typeof rs.timings.arrivalToAlertsMs, 'number');
      assert.ok(rs.timings.arrivalToAlertsMs >= 0);
      const moved = (await h.as('auditor')(`/alerts/${ids['alert:C-IRAQ']}`, 'GET')).json.alert;
      assert.equal(moved.state, 'in_review');
      assert.match(moved.stateReason, /removed .*nothing is released automatically/);
      // Never an automatic release: the confirmed freeze on another party is untouched.
      assert.equal((await h.as('auditor')(`/alerts/${ids['alert:C-FREEZE']}`, 'GET')).json.alert.state, 'closed_true_match');
      const runs = (await h.as('auditor')('/screening/runs', 'GET')).json;
      const run = runs.find((x: { id: number }) => x.id === rs.runId);
      assert.equal(run.kind, 'list-diff');
      assert.equal(run.stats.timings.arrivalToAlertsMs, rs.timings.arrivalToAlertsMs);
      assert.ok(run.finishedAt);
      // A replay of an alert raised on 2025-11-20 still loads that version by its hash.
      const replay = await h.as('auditor')(`/alerts/${ids['alert:C-IRAQ']}/replay`, 'GET');
      assert.equal(replay.json.identical, true);
      // The same file again creates nothing and re-screens nothing.
      const again = await importList(readFileSync(UN_2026), 'un-consolidated-2026-01-28.xml');
      assert.equal(again.json.created, false);
      assert.equal(again.json.rescreen, undefined);
    });

    test('the allow-listed pair alerts again once the listed party is amended', async () => {
      const amended = amendedUnXml(UN_2026, { generatedAt: '2026-02-10T00:00:00.000Z', ref: 'QDi.006', alias: 'Aiman al-Zawahri' });
      const r = await importList(amended, 'un-consolidated-2026-02-10.xml');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.rescreen.diff.identifying, 1);
      assert.equal(r.json.rescreen.targets, 1);
      assert.ok(r.json.rescreen.alerts.raised >= 1, JSON.stringify(r.json.rescreen));
      const live = (await h.as('auditor')(`/alerts?partyId=${ids['C-FP']}&listedPartyId=un:QDi.006&state=open`, 'GET')).json;
      assert.equal(live.length, 1);
      assert.equal(live[0].listVersionHash, r.json.version.hash);
      const replay = await h.as('auditor')(`/alerts/${live[0].id}/replay`, 'GET');
      assert.equal(replay.json.identical, true);
      // Revoking the (now superseded) entry: a supervisor, with a note; twice is a conflict.
      const [entry] = (await h.as('auditor')(`/allow-list?partyId=${ids['C-FP']}`, 'GET')).json;
      assert.equal((await h.as('supervisor')(`/allow-list/${entry.id}/revoke`, 'POST', { note: '' })).status, 400);
      const revoked = await h.as('supervisor')(`/allow-list/${entry.id}/revoke`, 'POST', { note: 'amended listing' });
      assert.equal(revoked.status, 200);
      assert.ok(revoked.json.revokedAt);
      assert.equal((await h.as('supervisor')(`/allow-list/${entry.id}/revoke`, 'POST', { note: 'again' })).status, 409);
      assert.deepEqual((await h.as('auditor')('/allow-list?active=true', 'GET')).json, []);
    });

    test('audit: every step left a chained entry, and verification passes for an auditor', async () => {
      const screened = await h.as('analyst')('/screen', 'POST', { query: { name: 'Abu Bakr al-Baghdadi' } });
      assert.equal(screened.status, 200);
      const [entry] = (await h.as('auditor')('/audit?action=screening.run&limit=1', 'GET')).json;
      assert.equal(entry.actor, 'user:analyst');
      assert.equal(entry.payload.queries, 1);
      assert.equal(entry.payload.matched, 1);
      assert.equal(JSON.stringify(entry).includes('Baghdadi'), false, 'names stay out of the audit log');
      const actions = new Set((await h.as('auditor')('/audit?limit=1000', 'GET')).json.map((e: { action: string }) => e.action));
      for (const a of ['list.import', 'party.import', 'screening.run', 'alert.raise', 'alert.suppress', 'alert.transition', 'decision.propose', 'decision.approve', 'allowlist.add', 'allowlist.revoke', 'freeze.create', 'case.open', 'case.close', 'key.create']) {
        assert.ok(actions.has(a), `no ${a} entry`);
      }
      const v = await h.as('auditor')('/audit/verify', 'GET');
      assert.equal(v.status, 200);
      assert.equal(v.json.ok, true);
      assert.ok(v.json.verified > 20);
      const anchored = await h.as('auditor')(`/audit/verify?anchor=${v.json.head.seq}:${'0'.repeat(64)}`, 'GET');
      assert.equal(anchored.json.ok, false);
      assert.equal(anchored.json.firstBad.problem, 'anchor-mismatch');
    });
  });
}
