import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import { SANCTIONS } from '../helpers/paths.js';
import { call, sendFile } from '../helpers/server.js';
import { contrasts, launch, openPage, screenshotDir, signIn, unlabelledControls } from './helpers/browser.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { startE2eServer, type E2eServer } from './helpers/server.js';

/**
 * Issue 8 in the browser: a person on the UN, UK and OFAC lists is one result and one alert, and the
 * analyst sees every designation with the link that ties it in. The UK (2018-04-13) and OFAC (2021-04)
 * files are imported beside the bundled UN list (2026-01-28); Khalid al-Fawaz is QDi.059 on the UN list,
 * UK 6962 (which cites the UN reference) and OFAC 7209 (same passport, 456682).
 */
let server: E2eServer;
let browser: Browser;

const NAME = 'Khalid Abd al-Rahman Hamd al-Fawaz';
const BIRTH = '1962-08-24';
const RECORDS = ['un:QDi.059', 'uk-hmt:6962', 'ofac-sdn:7209'];

interface ApiDesignation {
  source: string;
  entityId: string;
  referenceNumber: string;
  caption: string;
  score: number | null;
  linkBasis: string | null;
  linkSummary: string | null;
}

before(async () => {
  await ensureWebBuilt();
  server = await startE2eServer({
    importFiles: [join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'), join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv')],
    users: [{ username: 'alice', role: 'analyst' }],
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The rows of a designations table as text, keyed by the record id the row is about. */
async function rowsOf(table: Locator): Promise<Map<string, { list: string; cells: string[] }>> {
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-entity-id') ?? '', list: tr.querySelector('th')?.textContent ?? '', cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') })),
  );
  return new Map(rows.map((r) => [r.id, { list: r.list, cells: r.cells }]));
}

/** Header cells name every column and every row names its list: what a screen reader announces. */
async function assertAccessibleTable(table: Locator): Promise<void> {
  const headers = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => ({ scope: th.getAttribute('scope'), text: th.textContent?.trim() ?? '' })));
  assert.deepEqual(headers.map((h) => h.text), ['List', 'Reference', 'Name on that list', 'Listed on', 'Programmes', 'Score', 'Tied to the lead by']);
  assert.ok(headers.every((h) => h.scope === 'col'), 'column headers have scope=col');
  const rowHeaders = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('th[scope="row"]')?.textContent ?? null));
  assert.ok(rowHeaders.every((h) => h !== null && h.length > 0), 'each row is named by its list');
  assert.match((await table.locator('caption').textContent()) ?? '', /Every designation of this person/);
  // Names as each list writes them go through the name component: isolated, direction from the text.
  const names = await table.locator('td.name-cell bdi').evaluateAll((els) => els.map((e) => e.getAttribute('dir')));
  assert.equal(names.length, await table.locator('tbody tr').count());
  assert.ok(names.every((d) => d === 'auto'));
}

function assertRowsMatchApi(rows: Map<string, { list: string; cells: string[] }>, designations: ApiDesignation[]): void {
  assert.deepEqual([...rows.keys()].sort(), designations.map((d) => d.entityId).sort());
  for (const d of designations) {
    const row = rows.get(d.entityId)!;
    assert.equal(row.cells[0], d.referenceNumber);
    assert.equal(row.cells[1], d.caption);
    // Its own score, or "linked" when the record did not itself score.
    assert.equal(row.cells[4], d.score === null ? 'linked' : d.score.toFixed(3), `${d.entityId} score`);
    if (d.linkSummary) assert.ok(row.cells[5]!.includes(d.linkSummary), `${d.entityId}: link sentence shown`);
    if (d.linkBasis === null) assert.match(row.cells[5]!, /^leading record/);
  }
}

