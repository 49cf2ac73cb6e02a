import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadProfile } from '../../src/reports/fiu-profile.js';
import { generateCulturalProperty, generateFreeze, generateGoaml, generateInterdiction } from '../../src/reports/generate.js';
import { bdi, esc } from '../../src/reports/html-kit.js';
import { loadCutoffs, loadInterdictionHsScope } from '../../src/reports/reference.js';
import { fixture } from './helpers.js';

const profile = await loadProfile();

test('names of any script are isolated with <bdi dir="auto">, and input is escaped', () => {
  assert.equal(bdi('عمر <b>'), '<bdi dir="auto">عمر &lt;b&gt;</bdi>');
  assert.equal(esc(`"'&`), '&quot;&#39;&amp;');
});

test('the STR page shows Arabic and Cyrillic names right, amounts in both currencies, and no raw markup from the case', async () => {
  const input = fixture('str-transactions.json');
  input.transactions[0].transaction_description = '<script>alert(1)</script>';
  const g = await generateGoaml(input, profile);
  const html = g.html!;
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<meta charset="utf-8">/);
  assert.ok(html.includes('<bdi dir="auto">عبد الله الجبوري</bdi>'));
  assert.ok(html.includes('<bdi dir="auto">Руслан Магомедов</bdi>'));
  assert.ok(html.includes('25000000.000 IQD'));
  assert.ok(html.includes('70125.00 AED'));
  assert.ok(!html.includes('<script>'), 'case text is escaped');
  assert.ok(html.includes('&lt;script&gt;'));
  assert.match(html, /Four-eyes sign-off/);
});

test('a refused report still renders, listing the problems by field', async () => {
  const input = fixture('str-transactions.json');
  delete input.transactions[1].to.person.last_name;
  const g = await generateGoaml(input, profile);
  assert.equal(g.ok, false);
  assert.equal(g.xml, undefined);
  assert.match(g.html!, /Problems to fix before filing/);
  assert.match(g.html!, /transactions\[1\]\.to\.person\.last_name/);
});

test('freeze, interdiction and cultural-property pages carry their key facts', async () => {
  const f = await generateFreeze(fixture('freeze-case.json'), profile, { filing: { maker: 'lina', checker: 'sara', state: 'approved', sha256: 'ab'.repeat(32) } });
  assert.match(f.html!, /QDi\.999/);
  assert.match(f.html!, /8\.33 h/);
  assert.ok(f.html!.includes('<bdi dir="auto">عمر خالد الراوي</bdi>'));
  assert.ok(f.html!.includes('ab'.repeat(32)));
  const i = generateInterdiction(fixture('interdiction.json'), { today: '2026-02-12', hsScope: await loadInterdictionHsScope() });
  assert.match(i.html!, /Notice due<\/dt><dd><strong>2026-02-14<\/strong>/);
  assert.match(i.html!, /2 \(due-soon\)/);
  const c = await generateCulturalProperty(fixture('cultural-property.json'), profile, await loadCutoffs());
  assert.match(c.html!, /Outcome: <span class="warn">prohibited<\/span>/);
  assert.match(c.html!, /statement only/);
  assert.ok(c.html!.includes('<bdi dir="auto">Виктор Соколов</bdi>'));
});
