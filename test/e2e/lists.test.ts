import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { UN_2025 } from '../helpers/paths.js';
import { launch, openPage, signIn, unlabelledControls } from './helpers/browser.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { startE2eServer, type E2eServer } from './helpers/server.js';

/** The lists screen: versions in force with their age, and the diff between two versions. */
let server: E2eServer;
let browser: Browser;

before(async () => {
  await ensureWebBuilt();
  // The bundled UN list (2026-01-28) comes into force on start; the 2025-11-20 file is the older one.
  server = await startE2eServer({ importFiles: [UN_2025], users: [{ username: 'ada', role: 'auditor' }] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an auditor sees the versions and the diff between them, and nothing to screen or change', async () => {
  const t = await openPage(browser, server.url, 'lists-diff');
  const { page } = t;
  await signIn(page, server.url, server.keys.ada!);
  // The auditor reads everything and changes nothing: no screening in the menu.
  const nav = (await page.getByRole('navigation', { name: 'Main' }).textContent()) ?? '';
  assert.doesNotMatch(nav, /Screening/);
  assert.match(nav, /Lists/);
  await page.getByRole('link', { name: 'Lists' }).click();
  const versions = page.locator('table.versions tbody tr');
  await versions.nth(1).waitFor();
  assert.equal(await versions.count(), 2);
  assert.equal(await page.locator('table.versions tr.in-force').count(), 1);
  assert.match((await page.locator('table.versions tr.in-force').textContent()) ?? '', /2026-01-28/);

  // The form starts on the last update (older → in force); the diff lists what changed.
  assert.notEqual(await page.getByLabel('Older version').inputValue(), '');
  await page.getByRole('button', { name: 'Show differences' }).click();
  const diff = page.getByRole('region', { name: 'Differences' });
  await diff.waitFor();
  const text = (await diff.textContent()) ?? '';
  assert.match(text, /IQi\.074/, 'the party removed between the two versions');
  assert.match(text, /\d+ added, 1 removed, \d+ amended/);
  assert.ok((await diff.locator('table.amended tbody tr').count()) > 0);
  assert.deepEqual(await unlabelledControls(page), []);
  // What each update triggered: one row per version (no parties here, so no alerts).
  const effects = page.locator('table.effects tbody tr');
  await effects.first().waitFor();
  assert.equal(await effects.count(), 2);
  await t.shot('diff');

  // A reference in the diff opens the listed party's record.
  await diff.locator('table.amended a').first().click();
  await page.getByRole('article').first().waitFor();
  assert.match(page.url(), /#\/lists\/party\//);
  await t.shot('listed-party');
  assert.deepEqual(t.external, []);
  assert.deepEqual(t.errors, []);
});