/** Al-Fawaz's three records: UN leads, the UK record cites its reference, OFAC shares the passport. */
function assertFawazRows(rows: Map<string, { list: string; cells: string[] }>): void {
  const basisOf = (id: string) => rows.get(id)!.cells[5]!;
  assert.match(rows.get('un:QDi.059')!.list, /^UN$/);
  assert.match(rows.get('uk-hmt:6962')!.list, /^UK HMT$/);
  assert.match(rows.get('ofac-sdn:7209')!.list, /^OFAC SDN$/);
  assert.match(basisOf('un:QDi.059'), /^leading record/);
  assert.match(basisOf('uk-hmt:6962'), /^cites the UN reference/);
  assert.match(basisOf('ofac-sdn:7209'), /^same identity document/);
  // The link sentences name records by list and reference, as an analyst does, not by internal id.
  assert.match(basisOf('uk-hmt:6962'), /UK HMT 6962 cites UN QDi\.059/);
  assert.match(basisOf('ofac-sdn:7209'), /OFAC SDN 7209 shares passport 456682 with UN QDi\.059/);
  for (const id of ['uk-hmt:6962', 'ofac-sdn:7209']) assert.doesNotMatch(basisOf(id), /(un|uk-hmt|ofac-sdn):/);
}

test('screening the person shows one result designated on UN, UK and OFAC, with every link', async () => {
  const api = await call(`${server.url}/screen`, 'POST', { query: { schema: 'Person', name: NAME, birthDate: BIRTH }, limit: 10 }, { 'x-api-key': server.keys.alice! });
  assert.equal(api.status, 200, JSON.stringify(api.json));
  const his = api.json.matches.filter((m: { entityId: string }) => RECORDS.includes(m.entityId));
  assert.equal(his.length, 1, 'the server groups the three records into one result');
  const designations = his[0].designations as ApiDesignation[];

  const t = await openPage(browser, server.url, 'designations-screening');
  const { page } = t;
  await signIn(page, server.url, server.keys.alice!);
  await page.goto(server.url + '/#/screen');
  await page.getByLabel('Name (any script)').fill(NAME);
  const answered = page.waitForResponse((r) => r.url().endsWith('/screen') && (r.request().postData() ?? '').includes(BIRTH));
  await page.getByLabel('Birth date').fill(BIRTH);
  await answered;
  const result = page.locator('.match-list li', { hasText: 'QDi.059' });
  await result.waitFor();
  assert.equal(await page.locator('.match-list li', { hasText: /6962|7209/ }).count(), 1, 'one result for the person, not three');
  const line = (await result.getByTestId('designated-on').textContent()) ?? '';
  assert.match(line, /^Designated on 3 lists: UN QDi\.059 · /);
  assert.ok(line.includes('UK HMT 6962') && line.includes('OFAC SDN 7209'), line);

  await result.getByRole('button').click();
  const block = page.locator('.match-detail').getByTestId('designations');
  await block.waitFor();
  const table = block.locator('table');
  assert.ok(await table.isVisible(), 'the selected result shows its designations');
  const rows = await rowsOf(table);
  assertRowsMatchApi(rows, designations);
  assertFawazRows(rows);
  await assertAccessibleTable(table);
  assert.match((await block.getByTestId('designations-note').textContent()) ?? '', /leading record, UN QDi\.059/);
  await t.shot('designations');
  await t.shot('designations-table', block);

  // The summary line folds and unfolds the table (a native disclosure: keyboard and screen readers know it).
  await block.locator('summary').click();
  assert.equal(await table.isVisible(), false);
  await block.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await table.isVisible(), true);

  assert.deepEqual(await unlabelledControls(page), []);
  const pairs = await contrasts(page, ['.match .designated', '.designations summary', '.designations thead th', '.designations tbody th', '.designations .link-summary', '.designations td.muted', '.designations .ref']);
  assert.ok(pairs.length >= 6, `contrast pairs found: ${pairs.map((p) => p.selector).join(', ')}`);
  for (const p of pairs) assert.ok(p.ratio >= 4.5, `${p.selector}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1`);
  assert.deepEqual(t.external, []);
  assert.deepEqual(t.errors, []);
});

