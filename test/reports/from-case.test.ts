import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { verifyAuditChain } from '../../src/cases/audit-verify.js';
import { FilingError } from '../../src/reports/filing.js';
import { loadProfile } from '../../src/reports/fiu-profile.js';
import { validateGoamlXml } from '../../src/reports/goaml-validate.js';
import { prepareFromCase, type PrepareOutcome, type PrepareRequest } from '../../src/reports/prepare-from-case.js';
import { reportHtml, reportView } from '../../src/reports/report-view.js';
import { DEFAULT_REPORTING_SETTINGS, validateReportingSettings } from '../../src/reports/reporting-settings.js';
import { approveReport, createReport, fileReport, returnReport } from '../../src/reports/reports-repo.js';
import type { Db } from '../../src/store/database.js';
import { auditLog, freezeRecords } from '../../src/store/schema/index.js';
import { failsWith, rawSql, testBackends, type TestDatabase } from '../store/backends.js';
import { REPORTING_JSON, seedCases, type SeededCases } from './case-seed.js';

/**
 * Reports built from cases stored in a real database (PGlite and PostgreSQL), as an analyst would
 * prepare them: goAML STR (payments in USD and IQD, an Arabic and a Cyrillic name), goAML SAR (an oil
 * cargo), freeze report, 1267 interdiction pack, cultural-property record; refusals naming the
 * missing field; four-eyes filing in the database with every step in the audit chain.
 */

const settings = validateReportingSettings(REPORTING_JSON, 'test reporting settings');
const profilePromise = loadProfile();

/** What the analyst adds for the STR: booked AED amounts and the Latin spelling of the Cyrillic payee. */
/** The customer's account details (not stored by Interdict) and what goAML wants of its holder beyond the customer record. */
const ACCOUNT = {
  currency_code: 'AED',
  personal_account_type: 'B',
  opened: '2021-06-14',
  signatories: [{ person: { identifications: [{ issue_date: '2019-03-01', expiry_date: '2027-02-28' }], tax_reg_number: 'N' } }],
};
const STR_EXTRA = {
  transactions: [
    { amount_local: { currency: 'AED', minor: 17811625 }, from: { account: ACCOUNT } },
    { amount_local: { currency: 'AED', minor: 18232500 }, from: { account: ACCOUNT }, to: { person: { first_name: 'Ruslan', last_name: 'Magomedov' } } },
  ],
};

function built(outcome: PrepareOutcome) {
  if (!outcome.ok) assert.fail(`expected a report, got issues:\n${outcome.issues.map((i) => `${i.field}: ${i.message}`).join('\n')}`);
  return outcome.report;
}

function refusedFields(outcome: PrepareOutcome): string[] {
  assert.equal(outcome.ok, false, 'expected a refusal');
  return outcome.ok ? [] : outcome.issues.map((i) => i.field);
}

