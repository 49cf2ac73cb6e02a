import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { XmlDocument } from 'libxml2-wasm';
import { loadProfile } from '../../src/reports/fiu-profile.js';
import { buildValidatedGoaml, exportGoaml, ReportRefusedError, validateGoamlXml } from '../../src/reports/goaml-validate.js';
import { tempDir } from '../helpers/paths.js';
import { fixture, SHARED_GOAML } from './helpers.js';

const profile = await loadProfile();
const NOW = new Date('2026-02-10T09:30:00Z');

/** Text of the first node an XPath selects in the XML. */
function xpathText(xml: string, xpath: string): string | undefined {
  const doc = XmlDocument.fromString(xml);
  try {
    return doc.get(xpath)?.content;
  } finally {
    doc.dispose();
  }
}

function issuesOf(r: { issues: { field: string; message: string }[] }): string {
  return r.issues.map((i) => `${i.field}: ${i.message}`).join('\n');
}

test('the two samples the FIU publishes validate with our validator (sanity)', async () => {
  for (const f of ['sample-SAR.xml', 'sample-AIF.xml']) {
    assert.deepEqual(await validateGoamlXml(readFileSync(join(SHARED_GOAML, f)), profile.schemaPath), [], f);
  }
});

test('an STR with five currencies and Arabic and Cyrillic names builds and validates', async () => {
  const r = await buildValidatedGoaml(fixture('str-transactions.json'), profile, NOW);
  assert.equal(r.ok, true, issuesOf(r));
  assert.equal(r.reportCode, 'STR');
  const x = r.xml;
  assert.equal(xpathText(x, '/report/report_code'), 'STR');
  assert.equal(xpathText(x, '/report/rentity_id'), '101');
  assert.equal(xpathText(x, '/report/submission_date'), '2026-02-10T09:30:00');
  // Local amounts, and the foreign amount and rate on both sides.
  assert.equal(xpathText(x, '/report/transaction[1]/amount_local'), '178116.25');
  assert.equal(xpathText(x, '/report/transaction[1]/t_from_my_client/from_foreign_currency/foreign_amount'), '48500.00');
  assert.equal(xpathText(x, '/report/transaction[1]/t_to/to_foreign_currency/foreign_exchange_rate'), '3.672500');
  assert.equal(xpathText(x, '/report/transaction[2]/t_from_my_client/from_foreign_currency/foreign_currency_code'), 'EUR');
  assert.equal(xpathText(x, '/report/transaction[3]/t_from_my_client/from_foreign_currency/foreign_amount'), '150000.00');
  assert.equal(xpathText(x, '/report/transaction[4]/t_from/from_foreign_currency/foreign_amount'), '25000000.000');
  assert.equal(xpathText(x, '/report/transaction[5]/t_from_my_client/from_foreign_currency/foreign_amount'), '130000000.00');
  // Names in their own script, byte for byte.
  assert.equal(xpathText(x, '/report/transaction[1]/t_from_my_client/from_account/signatory/t_person/full_name_frn'), 'عبد الله الجبوري');
  assert.equal(xpathText(x, '/report/transaction[2]/t_to/to_person/full_name_frn'), 'Руслан Магомедов');
  assert.match(xpathText(x, '/report/transaction[5]/t_to/to_entity/comments') ?? '', /صرافة الفرات/);
  assert.ok(Buffer.from(x, 'utf8').includes(Buffer.from('يونس الحمداني', 'utf8')), 'UTF-8 bytes in the file');
  // Codes through the profile: wire -> SWIFT / ELCFT, msb -> BO / CASH; rule ids -> indicators.
  assert.equal(xpathText(x, '/report/transaction[1]/transmode_code'), 'SWIFT');
  assert.equal(xpathText(x, '/report/transaction[4]/t_from/from_funds_code'), 'CASH');
  assert.equal(xpathText(x, '/report/transaction[1]/date_transaction'), '2026-01-21T11:05:00');
  const doc = XmlDocument.fromString(x);
  try {
    assert.deepEqual(doc.find('/report/report_indicators/indicator').map((n) => n.content), ['TFFTH', 'TFTAU', 'TORGA', 'TFS02']);
    // is_primary is fixed to 1 by goAML: never "true".
    assert.deepEqual([...new Set(doc.find('//is_primary').map((n) => n.content))], ['1']);
  } finally {
    doc.dispose();
  }
});

test('a cargo activity report (SAR) with goods by HS code validates', async () => {
  const r = await buildValidatedGoaml(fixture('sar-cargo-activity.json'), profile, NOW);
  assert.equal(r.ok, true, issuesOf(r));
  assert.equal(r.reportCode, 'SAR');
  assert.equal(xpathText(r.xml, '/report/activity/goods_services/item[1]/item_type'), 'FUELO');
  assert.equal(xpathText(r.xml, '/report/activity/goods_services/item[1]/estimated_value'), '372000.00');
  assert.equal(xpathText(r.xml, '/report/activity/goods_services/item[1]/size'), '12000');
  assert.match(xpathText(r.xml, '/report/activity/report_parties/report_party[3]/entity/comments') ?? '', /ООО Волга Танкер Шиппинг/);
});