test('the alert for the person: "3 lists" in the queue and every designation in the case', async () => {
  const csv = ['id,schema,name,birthDate', `C-3001,Person,${NAME},${BIRTH}`].join('\n');
  const imported = await sendFile(`${server.url}/parties/import?format=csv`, server.keys.alice, csv, 'text/csv');
  assert.equal(imported.status, 200, JSON.stringify(imported.json));
  const party = await call(`${server.url}/parties/C-3001`, 'GET', undefined, { 'x-api-key': server.keys.alice! });
  const alerts = party.json.alerts as { id: number; listedPartyId: string }[];
  const theirs = alerts.filter((a) => RECORDS.includes(a.listedPartyId));
  assert.equal(theirs.length, 1, `one alert for the person: ${JSON.stringify(alerts)}`);
  const detail = await call(`${server.url}/alerts/${theirs[0]!.id}`, 'GET', undefined, { 'x-api-key': server.keys.alice! });
  const designations = detail.json.alert.explanation.designations as ApiDesignation[];
  assert.equal(designations.length, 3);

  const dir = screenshotDir('designations-alert');
  const t = await openPage(browser, server.url, '', { dir });
  const { page } = t;
  await signIn(page, server.url, server.keys.alice!);
  await page.getByRole('link', { name: 'Alerts' }).click();
  const row = page.locator(`table.queue tbody tr[data-alert-id="${theirs[0]!.id}"]`);
  await row.waitFor();
  assert.equal((await row.locator('.lists-count').textContent())?.trim(), '3 lists');
  await t.shot('queue');

  await row.getByRole('link', { name: String(theirs[0]!.id) }).click();
  const block = page.getByTestId('designations');
  await block.waitFor();
  const table = block.locator('table');
  const rows = await rowsOf(table);
  assertRowsMatchApi(rows, designations);
  assertFawazRows(rows);
  await assertAccessibleTable(table);
  await t.shot('case');
  await t.shot('case-designations', block);
  assert.deepEqual(t.external, []);
  assert.deepEqual(t.errors, []);
});

test('a record that did not itself score reads "linked", and the lead need not be the UN record', async () => {
  // In the 2018 UK file "ABU KHALIL" is an alias of record 10661 (Angelo Ramirez Trinidad, UN Ref
  // QI.T.241.08); his UN and OFAC records do not carry it, so they come in through their links only
  // (score null) and the UK record leads. Which result that is comes from the API, not from here.
  const query = 'ABU-KHALIL';
  const api = await call(`${server.url}/screen`, 'POST', { query: { schema: 'Person', name: query }, limit: 10 }, { 'x-api-key': server.keys.alice! });
  assert.equal(api.status, 200, JSON.stringify(api.json));
  const grouped = (api.json.matches as { entityId: string; referenceNumber: string; designations?: ApiDesignation[] }[]).find((m) => m.designations?.some((d) => d.score === null));
  assert.ok(grouped, `a result with a record that did not score: ${JSON.stringify(api.json.matches.map((m: { entityId: string }) => m.entityId))}`);

  const t = await openPage(browser, server.url, 'designations-linked');
  const { page } = t;
  await signIn(page, server.url, server.keys.alice!);
  await page.goto(server.url + '/#/screen');
  await page.getByLabel('Name (any script)').fill(query);
  const result = page.locator('.match-list li', { has: page.locator('.ref', { hasText: new RegExp(`^${grouped.referenceNumber.replace(/\./g, '\\.')}$`) }) });
  await result.first().waitFor();
  await result.first().getByRole('button').click();
  const block = page.locator('.match-detail').getByTestId('designations');
  await block.waitFor();
  const rows = await rowsOf(block.locator('table'));
  assertRowsMatchApi(rows, grouped.designations!);
  const linked = grouped.designations!.filter((d) => d.score === null);
  for (const d of linked) assert.equal(rows.get(d.entityId)!.cells[4], 'linked');
  await t.shot('linked', block);
  assert.deepEqual(t.errors, []);
});
