import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { daysBetween } from '../../src/reports/dates.js';
import { startHarness, type Harness } from '../service/harness.js';
import { testBackends } from '../store/backends.js';
import { seedCases, writeReportingJson, type SeededCases } from './case-seed.js';

/**
 * The reports API end to end on a real server and database (PGlite and PostgreSQL): prepare from a
 * stored case, refusals naming fields, downloads with their hash (audited), four eyes (the maker
 * cannot approve, a stale hash is refused, filing only after approval), and the audit chain after.
 */

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

const ACCOUNT = {
  currency_code: 'AED',
  personal_account_type: 'B',
  opened: '2021-06-14',
  signatories: [{ person: { identifications: [{ issue_date: '2019-03-01', expiry_date: '2027-02-28' }], tax_reg_number: 'N' } }],
};
const STR = {
  kind: 'goaml',
  reason: 'Customer matched UN QDi.426; payments to a fuel trader in Turkey and a person in Russia',
  action: 'Accounts frozen, payment of IQD 65,000,000 blocked',
  extra: {
    transactions: [
      { amount_local: { currency: 'AED', minor: 17811625 }, from: { account: ACCOUNT } },
      { amount_local: { currency: 'AED', minor: 18232500 }, from: { account: ACCOUNT }, to: { person: { first_name: 'Ruslan', last_name: 'Magomedov' } } },
    ],
  },
};

