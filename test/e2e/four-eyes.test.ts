import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { call, sendFile } from '../helpers/server.js';
import { contrasts, launch, openPage, screenshotDir, signIn, unlabelledControls, unreachableByKeyboard } from './helpers/browser.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { startFourEyesServer, type E2eServer } from './helpers/server.js';

/**
 * An alert worked through four eyes in the browser: the analyst finds it in the queue with the
 * keyboard and proposes "true match"; a supervisor (another person) approves; the UN listing makes
 * that a freeze, whose record the case then shows. A false positive goes on the allow-list with expiry.
 */
let server: E2eServer;
let browser: Browser;

// Two customers: one is a listed person (Latin spelling and birth date), one an Arabic-script name.
const PARTIES = ['id,schema,name,birthDate,nationality', 'C-1001,Person,Aiman Mohamed Rabi al-Zawahiri,1951-06-19,Egypt', 'C-1002,Person,أيمن الظواهري,,'].join('\n');

before(async () => {
  await ensureWebBuilt();
  server = await startFourEyesServer(PARTIES);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function alertsOf(orgId: string): Promise<{ id: number; state: string }[]> {
  const r = await call(`${server.url}/parties/${orgId}`, 'GET', undefined, { 'x-api-key': server.keys.alice! });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  return r.json.alerts;
}

test('analyst proposes a true match from the queue, a supervisor approves, the freeze record appears', async () => {
  const [target] = await alertsOf('C-1001');
  assert.ok(target, 'importing the listed person raised an alert');
  const dir = screenshotDir('four-eyes-freeze');

  // The maker: the queue, driven by the keyboard.
  const maker = await openPage(browser, server.url, '', { dir, who: 'alice' });
  await signIn(maker.page, server.url, server.keys.alice!);
  await maker.page.getByRole('link', { name: 'Alerts' }).click();
  const rows = maker.page.locator('table.queue tbody tr');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 2);
  assert.match((await maker.page.getByTestId('overdue').textContent()) ?? '', /^\s*0 open alerts older than the deadline/);
  assert.match((await maker.page.getByTestId('who').textContent()) ?? '', /analyst/, 'the role is known (from /me, or from a refusal naming it)');
  assert.deepEqual(await unlabelledControls(maker.page), []);
  assert.deepEqual(await unreachableByKeyboard(maker.page), [], 'Tab reaches every filter, button and link of the queue');
  await maker.shot('queue');
  await rows.first().focus();
  // Walk to the target's row with j, check k moves back, and open it with Enter.
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-alert-id'))));
  const index = ids.indexOf(target.id);
  assert.ok(index >= 0, `alert ${target.id} is in the queue (${ids.join(',')})`);
  for (let i = 0; i < index; i++) await maker.page.keyboard.press('j');
  // One step away and back: k from the last row, j from any other.
  const [away, back] = index > 0 ? ['k', 'j'] : ['j', 'k'];
  await maker.page.keyboard.press(away);
  assert.notEqual(await maker.page.evaluate(() => document.activeElement?.getAttribute('data-alert-id')), String(target.id));
  await maker.page.keyboard.press(back);
  assert.equal(await maker.page.evaluate(() => document.activeElement?.getAttribute('data-alert-id')), String(target.id));
  await maker.page.keyboard.press('Enter');
  await maker.page.waitForURL(`**/#/alerts/${target.id}`);

  // The case: both parties side by side, the explanation, and no checker's buttons for an analyst.
  await maker.page.getByRole('region', { name: 'Listed party' }).getByText('QDi.006').first().waitFor();
  assert.match((await maker.page.getByRole('region', { name: 'Our party' }).textContent()) ?? '', /C-1001/);
  assert.equal(await maker.page.getByRole('button', { name: /Approve/ }).count(), 0);
  // The analyst gathers the alert into a case for the party.
  await maker.page.getByRole('button', { name: 'Open a case for this party' }).click();
  const caseRegion = maker.page.getByRole('region', { name: /^Case \d+/ });
  await caseRegion.waitFor();
  // The case's alert list arrives after its heading (a second request): wait for the line, then read it.
  await caseRegion.getByText(new RegExp(`alert ${target.id} \\(this one\\)`)).waitFor();
  assert.match((await caseRegion.textContent()) ?? '', new RegExp(`alert ${target.id} \\(this one\\)`));
  // A decision comes after a review has started.
  assert.equal(await maker.page.getByRole('button', { name: 'Propose' }).count(), 0);
  await maker.page.getByRole('button', { name: 'Start review' }).click();
  await maker.page.getByTestId('alert-state').getByText('in review').waitFor();
  await maker.page.getByLabel('True match').check();
  await maker.page.getByLabel('Reasons').fill('Same name, birth date and nationality as QDi.006.');
  await maker.page.getByRole('button', { name: 'Propose' }).click();
  await maker.page.getByText('Waiting for a checker').waitFor();
  await maker.shot('proposed');

  // The checker: a different person approves.
  const checker = await openPage(browser, server.url, '', { dir, who: 'bob' });
  await signIn(checker.page, server.url, server.keys.bob!);
  await checker.page.goto(`${server.url}/#/alerts/${target.id}`);
  await checker.page.getByRole('button', { name: 'Approve (checker)' }).click();
  await checker.page.getByRole('region', { name: /^Freeze record/ }).waitFor();
  assert.equal(await checker.page.getByTestId('alert-state').textContent(), 'closed true match');
  const freezeText = (await checker.page.getByRole('region', { name: /^Freeze record/ }).textContent()) ?? '';
  assert.match(freezeText, /Listed on\s*2001-01-25/);
  assert.match(freezeText, /Frozen/);
  await checker.shot('approved-frozen');

  // The server agrees: one freeze record for this alert.
  const records = await call(`${server.url}/freeze-records`, 'GET', undefined, { 'x-api-key': server.keys.bob! });
  assert.deepEqual(records.json.map((r: { alertId: number }) => r.alertId), [target.id]);
  const pairs = await contrasts(checker.page, ['.state', '.notice', 'dl.facts dt', '.timeline li', 'button.secondary']);
  for (const p of pairs) assert.ok(p.ratio >= 4.5, `${p.selector}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1`);
  assert.deepEqual([...maker.external, ...checker.external], []);
  assert.deepEqual([...maker.errors, ...checker.errors], []);
});

test('a maker cannot check their own proposal; a false positive goes on the allow-list with its expiry', async () => {
  const [target] = await alertsOf('C-1002');
  assert.ok(target);
  const dir = screenshotDir('four-eyes-allow-list');
  const sup = await openPage(browser, server.url, '', { dir, who: 'bob' });
  await signIn(sup.page, server.url, server.keys.bob!);
  await sup.page.goto(`${server.url}/#/alerts/${target.id}`);
  await sup.page.getByRole('button', { name: 'Escalate' }).click();
  await sup.page.getByTestId('alert-state').getByText('escalated').waitFor();
  await sup.page.getByLabel('False positive').check();
  await sup.page.getByLabel('Allow-list for (days)').fill('90');
  assert.match((await sup.page.locator('#allow-days-hint').textContent()) ?? '', /expires \d{4}-\d{2}-\d{2}/);
  await sup.page.getByLabel('Reasons').fill('Common name; customer born elsewhere.');
  await sup.page.getByRole('button', { name: 'Propose' }).click();
  // bob made the proposal: the screen (knowing bob from GET /me) offers him no approval, names him
  // as the maker, and the server refuses his approval anyway when asked directly.
  const pending = sup.page.locator('.review');
  await pending.getByText('Waiting for a checker: a supervisor other than bob').waitFor();
  assert.match((await pending.locator('h3').textContent()) ?? '', /by bob$/);
  assert.equal(await sup.page.getByRole('button', { name: 'Approve (checker)' }).count(), 0);
  await sup.shot('own-proposal-no-approval');
  const detail = await call(`${server.url}/alerts/${target.id}`, 'GET', undefined, { 'x-api-key': server.keys.bob! });
  const proposal = detail.json.decisions.find((d: { status: string }) => d.status === 'pending');
  assert.equal(proposal.makerUsername, 'bob');
  assert.equal(proposal.checkerUsername, null);
  const own = await call(`${server.url}/decisions/${proposal.id}/approve`, 'POST', {}, { 'x-api-key': server.keys.bob! });
  assert.equal(own.status, 403, JSON.stringify(own.json));
  assert.equal((await alertsOf('C-1002'))[0]!.state, 'escalated', 'the refused approval did not close the alert');

  // A second supervisor checks it.
  const checker = await openPage(browser, server.url, '', { dir, who: 'carol' });
  await signIn(checker.page, server.url, server.keys.carol!);
  await checker.page.goto(`${server.url}/#/alerts/${target.id}`);
  await checker.page.getByRole('button', { name: 'Approve (checker)' }).click();
  const entry = checker.page.getByRole('region', { name: /^Allow-list entry/ });
  await entry.waitFor();
  const expected = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  assert.match((await entry.textContent()) ?? '', new RegExp(`until ${expected}`));
  assert.match((await entry.textContent()) ?? '', /active/);
  // The decisions and the timeline name people, not user ids.
  const timeline = (await checker.page.getByRole('list', { name: 'Timeline' }).textContent()) ?? '';
  assert.match(timeline, /maker: bob/);
  assert.match(timeline, /approved \(checker: carol\)/);
  assert.doesNotMatch(timeline, /user \d+/);
  await checker.shot('allow-listed');
  assert.deepEqual([...sup.external, ...checker.external], []);
});

// Runs after the two tests above, on the alerts and the freeze record they left behind.
test('the monitoring dashboard draws its charts, with the numbers beside them', async () => {
  const t = await openPage(browser, server.url, 'dashboard');
  await signIn(t.page, server.url, server.keys.bob!);
  await t.page.getByRole('link', { name: 'Monitoring' }).click();
  const figures = t.page.locator('figure.chart-block');
  await figures.nth(4).waitFor();
  assert.equal(await figures.count(), 5);
  // uPlot draws on canvas; every chart with data has one, with a real size.
  const canvases = await t.page.locator('figure.chart-block canvas').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).width));
  assert.equal(canvases.length, 5);
  assert.ok(canvases.every((w) => w > 300), `canvas widths ${canvases.join(',')}`);
  // The numbers: two alerts today for the UN list, one of two closed alerts a false positive, one freeze.
  const perRule = t.page.getByRole('figure', { name: 'Alerts per day, per rule' });
  assert.match((await perRule.locator('.table-scroll tbody tr').first().textContent()) ?? '', /\d{4}-\d{2}-\d{2}\s*2$/);
  const fp = t.page.getByRole('figure', { name: 'False-positive rate per rule' });
  assert.match((await fp.locator('.table-scroll tbody').textContent()) ?? '', /list:un \(1\/2\)\s*50\.0 %/);
  const freeze = t.page.getByRole('figure', { name: 'Time from listing to freeze (days)' });
  // QDi.006 was listed on 2001-01-25: the freeze today is that many whole days later.
  const days = Math.floor((Date.now() - Date.parse('2001-01-25T00:00:00Z')) / 86_400_000);
  assert.match((await freeze.locator('.table-scroll tbody').textContent()) ?? '', new RegExp(`QDi\\.006 \\(\\d{4}-\\d{2}-\\d{2}\\)\\s*${days}`));
  assert.deepEqual(await unreachableByKeyboard(t.page), []);
  await t.shot('dashboard');
  assert.deepEqual(t.external, []);
  assert.deepEqual(t.errors, []);
});