test('a report missing a required field is refused, naming the field in the input', async () => {
  const cases: [string, (x: any) => void, string, RegExp][] = [
    ['counterparty last name', (x) => delete x.transactions[1].to.person.last_name, 'transactions[1].to.person.last_name', /missing \(required by goAML t_person\)/],
    ['customer birthdate', (x) => delete x.transactions[2].from.person.birthdate, 'transactions[2].from.person.birthdate', /required by goAML t_person_my_client/],
    ['the party of a side', (x) => delete x.transactions[2].to.entity, 'transactions[2].to', /missing one of account, person, entity/],
    ['reason (FIU profile)', (x) => delete x.reason, 'reason', /required by FIU profile example-goaml-5.0.2-ae/],
    ['local amount of a foreign payment', (x) => delete x.transactions[0].amount_local, 'transactions[0].amount_local', /amount is in USD .* local currency is AED/],
    ['reporting entity id', (x) => delete x.reporting_entity.rentity_id, 'reporting_entity.rentity_id', /missing \(required by goAML report\)/],
    ['bank code of an account', (x) => delete x.transactions[0].to.account.swift, 'transactions[0].to.account', /missing one of institution_code, swift/],
  ];
  for (const [label, mutate, field, message] of cases) {
    const input = fixture('str-transactions.json');
    mutate(input);
    const r = await buildValidatedGoaml(input, profile, NOW);
    assert.equal(r.ok, false, label);
    const hit = r.issues.find((i) => i.field === field);
    assert.ok(hit, `${label}: expected an issue on ${field}, got:\n${issuesOf(r)}`);
    assert.match(hit.message, message, label);
    await assert.rejects(exportGoaml(input, profile, NOW), (e: unknown) => e instanceof ReportRefusedError && e.message.includes(field), label);
  }
});

test('schema value errors are mapped to the field, with a hint for non-Latin names', async () => {
  const input = fixture('str-transactions.json');
  input.transactions[1].to.person.first_name = 'Руслан';
  input.transactions[0].to.account.currency_code = 'XYZ';
  input.transactions[3].date_transaction = '1700-01-01';
  const r = await buildValidatedGoaml(input, profile, NOW);
  const by = (f: string) => r.issues.find((i) => i.field === f);
  assert.match(by('transactions[1].to.person.first_name')?.message ?? '', /Latin script only .* full_name_frn/);
  assert.match(by('transactions[0].to.account.currency_code')?.message ?? '', /"XYZ" is not a code/);
  assert.match(by('transactions[3].date_transaction')?.message ?? '', /less than the minimum value allowed \('1753-01-01T00:00:00'\)/);
  assert.ok(by('transactions[1].to.person.first_name')?.xsd?.line, 'the XSD line is kept for reference');
});

test('the XSD catches a hand-broken report (elements out of order)', async () => {
  const good = readFileSync(join(SHARED_GOAML, 'sample-SAR.xml'), 'utf8');
  // Move <reason> after <action>: both are allowed, but xs:sequence fixes their order.
  const broken = good.replace(/(\s*<reason>[^<]*<\/reason>)(\s*<action>[^<]*<\/action>)/, '$2$1');
  assert.notEqual(broken, good);
  const errors = await validateGoamlXml(broken, profile.schemaPath);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /Element 'reason': This element is not expected/);
  assert.equal(errors[0]!.xpath, '/report/reason');
  // And malformed XML is a finding, not a crash.
  const malformed = await validateGoamlXml('<report><rentity_id>1</report>', profile.schemaPath);
  assert.ok(malformed.length > 0);
});

test('out-of-order input is reported against the element that broke the order', async () => {
  const { SchemaErrorMapper } = await import('../../src/reports/schema-errors.js');
  const { compileSchema } = await import('../../src/reports/goaml-validate.js');
  const { buildGoaml } = await import('../../src/reports/goaml.js');
  const built = buildGoaml(fixture('str-transactions.json'), profile, NOW);
  // Swap reason and action in the tree, as a writer bug would.
  const kids = built.root.children;
  const ri = kids.findIndex((c) => c.name === 'reason');
  [kids[ri], kids[ri + 1]] = [kids[ri + 1]!, kids[ri]!];
  const { serialise } = await import('../../src/reports/xml-tree.js');
  const details = await validateGoamlXml(serialise(built.root), profile.schemaPath);
  const issues = new SchemaErrorMapper(built.root, (await compileSchema(profile.schemaPath)).index).map(details);
  assert.equal(issues[0]?.field, 'reason');
  assert.match(issues[0]?.message ?? '', /out of order in goAML report/);
});

test('cross-check: xmllint agrees that the generated report is valid (when installed)', async (t) => {
  const which = spawnSync('xmllint', ['--version']);
  if (which.error) {
    t.skip('xmllint not installed (apt-get install -y libxml2-utils)');
    return;
  }
  const r = await buildValidatedGoaml(fixture('str-transactions.json'), profile, NOW);
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'str.xml'), r.xml);
    const ok = spawnSync('xmllint', ['--noout', '--schema', profile.schemaPath, join(dir, 'str.xml')], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /validates/);
    writeFileSync(join(dir, 'bad.xml'), r.xml.replace('<last_name>Magomedov</last_name>', ''));
    const bad = spawnSync('xmllint', ['--noout', '--schema', profile.schemaPath, join(dir, 'bad.xml')], { encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.deepEqual(await validateGoamlXml(readFileSync(join(dir, 'bad.xml')), profile.schemaPath).then((e) => e.length > 0), true);
  } finally {
    cleanup();
  }
});
