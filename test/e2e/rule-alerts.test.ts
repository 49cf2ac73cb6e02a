import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/paths.js';
import { caller } from '../helpers/server.js';
import { contrasts, launch, openPage, screenshotDir, signIn, unlabelledControls, unreachableByKeyboard } from './helpers/browser.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { missingRoute } from './helpers/routes.js';
import { startE2eServer, type E2eServer } from './helpers/server.js';

/**
 * Rule-pack alerts in the browser: a payment to a listed group posted as an event raises a rule
 * alert; the analyst finds it in the "Rule packs" queue with the keyboard, opens it, and reads the
 * event beside the rule hit and its evidence. The dashboard then counts it under its pack.
 */
let server: E2eServer;
let browser: Browser;

// The example payment to "Al-Nusrah Front for the People of the Levant" (QDe.137 on the UN list).
const PAYMENT = readFileSync(join(ROOT, 'examples', 'events.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; kind: string })
  .find((e) => e.id === 'PAY-2')!;

before(async () => {
  await ensureWebBuilt();
  server = await startE2eServer({ users: [{ username: 'alice', role: 'analyst' }, { username: 'bob', role: 'supervisor' }] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a posted payment to a listed group shows in the rule queue, beside its event, and on the dashboard', async (t) => {
  const missing = (await missingRoute(server.url, server.keys.alice!, 'GET', '/rule-alerts')) ?? (await missingRoute(server.url, server.keys.alice!, 'POST', '/events'));
  if (missing) return t.skip(missing);
  const alice = caller(server.url, server.keys.alice!);
  const posted = await alice('/events', 'POST', PAYMENT);
  assert.ok(posted.status === 200 || posted.status === 201 || posted.status === 202, `POST /events: ${posted.status} ${JSON.stringify(posted.json)}`);
  const raised = (await alice('/rule-alerts', 'GET')).json.items.filter((a: { eventId: string }) => a.eventId === 'PAY-2');
  assert.ok(raised.length >= 1, 'the payment raised at least one rule alert');
  const target = raised[0] as { id: number; pack: string; ruleId: string; reasonCode: string };

  const dir = screenshotDir('rule-alerts');
  const p = await openPage(browser, server.url, '', { dir });
  await signIn(p.page, server.url, server.keys.alice!);
  await p.page.getByRole('link', { name: 'Alerts' }).click();
  await p.page.getByRole('navigation', { name: 'Alert queues' }).getByRole('link', { name: 'Rule packs' }).click();
  const rows = p.page.locator('table.queue tbody tr');
  await rows.first().waitFor();
  assert.deepEqual(await unlabelledControls(p.page), []);
  // The rule filter narrows the queue to the rule that fired.
  await p.page.getByLabel('Rule pack').selectOption(target.pack);
  await p.page.getByLabel('Rule', { exact: true }).selectOption(target.ruleId);
  await p.page.locator(`tr[data-rule-alert-id="${target.id}"]`).waitFor();
  assert.match((await p.page.locator(`tr[data-rule-alert-id="${target.id}"]`).textContent()) ?? '', /PAY-2/);
  await p.shot('rule-queue');
  // Keyboard: focus the row and open it with Enter.
  await p.page.locator(`tr[data-rule-alert-id="${target.id}"]`).focus();
  await p.page.keyboard.press('Enter');
  await p.page.waitForURL(`**/#/rule-alerts/${target.id}`);
  const event = p.page.getByRole('region', { name: 'The event' });
  const hit = p.page.getByRole('region', { name: 'The rule hit' });
  await event.getByText('Al-Nusrah Front for the People of the Levant').first().waitFor();
  assert.match((await event.textContent()) ?? '', /creditor\.name/);
  // The event's field the rule screened is marked: the evidence quotes its value.
  const marked = await event.locator('tr.hit th').allTextContents();
  assert.ok(marked.includes('parties.creditor.name'), `marked fields: ${marked.join(', ')}`);
  assert.match((await hit.textContent()) ?? '', new RegExp(target.reasonCode));
  assert.match((await hit.textContent()) ?? '', /Evidence: what the rule saw/);
  // Side by side: the event and the hit share a row on a wide screen.
  const [eb, hb] = [await event.boundingBox(), await hit.boundingBox()];
  assert.ok(eb && hb && Math.abs(eb.y - hb.y) < 5 && hb.x > eb.x, 'event and rule hit are side by side');
  await p.page.getByRole('button', { name: 'Start review' }).click();
  await p.page.getByTestId('rule-alert-state').getByText('in review').waitFor();
  await p.page.getByRole('heading', { name: 'Propose a decision (maker)' }).waitFor();
  await p.shot('rule-alert-beside-event');
  // Accessibility of the screen: labels, every control reachable with Tab, contrast of its colours.
  assert.deepEqual(await unlabelledControls(p.page), []);
  assert.deepEqual(await unreachableByKeyboard(p.page), []);
  const pairs = await contrasts(p.page, ['.json-facts tr.hit td', '.json-facts th code', '.severity-critical', '.notice', '.state', 'nav.tabs a', 'body']);
  assert.ok(pairs.length >= 5, pairs.map((x) => x.selector).join(', '));
  for (const x of pairs) assert.ok(x.ratio >= 4.5, `${x.selector}: ${x.fg} on ${x.bg} is ${x.ratio.toFixed(2)}:1`);

  // Four eyes: alice proposes a true match, bob (another person) approves; the alert is closed and
  // the decision names both by username.
  await p.page.getByLabel('True match').check();
  await p.page.getByLabel('Reasons').fill('Creditor is the listed Al-Nusrah Front (QDe.137).');
  await p.page.getByRole('button', { name: 'Propose' }).click();
  await p.page.getByText('Waiting for a checker: a supervisor other than alice.').waitFor();
  assert.equal(await p.page.getByRole('button', { name: 'Approve (checker)' }).count(), 0);
  const checker = await openPage(browser, server.url, '', { dir, who: 'bob' });
  await signIn(checker.page, server.url, server.keys.bob!);
  await checker.page.goto(`${server.url}/#/rule-alerts/${target.id}`);
  await checker.page.getByRole('button', { name: 'Approve (checker)' }).click();
  await checker.page.getByTestId('rule-alert-state').getByText('closed true match').waitFor();
  const earlier = (await checker.page.getByRole('table', { name: 'Earlier decisions' }).textContent()) ?? '';
  assert.match(earlier, /True match\s*approved\s*alice/);
  assert.match(earlier, /bob/);
  assert.doesNotMatch(earlier, /user \d+/);
  await checker.shot('rule-alert-closed');

  // The dashboard counts it under its pack, with the number in the table.
  await p.page.getByRole('link', { name: 'Monitoring' }).click();
  const perPack = p.page.getByRole('figure', { name: 'Alerts per day, per rule pack' });
  await perPack.locator('canvas').waitFor();
  assert.match((await perPack.locator('thead').textContent()) ?? '', new RegExp(target.pack));
  await p.shot('dashboard-with-rule-alerts');
  assert.deepEqual([...p.external, ...checker.external], []);
  assert.deepEqual([...p.errors, ...checker.errors], []);
});

test('an oil cargo from an ISIL-held field: its case gets an interdiction report with its 30-day deadline', async (t) => {
  const missing = (await missingRoute(server.url, server.keys.alice!, 'GET', '/reports')) ?? (await missingRoute(server.url, server.keys.alice!, 'POST', '/events'));
  if (missing) return t.skip(missing);
  const alice = caller(server.url, server.keys.alice!);
  const cargo = readFileSync(join(ROOT, 'examples', 'events.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.id === 'OIL-A');
  const posted = await alice('/events', 'POST', cargo);
  assert.equal(posted.status, 200, JSON.stringify(posted.json));
  const hit = (await alice('/rule-alerts?limit=1000', 'GET')).json.items.find((a: { eventId: string; caseId: number | null }) => a.eventId === 'OIL-A' && a.caseId !== null);
  assert.ok(hit, 'the cargo raised a rule alert in a case');

  const dir = screenshotDir('interdiction');
  const p = await openPage(browser, server.url, '', { dir });
  await signIn(p.page, server.url, server.keys.alice!);
  await p.page.goto(`${server.url}/#/rule-alerts/${hit.id}`);
  const panel = p.page.getByRole('region', { name: 'Reports to file' });
  await panel.getByText(`No report for case ${hit.caseId} yet.`).waitFor();
  // Interdicted eight days ago: the 1267 Committee notice is due 30 days after, 22 days from today.
  const DAY = 86_400_000;
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  const interdicted = new Date(today - 8 * DAY).toISOString().slice(0, 10);
  const due = new Date(today + 22 * DAY).toISOString().slice(0, 10);
  await p.page.getByLabel('Report', { exact: true }).selectOption('interdiction');
  await p.page.getByLabel('Reason (why this is reported)').fill('Crude oil loaded at the ISIL-held al-Tanak field.');
  await p.page.getByText('Other fields the case cannot supply (JSON)').click();
  const extra = { state: 'Austria', interdiction: { date: interdicted, place: { name: 'Ceyhan', country: 'TR' } }, transport: [{ name: 'Tanker truck convoy' }], origin: { country: 'SY' }, destination: { country: 'TR' } };
  await p.page.getByLabel(/^Fields in the report's case-file shape/).fill(JSON.stringify(extra, null, 1));
  await p.page.getByRole('button', { name: 'Prepare report' }).click();
  const card = panel.locator('article.report', { hasText: 'interdiction report' });
  await card.waitFor();
  assert.match((await card.getByTestId('report-deadline').textContent()) ?? '', new RegExp(`^Due ${due}: 22 days left$`));
  await p.shot('interdiction-deadline');
  await p.shot('interdiction-panel', panel);
  assert.deepEqual(p.external, []);
  assert.deepEqual(p.errors, []);
});