for (const backend of await testBackends()) {
  describe(`reports from stored cases on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    let db: Db;
    let seeded: SeededCases;
    const prepareOn = (caseId: number, request: PrepareRequest) => prepareFromCase(db, caseId, request, { settings, now: new Date('2026-02-12T09:00:00Z') });

    before(async () => {
      t = await backend.open();
      db = t.db;
      seeded = await seedCases(db);
    });
    after(async () => {
      await t?.dispose();
    });

    test('goAML STR: refused naming each missing field, then valid against the XSD once the analyst supplies them', async () => {
      const bare = await prepareOn(seeded.customerCase, { kind: 'goaml', reason: 'Payments to a fuel trader and a person in Russia', action: 'Payments blocked' });
      const fields = refusedFields(bare);
      assert.ok(fields.includes('transactions[0].amount_local'), `USD without its AED amount: ${fields.join(', ')}`);
      assert.ok(fields.includes('transactions[1].amount_local'), 'IQD without its AED amount');
      assert.ok(fields.includes('transactions[1].to.person.last_name'), 'a Cyrillic-only name is not transliterated');
      for (const f of ['currency_code', 'personal_account_type', 'opened']) assert.ok(fields.includes(`transactions[0].from.account.${f}`), `the customer's account needs ${f}`);
      assert.ok(!fields.includes('transactions[0].from.account.status_code'), 'frozen: the freeze record gives the status');
      const noReason = await prepareOn(seeded.customerCase, { kind: 'goaml', action: 'Payments blocked', extra: STR_EXTRA });
      assert.deepEqual(refusedFields(noReason), ['reason'], 'the FIU profile requires a reason');
      assert.match(noReason.ok ? '' : noReason.issues[0]!.message, /required by FIU profile/);

      const report = built(await prepareOn(seeded.customerCase, { kind: 'goaml', reason: 'Payments to a fuel trader and a person in Russia', action: 'Payments blocked', extra: STR_EXTRA }));
      assert.equal(report.reportCode, 'STR');
      assert.equal(report.mediaType, 'application/xml');
      assert.deepEqual(report.validationErrors, []);
      assert.deepEqual(await validateGoamlXml(report.content, (await profilePromise).schemaPath), [], 'libxml2 accepts the stored copy');
      assert.match(report.content, /<full_name_frn>عبد الله الجبوري<\/full_name_frn>/, 'the Arabic name from the customer record');
      assert.match(report.content, /<full_name_frn>Руслан Магомедов<\/full_name_frn>/, 'the Cyrillic name kept beside its Latin spelling');
      assert.match(report.content, /<foreign_amount>65000000\.000<\/foreign_amount>/, 'IQD has three decimals');
      assert.match(report.content, /<foreign_amount>48500\.00<\/foreign_amount>/);
      assert.match(report.content, /<rentity_id>101<\/rentity_id>/);
      assert.match(report.content, /<t_from_my_client>/, 'the customer pays: outgoing');
      for (const code of ['TFTAU', 'TFS02', 'TFSUN']) assert.match(report.content, new RegExp(`<indicator>${code}</indicator>`), `indicator ${code} from rules OIL-3, FTF-1, FREEZE`);
      assert.match(report.content, /QDi\.426/, 'the list reference travels with the sanctions entry or the comments');
      assert.equal(report.content.match(/<transaction>/g)?.length, 2, 'the payment whose rule alert was a false positive is left out');
      assert.doesNotMatch(report.content, /TFDNP|Utility bill/, 'nor its indicator');
    });

    test('goAML SAR from an oil cargo: an activity with parties and goods', async () => {
      const extra = { activity: { report_parties: [{ person: { first_name: 'Abu Muhammad', last_name: 'al-Shami' } }] } };
      const fields = refusedFields(await prepareOn(seeded.cargoCase, { kind: 'goaml', reason: 'Crude from a field ISIL held', action: 'Cargo blocked' }));
      assert.ok(fields.includes('activity.report_parties[0].person.last_name'), fields.join(', '));
      const report = built(await prepareOn(seeded.cargoCase, { kind: 'goaml', reason: 'Crude from a field ISIL held', action: 'Cargo blocked', extra }));
      assert.equal(report.reportCode, 'SAR');
      assert.deepEqual(report.validationErrors, []);
      assert.match(report.content, /<item_type>FUELO<\/item_type>/, 'HS 2709 through the profile');
      assert.match(report.content, /<full_name_frn>Абу Мухаммад аш-Шами<\/full_name_frn>/);
      for (const code of ['TFTAU', 'TORGA']) assert.match(report.content, new RegExp(`<indicator>${code}</indicator>`));
    });

    test('a goAML report that builds but fails the schema is kept with its errors and cannot be approved', async () => {
      const extra = { ...STR_EXTRA, transactions: [{ ...STR_EXTRA.transactions[0], transaction_location: null }, STR_EXTRA.transactions[1]] };
      const report = built(await prepareOn(seeded.customerCase, { kind: 'goaml', reason: 'r', action: 'a', extra }));
      assert.deepEqual(report.validationErrors.map((e) => [e.field, e.source]), [['transactions[0].transaction_location', 'schema']]);
      assert.ok(report.validationErrors[0]!.line! > 0, 'the line in the XML');
      const row = await createReport(db, { caseId: seeded.customerCase, prepared: report, maker: seeded.maker.username });
      await assert.rejects(approveReport(db, row.id, { by: seeded.checker.username, sha256: row.sha256 }), (err: unknown) => err instanceof FilingError && /validation error/.test(err.message));
    });

    test('freeze report: listed party, list version, maker and checker, timeline from the freeze record, blocked payment in IQD', async () => {
      const report = built(await prepareOn(seeded.customerCase, { kind: 'freeze' }));
      const record = JSON.parse(report.content);
      const [freeze] = await db.select().from(freezeRecords);
      const m = record.matches[0];
      assert.equal(m.listed.reference, 'QDi.426');
      assert.equal(m.listed.version.hash, freeze!.listVersionHash);
      assert.equal(m.listed.name, 'ABDULLAH AL-JUBOURI', 'the listed name from the alert');
      assert.deepEqual([m.decision.maker, m.decision.checker], [seeded.maker.username, seeded.checker.username]);
      assert.equal(m.timeline.frozen_at, freeze!.frozenAt.toISOString());
      assert.equal(m.party.person.full_name_frn, 'عبد الله الجبوري');
      assert.deepEqual(m.attempted.map((a: { amount: unknown }) => a.amount), [{ currency: 'IQD', minor: 65000000000 }]);
      assert.equal(record.competent_authority, REPORTING_JSON.authority);

      const without = await prepareOn(seeded.customerCase, { kind: 'freeze', extra: { matches: [{ attempted: null }] } });
      assert.deepEqual(refusedFields(without), ['matches[0].frozen'], 'nothing frozen and nothing blocked: refused naming the field');
      const withFrozen = built(
        await prepareOn(seeded.customerCase, {
          kind: 'freeze',
          extra: { matches: [{ frozen: [{ kind: 'account', description: 'Current account in JOD', amount: { currency: 'JOD', minor: 15250750 }, frozen_at: freeze!.frozenAt.toISOString() }] }] },
        }),
      );
      assert.deepEqual(JSON.parse(withFrozen.content).matches[0].frozenTotals, ['15250.750 JOD']);
    });

    test('interdiction pack: goods, parties and truck from the cargo, due 30 days after the block; the place comes from the analyst', async () => {
      const fields = refusedFields(await prepareOn(seeded.cargoCase, { kind: 'interdiction' }));
      assert.ok(fields.includes('interdiction.place'), fields.join(', '));
      assert.ok(fields.includes('parties[0].person.last_name'), 'the Cyrillic-named seller');
      const extra = { interdiction: { place: { name: 'Oncupinar border crossing', country: 'TR' } }, parties: [{ person: { first_name: 'Abu Muhammad', last_name: 'al-Shami' } }] };
      const report = built(await prepareOn(seeded.cargoCase, { kind: 'interdiction', extra }));
      const pack = JSON.parse(report.content);
      assert.equal(pack.interdiction.date.slice(0, 10), '2026-02-03', 'the date Interdict blocked the cargo');
      assert.equal(pack.deadline.due, '2026-03-05');
      assert.equal(report.dueAt?.toISOString(), '2026-03-05T00:00:00.000Z');
      assert.equal(pack.goods[0].hs_code, '2709');
      assert.deepEqual(pack.outOfScopeGoods, []);
      assert.deepEqual(pack.transport, [{ kind: 'truck', identifier: '27 ABC 381' }]);
      assert.equal(pack.origin.country, 'SY');
      assert.match(pack.link_to_isil_anf, /OIL-1, OIL-2/);
    });

    test('cultural-property record: refusal, cut-off test failed for Syria, rules', async () => {
      const fields = refusedFields(await prepareOn(seeded.artCase, { kind: 'cultural-property' }));
      assert.deepEqual(fields, ['reason'], 'the reason is the analyst\'s');
      const report = built(await prepareOn(seeded.artCase, { kind: 'cultural-property', reason: 'Syrian tablet, first documented in Turkey in 2013' }));
      const record = JSON.parse(report.content);
      assert.equal(record.record_type, 'refusal');
      assert.equal(record.outcome, 'prohibited');
      assert.equal(record.cutoffTests[0].country, 'SY');
      assert.equal(record.cutoffTests[0].result, 'left-after-cutoff');
      assert.deepEqual(record.rules, ['ART-1']);
      assert.deepEqual(record.object.estimated_value, { currency: 'EUR', minor: 1200000 });
    });

    test('a case that has nothing for the report is refused naming what is missing; an unknown profile is named', async () => {
      assert.deepEqual(refusedFields(await prepareOn(seeded.artCase, { kind: 'freeze' })), ['matches']);
      assert.ok(refusedFields(await prepareOn(seeded.artCase, { kind: 'interdiction' })).includes('goods'));
      assert.deepEqual(refusedFields(await prepareOn(seeded.cargoCase, { kind: 'cultural-property', reason: 'x' })), ['object']);
      assert.deepEqual(refusedFields(await prepareOn(seeded.cargoCase, { kind: 'goaml', profile: 'no-such-fiu' })), ['profile']);
    });

    test('without reporting settings the goAML header is refused by field, and the request can supply it', async () => {
      const request: PrepareRequest = { kind: 'goaml', reason: 'r', action: 'a', extra: STR_EXTRA };
      const bare = await prepareFromCase(db, seeded.customerCase, request, { settings: DEFAULT_REPORTING_SETTINGS });
      const fields = refusedFields(bare);
      assert.ok(fields.includes('reporting_entity.rentity_id') && fields.includes('reporting_person'), fields.join(', '));
      assert.match(bare.ok ? '' : bare.issues.find((i) => i.field === 'reporting_person')!.message, /reporting\.json/);
      const extra = { ...STR_EXTRA, reporting_entity: REPORTING_JSON.entity, reporting_person: REPORTING_JSON.person };
      const report = built(await prepareFromCase(db, seeded.customerCase, { ...request, extra }, { settings: DEFAULT_REPORTING_SETTINGS }));
      assert.match(report.content, /<rentity_id>101<\/rentity_id>/);
    });

    test('four eyes in the database: maker cannot approve, stale hash refused, filed only after approval; audit chain holds every hash', async () => {
      const prepared = built(await prepareOn(seeded.customerCase, { kind: 'goaml', reason: 'r', action: 'a', extra: STR_EXTRA }));
      const row = await createReport(db, { caseId: seeded.customerCase, prepared, maker: seeded.maker.username });
      assert.equal(row.state, 'prepared');
      await assert.rejects(approveReport(db, row.id, { by: seeded.maker.username, sha256: row.sha256 }), (err: unknown) => err instanceof FilingError && err.code === 'four-eyes');
      await assert.rejects(approveReport(db, row.id, { by: seeded.checker.username, sha256: '0'.repeat(64) }), (err: unknown) => err instanceof FilingError && err.code === 'hash-mismatch');
      await assert.rejects(fileReport(db, row.id, { by: seeded.maker.username }), (err: unknown) => err instanceof FilingError && err.code === 'invalid-transition');
      const approved = await approveReport(db, row.id, { by: seeded.checker.username, sha256: row.sha256, note: 'checked against the case' });
      assert.equal(approved.checker, seeded.checker.username);
      const filed = await fileReport(db, row.id, { by: seeded.maker.username, authorityReference: 'FIU-ACK-2026-7781' });
      assert.equal(filed.state, 'filed');
      assert.ok(filed.filedAt);
      const view = reportView(filed);
      assert.deepEqual(view.history.map((h) => [h.state, h.by, h.sha256]), [
        ['prepared', seeded.maker.username, row.sha256],
        ['approved', seeded.checker.username, row.sha256],
        ['filed', seeded.maker.username, row.sha256],
      ]);
      assert.equal(view.authorityReference, 'FIU-ACK-2026-7781');
      assert.match(reportHtml(filed, await profilePromise), /Sara|Abdullah/, 'printable page from the kept case file');

      const entries = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(row.id)));
      const reportEntries = entries.filter((e) => e.subjectType === 'report').map((e) => [e.action, e.payload.sha256]);
      assert.deepEqual(reportEntries, [
        ['report.prepare', row.sha256],
        ['report.approve', row.sha256],
        ['report.file', row.sha256],
      ]);
      const verified = await verifyAuditChain(db);
      assert.equal(verified.ok, true, JSON.stringify(verified.firstBad));
    });

    test('a returned report cannot be approved; a copy changed in the database is refused at approval', async () => {
      const prepared = built(await prepareOn(seeded.artCase, { kind: 'cultural-property', reason: 'tablet' }));
      const returned = await createReport(db, { caseId: seeded.artCase, prepared, maker: seeded.maker.username });
      await assert.rejects(returnReport(db, returned.id, { by: seeded.checker.username, note: '' }), (err: unknown) => err instanceof FilingError && err.code === 'invalid');
      const back = await returnReport(db, returned.id, { by: seeded.checker.username, note: 'add the images' });
      assert.equal(back.state, 'returned');
      await assert.rejects(approveReport(db, returned.id, { by: seeded.checker.username, sha256: returned.sha256 }), (err: unknown) => err instanceof FilingError && err.code === 'invalid-transition');

      const tampered = await createReport(db, { caseId: seeded.artCase, prepared, maker: seeded.maker.username });
      await rawSql(t, `update reports set content = replace(content, 'prohibited', 'permitted') where id = ${tampered.id}`);
      await assert.rejects(approveReport(db, tampered.id, { by: seeded.checker.username, sha256: tampered.sha256 }), (err: unknown) => err instanceof FilingError && err.code === 'hash-mismatch' && /changed after it was prepared/.test(err.message));
      await assert.rejects(rawSql(t, `update reports set checker = maker where id = ${tampered.id}`), failsWith(/reports_four_eyes/));
    });
  });
}
