import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XmlDocument } from 'libxml2-wasm';
import { loadProfile } from '../../src/reports/fiu-profile.js';
import { buildFreezeReport } from '../../src/reports/freeze.js';
import { generateFreeze } from '../../src/reports/generate.js';
import { fixture } from './helpers.js';

const profile = await loadProfile();

test('a freeze report states what was frozen, what was attempted, the list version and the timeline', () => {
  const { report, issues } = buildFreezeReport(fixture('freeze-case.json'), { exponents: profile.currencyExponents });
  assert.deepEqual(issues, []);
  const m = report!.matches[0]!;
  assert.equal(m.listed.reference, 'QDi.999');
  assert.equal(m.listed.version.hash.length, 64);
  assert.deepEqual(m.frozenTotals, ['184500.75 AED', '25000.00 USD']);
  assert.equal(m.attempted?.length, 1);
  // 06:00 arrival to 14:20 freeze.
  assert.equal(m.hoursArrivalToFreeze, 8.33);
  assert.equal(m.withinHours, true);
  assert.equal(m.daysListingToFreeze, 1);
  assert.deepEqual(m.steps.map((s) => s.step), ['listed', 'list version arrived', 'alert raised', 'match decided (maker)', 'match approved (checker)', 'frozen']);
  assert.equal(m.displayName.original, 'عمر خالد الراوي');
  assert.match(report!.action, /QDi\.999: 3 asset\(s\) frozen \(184500\.75 AED, 25000\.00 USD\), 1 attempted transaction\(s\) blocked/);
  const slow = buildFreezeReport(fixture('freeze-case.json'), { slaHours: 4 });
  assert.equal(slow.report!.matches[0]!.withinHours, false);
});

test('a freeze report is refused when four eyes, the timeline or the list reference is wrong', () => {
  const input = fixture('freeze-case.json');
  input.matches[0].decision.checker = input.matches[0].decision.maker;
  input.matches[0].timeline.frozen_at = '2026-01-28T05:00:00Z';
  input.matches[0].listed.reference = 'QDX.12';
  delete input.matches[0].frozen[0].frozen_at;
  const { report, issues } = buildFreezeReport(input);
  assert.equal(report, undefined);
  const fields = issues.map((i) => i.field);
  assert.ok(fields.includes('matches[0].decision.checker'));
  assert.ok(fields.includes('matches[0].timeline.frozen_at'));
  assert.ok(fields.includes('matches[0].listed.reference'));
  assert.ok(fields.includes('matches[0].frozen[0].frozen_at'));
  assert.match(issues.find((i) => i.field === 'matches[0].decision.checker')!.message, /four eyes/);
  const none = fixture('freeze-case.json');
  none.matches[0].frozen = [];
  none.matches[0].attempted = [];
  assert.equal(buildFreezeReport(none).issues[0]?.field, 'matches[0].frozen');
});

test('the goAML form (CNMRA) validates: listed party with its sanctions entry, frozen accounts FROZN', async () => {
  const g = await generateFreeze(fixture('freeze-case.json'), profile, { goaml: true, now: new Date('2026-01-29T08:00:00Z') });
  assert.equal(g.ok, true, g.issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
  assert.equal(g.reportCode, 'CNMRA');
  const doc = XmlDocument.fromString(g.xml!);
  try {
    assert.equal(doc.get('/report/activity/report_parties/report_party[1]/person_my_client/sanctions/sanction_list/sanction_list_attributes')?.content.startsWith('QDi.999; list version sha256 c6a354e9'), true);
    assert.deepEqual(doc.find('//account_my_client/status_code').map((n) => n.content), ['FROZN', 'FROZN']);
    assert.equal(doc.get('/report/activity/report_parties/report_party[3]/account_my_client/balance')?.content, '25000.00');
    assert.equal(doc.get('/report/activity/goods_services/item/status_code')?.content, 'FRZN');
    assert.equal(doc.get('/report/report_indicators/indicator')?.content, 'TFSUN');
  } finally {
    doc.dispose();
  }
  const partial = fixture('freeze-case.json');
  partial.match_status = 'partial';
  assert.equal((await generateFreeze(partial, profile, { goaml: true })).reportCode, 'PNMRA');
});

test("goAML problems in a freeze report are named by the freeze case's own fields", async () => {
  const input = fixture('freeze-case.json');
  delete input.matches[0].party.person.last_name;
  delete input.filing.reporting_person.first_name;
  const g = await generateFreeze(input, profile, { goaml: true });
  assert.equal(g.ok, false);
  const fields = g.issues.map((i) => i.field);
  assert.ok(fields.includes('matches[0].party.person.last_name'), fields.join(', '));
  assert.ok(fields.includes('filing.reporting_person.first_name'), fields.join(', '));
  assert.equal(g.xml, undefined, 'no XML is handed out for an invalid report');
});