for (const backend of await testBackends()) {
  describe(`reports API on ${backend.name}`, { skip: backend.skip }, () => {
    let h: Harness;
    let seeded: SeededCases;

    before(async () => {
      h = await startHarness(backend);
      await writeReportingJson(h.target.dataDir);
      seeded = await seedCases(h.ts.server.database.db);
    });
    after(async () => {
      await h?.dispose();
    });

    test('prepare: 422 names every missing field; 403 for a role that may not; 404 for no such case; 201 with the Report', async () => {
      const bare = await h.as('analyst')(`/cases/${seeded.customerCase}/reports`, 'POST', { kind: 'goaml', reason: 'r', action: 'a' });
      assert.equal(bare.status, 422);
      const fields = bare.json.issues.map((i: { field: string }) => i.field);
      assert.ok(fields.includes('transactions[0].amount_local'), fields.join(', '));
      assert.ok(fields.includes('transactions[1].to.person.last_name'));
      assert.match(bare.json.message, new RegExp(`cannot be built from case ${seeded.customerCase}: ${fields.length} problem\\(s\\), in transactions\\[0\\]`));
      assert.ok(bare.json.issues.every((i: { source: string; message: string }) => i.source && i.message));

      assert.equal((await h.as('auditor')(`/cases/${seeded.customerCase}/reports`, 'POST', STR)).status, 403);
      assert.equal((await h.as('analyst')('/cases/999999/reports', 'POST', STR)).status, 404);
      assert.equal((await h.as('analyst')(`/cases/${seeded.customerCase}/reports`, 'POST', { ...STR, kind: 'ctr' })).status, 400);

      const made = await h.as('analyst')(`/cases/${seeded.customerCase}/reports`, 'POST', STR);
      assert.equal(made.status, 201, JSON.stringify(made.json));
      const r = made.json;
      assert.deepEqual([r.kind, r.reportCode, r.state, r.maker, r.checker, r.caseId, r.mediaType], ['goaml', 'STR', 'prepared', 'analyst', null, seeded.customerCase, 'application/xml']);
      assert.deepEqual(r.validationErrors, []);
      assert.match(r.sha256, /^[0-9a-f]{64}$/);
      assert.deepEqual(r.history.map((s: { state: string; by: string }) => [s.state, s.by]), [['prepared', 'analyst']]);
      assert.equal(r.history[0].caseFile, undefined, 'the kept case file is not part of the Report');

      const listed = await h.as('auditor')(`/reports?caseId=${seeded.customerCase}&state=prepared`, 'GET');
      assert.equal(listed.status, 200);
      assert.ok(listed.json.items.some((x: { id: number }) => x.id === r.id));
      assert.equal((await h.as('auditor')(`/reports/${r.id}`, 'GET')).json.sha256, r.sha256);
    });

    test('four eyes over HTTP: the maker cannot approve, a stale hash is refused, filing waits for approval; downloads carry their hash; the chain verifies', async () => {
      const made = (await h.as('supervisor')(`/cases/${seeded.customerCase}/reports`, 'POST', STR)).json;
      assert.equal(made.maker, 'supervisor');

      const content = await h.as('analyst')(`/reports/${made.id}/content`, 'GET');
      assert.equal(content.status, 200);
      assert.match(content.headers.get('content-type') ?? '', /^application\/xml/);
      assert.equal(content.headers.get('x-content-sha256'), made.sha256);
      assert.equal(sha256(content.json), made.sha256, 'the bytes served are the bytes hashed');
      assert.match(content.json, /<full_name_frn>عبد الله الجبوري<\/full_name_frn>/);
      const html = await h.as('analyst')(`/reports/${made.id}/html`, 'GET');
      assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(html.json, /Abdullah/);
      assert.match(html.json, new RegExp(made.sha256.slice(0, 12)));

      const self = await h.as('supervisor')(`/reports/${made.id}/approve`, 'POST', { sha256: made.sha256 });
      assert.equal(self.status, 409, 'the maker may not check their own report');
      assert.match(self.json.message, /four eyes/);
      const stale = await h.as('supervisor2')(`/reports/${made.id}/approve`, 'POST', { sha256: 'a'.repeat(64) });
      assert.equal(stale.status, 409);
      assert.match(stale.json.message, /not the one prepared/);
      assert.equal((await h.as('analyst')(`/reports/${made.id}/approve`, 'POST', { sha256: made.sha256 })).status, 403, 'analysts do not check');
      const early = await h.as('analyst')(`/reports/${made.id}/file`, 'POST', { authorityReference: 'X' });
      assert.equal(early.status, 409);
      assert.match(early.json.message, /must be approved/);

      const approved = await h.as('supervisor2')(`/reports/${made.id}/approve`, 'POST', { sha256: made.sha256, note: 'checked against the case' });
      assert.equal(approved.status, 200, JSON.stringify(approved.json));
      assert.deepEqual([approved.json.state, approved.json.checker], ['approved', 'supervisor2']);
      const filed = await h.as('analyst')(`/reports/${made.id}/file`, 'POST', { authorityReference: 'FIU-ACK-2026-0042' });
      assert.equal(filed.status, 200);
      assert.deepEqual([filed.json.state, filed.json.authorityReference], ['filed', 'FIU-ACK-2026-0042']);
      assert.ok(filed.json.filedAt);
      assert.equal((await h.as('supervisor2')(`/reports/${made.id}/approve`, 'POST', { sha256: made.sha256 })).status, 409, 'nothing to check once filed');

      const audit = await h.as('auditor')('/audit?limit=1000', 'GET');
      const mine = audit.json.filter((e: { subjectType: string; subjectId: string }) => e.subjectType === 'report' && e.subjectId === String(made.id));
      const steps = mine.filter((e: { action: string }) => e.action.startsWith('report.')).map((e: { action: string; actor: string; payload: { sha256: string } }) => [e.action, e.actor, e.payload.sha256]).reverse();
      assert.deepEqual(steps, [
        ['report.prepare', 'user:supervisor', made.sha256],
        ['report.approve', 'user:supervisor2', made.sha256],
        ['report.file', 'user:analyst', made.sha256],
      ]);
      const exports = mine.filter((e: { action: string }) => e.action === 'export').map((e: { payload: { format: string; reportSha256: string } }) => [e.payload.format, e.payload.reportSha256]);
      assert.deepEqual(exports.sort(), [['content', made.sha256], ['html', made.sha256]]);
      const verify = await h.as('auditor')('/audit/verify', 'GET');
      assert.equal(verify.json.ok, true, JSON.stringify(verify.json));
    });

    test('return with a note; a returned report cannot be approved or filed', async () => {
      const made = (await h.as('analyst2')(`/cases/${seeded.artCase}/reports`, 'POST', { kind: 'cultural-property', reason: 'Syrian tablet first documented in Turkey in 2013' })).json;
      assert.equal(made.mediaType, 'application/json');
      assert.equal((await h.as('supervisor')(`/reports/${made.id}/return`, 'POST', {})).status, 400, 'a return needs a note');
      const back = await h.as('supervisor')(`/reports/${made.id}/return`, 'POST', { note: 'add the images of the inscription' });
      assert.equal(back.json.state, 'returned');
      assert.equal(back.json.history[1].note, 'add the images of the inscription');
      assert.equal((await h.as('supervisor2')(`/reports/${made.id}/approve`, 'POST', { sha256: made.sha256 })).status, 409);
      assert.equal((await h.as('analyst2')(`/reports/${made.id}/file`, 'POST', {})).status, 409);
      const content = await h.as('analyst2')(`/reports/${made.id}/content`, 'GET');
      assert.match(content.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(content.json.outcome, 'prohibited', 'the call helper parsed the JSON served');
    });

    test('interdiction pack over HTTP: due 30 days after the block, days left counted from today', async () => {
      const extra = { interdiction: { place: { name: 'Oncupinar border crossing', country: 'TR' } }, parties: [{ person: { first_name: 'Abu Muhammad', last_name: 'al-Shami' } }] };
      const refused = await h.as('analyst')(`/cases/${seeded.cargoCase}/reports`, 'POST', { kind: 'interdiction' });
      assert.equal(refused.status, 422);
      assert.ok(refused.json.issues.some((i: { field: string }) => i.field === 'interdiction.place'));
      const made = await h.as('analyst')(`/cases/${seeded.cargoCase}/reports`, 'POST', { kind: 'interdiction', extra });
      assert.equal(made.status, 201, JSON.stringify(made.json));
      assert.equal(made.json.dueAt, '2026-03-05T00:00:00.000Z');
      assert.equal(made.json.daysLeft, daysBetween(new Date().toISOString().slice(0, 10), '2026-03-05'));
      const byKind = await h.as('analyst')('/reports?kind=interdiction', 'GET');
      assert.deepEqual(byKind.json.items.map((x: { id: number }) => x.id), [made.json.id]);
      assert.equal((await h.as('analyst')('/reports/999999', 'GET')).status, 404);
    });
  });
}