test('bulk: the analyst selects alerts with the keyboard and starts their review at once; an auditor cannot', async () => {
  const more = ['id,schema,name', 'C-2001,Person,Qasim al-Raymi', 'C-2002,Person,Ahmed Fuad Salim'].join('\n');
  const imported = await sendFile(`${server.url}/parties/import?format=csv`, server.keys.alice, more, 'text/csv');
  assert.equal(imported.status, 200, JSON.stringify(imported.json));
  const fresh = [...(await alertsOf('C-2001')), ...(await alertsOf('C-2002'))];
  assert.equal(fresh.length, 2, 'both new customers raised an alert');

  const t = await openPage(browser, server.url, 'bulk');
  await signIn(t.page, server.url, server.keys.alice!);
  await t.page.goto(`${server.url}/#/alerts`);
  await t.page.getByLabel('State').selectOption('open');
  const rows = t.page.locator('table.queue tbody tr');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), 2, 'only the two open alerts');
  await rows.first().focus();
  await t.page.keyboard.press('x');
  await t.page.keyboard.press('j');
  await t.page.keyboard.press('x');
  await t.page.getByText('2 selected').waitFor();
  await t.shot('selected');
  await t.page.getByLabel('Reason for the move').fill('weekly batch');
  await t.page.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Start review' }).click();
  await t.page.getByText('0 selected').waitFor();
  for (const a of fresh) {
    const r = await call(`${server.url}/alerts/${a.id}`, 'GET', undefined, { 'x-api-key': server.keys.alice! });
    assert.equal(r.json.alert.state, 'in_review');
    assert.equal(r.json.alert.stateReason, 'weekly batch');
  }
  await t.page.getByLabel('State').selectOption('in_review');
  await rows.nth(1).waitFor();
  await t.shot('in-review');

  // The auditor reads the same queue with no way to change it.
  const ada = await server.key('auditor', 'ada');
  const audit = await openPage(browser, server.url, '', { dir: t.dir, who: 'ada' });
  await signIn(audit.page, server.url, ada);
  await audit.page.goto(`${server.url}/#/alerts`);
  await audit.page.locator('table.queue tbody tr').first().waitFor();
  assert.equal(await audit.page.getByRole('group', { name: 'Bulk actions' }).count(), 0);
  assert.equal(await audit.page.locator('table.queue input[type=checkbox]').count(), 0);
  await audit.page.goto(`${server.url}/#/alerts/${fresh[0]!.id}`);
  await audit.page.getByRole('heading', { name: 'Decision (four eyes)' }).waitFor();
  assert.equal(await audit.page.getByRole('button', { name: /Propose|Start review|Escalate|Approve/ }).count(), 0);
  await audit.shot('read-only-case');
  assert.deepEqual([...t.external, ...audit.external], []);
});
