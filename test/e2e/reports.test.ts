import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { caller } from '../helpers/server.js';
import { contrasts, launch, openPage, screenshotDir, signIn, unlabelledControls, unreachableByKeyboard } from './helpers/browser.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { missingRoute } from './helpers/routes.js';
import { startFourEyesServer, type E2eServer } from './helpers/server.js';

/**
 * Reports in the case view: a UN true match approved through four eyes leaves a case with a freeze;
 * the analyst prepares reports on it (one that fails validation, shown by case field, and one that
 * is valid), a supervisor downloads and approves the exact bytes, and the report is marked filed.
 */
let server: E2eServer;
let browser: Browser;
let alertId = 0;
let caseId = 0;

const PARTIES = ['id,schema,name,birthDate,nationality', 'C-1001,Person,Aiman Mohamed Rabi al-Zawahiri,1951-06-19,Egypt'].join('\n');

before(async () => {
  await ensureWebBuilt();
  server = await startFourEyesServer(PARTIES);
  // The case work before the reports, through the API (four-eyes.test.ts drives it in the browser).
  const alice = caller(server.url, server.keys.alice!);
  const bob = caller(server.url, server.keys.bob!);
  const party = await alice('/parties/C-1001', 'GET');
  alertId = party.json.alerts[0].id;
  const opened = await alice('/cases', 'POST', { partyId: party.json.party?.id ?? party.json.id, title: 'al-Zawahiri: QDi.006', alertIds: [alertId] });
  assert.equal(opened.status, 201, JSON.stringify(opened.json));
  caseId = opened.json.case.id;
  assert.equal((await alice(`/alerts/${alertId}/transition`, 'POST', { to: 'in_review' })).status, 200);
  const proposed = await alice('/decisions', 'POST', { alertId, kind: 'true_match', note: 'Same name, birth date and nationality as QDi.006.' });
  assert.equal(proposed.status, 201, JSON.stringify(proposed.json));
  const approved = await bob(`/decisions/${proposed.json.id}/approve`, 'POST', {});
  assert.equal(approved.status, 200, JSON.stringify(approved.json));
  assert.ok(approved.json.freezeRecord, 'a UN true match leaves a freeze record');
  // Decisions name people: the approval's answer and the case both carry the usernames.
  assert.equal(approved.json.decision.makerUsername, 'alice');
  assert.equal(approved.json.decision.checkerUsername, 'bob');
  const theCase = await bob(`/cases/${caseId}`, 'GET');
  assert.deepEqual(theCase.json.decisions.map((d: { makerUsername: string; checkerUsername: string; makerUserId: number }) => [d.makerUsername, d.checkerUsername, typeof d.makerUserId]), [['alice', 'bob', 'number']]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('prepare reports on a case, see validation errors by field, approve as a second person, mark filed', async (t) => {
  const missing = await missingRoute(server.url, server.keys.alice!, 'GET', `/reports?caseId=${caseId}`);
  if (missing) return t.skip(missing);
  const dir = screenshotDir('reports');

  // The maker prepares a goAML report: this case has no transaction, so it cannot be valid, and the
  // errors name the case fields at fault.
  const maker = await openPage(browser, server.url, '', { dir, who: 'alice' });
  await signIn(maker.page, server.url, server.keys.alice!);
  await maker.page.goto(`${server.url}/#/alerts/${alertId}`);
  const panel = maker.page.getByRole('region', { name: 'Reports to file' });
  await panel.getByText(`No report for case ${caseId} yet.`).waitFor();
  assert.deepEqual(await unlabelledControls(maker.page), []);
  await maker.page.getByLabel('Report', { exact: true }).selectOption('goaml');
  await maker.page.getByLabel('goAML report code').selectOption('STR');
  await maker.page.getByLabel('Reason (why this is reported)').fill('Customer matches QDi.006 (UN ISIL/Al-Qaida list); funds frozen.');
  await maker.page.getByRole('button', { name: 'Prepare report' }).click();
  // The server refuses to build it (422) and names every field at fault; the screen lists them, each
  // with its field, and stores nothing.
  const fieldErrors = panel.locator('.problem table.report-errors tbody th[scope=row]');
  await fieldErrors.first().waitFor();
  const fields = await fieldErrors.allTextContents();
  assert.match((await panel.locator('.problem').textContent()) ?? '', /^422: the goaml report cannot be built/);
  assert.ok(fields.includes('reporting_entity.rentity_id'), `errors by field: ${fields.join(' | ')}`);
  assert.equal(new Set(fields).size, fields.length, 'one row group per field');
  assert.equal(await panel.locator('article.report').count(), 0, 'nothing is stored');
  await maker.shot('goaml-validation-errors');
  await maker.shot('goaml-validation-errors-panel', panel);
  const errorColours = await contrasts(maker.page, ['.problem table.report-errors td', '.problem table.report-errors th code', '.problem p']);
  assert.equal(errorColours.length, 3);
  for (const x of errorColours) assert.ok(x.ratio >= 4.5, `${x.selector}: ${x.fg} on ${x.bg} is ${x.ratio.toFixed(2)}:1`);

  // A freeze report without what was frozen is refused on that one field; with it, it is valid.
  await maker.page.getByLabel('Report', { exact: true }).selectOption('freeze');
  await maker.page.getByRole('button', { name: 'Prepare report' }).click();
  await panel.locator('.problem table.report-errors th', { hasText: 'matches[0].frozen' }).waitFor();
  await maker.shot('freeze-missing-frozen');
  await maker.page.getByLabel('Kind of asset').selectOption('account');
  await maker.page.getByLabel('Description (account, amount, where held)').fill('Current account AT61 1904 3002 3457 3201, EUR 12,400.00');
  await maker.page.getByLabel('Action taken (e.g. funds frozen, transfer refused)').fill('All accounts frozen.');
  await maker.page.getByRole('button', { name: 'Prepare report' }).click();
  const freezeCard = panel.locator('article.report', { hasText: 'Freeze report' });
  await freezeCard.getByText('Valid: the report passed every check.').waitFor();
  assert.equal(await panel.locator('.problem').count(), 0, 'the refusal is gone');
  assert.equal(await freezeCard.getByTestId('report-state').textContent(), 'prepared');
  await freezeCard.getByText('Waiting for a checker: a supervisor other than alice').waitFor();
  await maker.shot('freeze-report-prepared-panel', panel);
  assert.equal(await freezeCard.getByRole('button', { name: 'Approve report' }).count(), 0, 'the maker is offered no approval');
  await maker.shot('freeze-report-prepared');

  // The checker downloads the exact bytes and approves them.
  const checker = await openPage(browser, server.url, '', { dir, who: 'bob' });
  await signIn(checker.page, server.url, server.keys.bob!);
  await checker.page.goto(`${server.url}/#/alerts/${alertId}`);
  const card = checker.page.getByRole('region', { name: 'Reports to file' }).locator('article.report', { hasText: 'Freeze report' });
  await card.waitFor();
  const downloaded = checker.page.waitForEvent('download');
  await card.getByRole('button', { name: /^Download (XML|JSON)$/ }).click();
  const file = await downloaded;
  const bytes = readFileSync((await file.path())!);
  assert.ok(bytes.length > 0, 'the report file downloads');
  await card.getByText(/You downloaded the copy with SHA-256/).waitFor();
  assert.deepEqual(await unlabelledControls(checker.page), []);
  assert.deepEqual(await unreachableByKeyboard(checker.page), [], 'every control of the case page is reachable with Tab');
  await card.getByRole('button', { name: 'Approve report' }).click();
  await card.getByTestId('report-state').getByText('approved').waitFor();
  await checker.shot('freeze-report-approved');

  // Filed, with the authority's reference.
  await card.getByLabel("Authority's reference (optional)").fill('FIU-2026-0042');
  await card.getByRole('button', { name: 'Mark as filed' }).click();
  await card.getByTestId('report-state').getByText('filed').waitFor();
  assert.match((await card.textContent()) ?? '', /FIU-2026-0042/);
  assert.match((await card.getByRole('list', { name: /^History of report/ }).textContent()) ?? '', /prepared by alice[\s\S]*approved by bob[\s\S]*filed by bob/);
  await checker.shot('freeze-report-filed');
  await checker.shot('freeze-report-filed-panel', card);

  // The server agrees.
  const listed = await caller(server.url, server.keys.bob!)(`/reports?caseId=${caseId}`, 'GET');
  const freeze = listed.json.items.find((r: { kind: string }) => r.kind === 'freeze');
  assert.equal(freeze.state, 'filed');
  assert.equal(freeze.maker, 'alice');
  assert.equal(freeze.checker, 'bob');
  const pairs = await contrasts(checker.page, ['.steps li.done', '.steps li', '.ok', 'article.report .facts dd', 'article.report .timeline li']);
  for (const p of pairs) assert.ok(p.ratio >= 4.5, `${p.selector}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1`);
  assert.deepEqual([...maker.external, ...checker.external], []);
  assert.deepEqual([...maker.errors, ...checker.errors], []);
});
