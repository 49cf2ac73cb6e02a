import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XmlDocument } from 'libxml2-wasm';
import { buildCulturalPropertyRecord, cutoffTest, latestDay } from '../../src/reports/cultural-property.js';
import { loadProfile } from '../../src/reports/fiu-profile.js';
import { generateCulturalProperty } from '../../src/reports/generate.js';
import { loadCutoffs } from '../../src/reports/reference.js';
import { fixture } from './helpers.js';

const cutoffs = await loadCutoffs();
const IQ = cutoffs.find((c) => c.country === 'IQ')!;
const SY = cutoffs.find((c) => c.country === 'SY')!;

test('the cut-off dates come from the reference data: Iraq 1990-08-06, Syria 2011-03-15', () => {
  assert.equal(IQ.date, '1990-08-06');
  assert.equal(SY.date, '2011-03-15');
});

test('the cut-off test: documented departure before the date passes; after, undated or statement-only does not', () => {
  const ev = (date: string | undefined, country: string, documented = true) => ({ ...(date ? { date } : {}), country, event: 'e', documented });
  assert.equal(cutoffTest([ev('1988-04-01', 'FR')], IQ).result, 'left-before-cutoff');
  assert.equal(cutoffTest([ev('1990-08-06', 'FR')], IQ).result, 'left-after-cutoff', 'on the cut-off day is prohibited');
  assert.equal(cutoffTest([ev('1970', 'GB', false)], IQ).result, 'not-proven', 'a seller statement proves nothing');
  assert.equal(cutoffTest([ev(undefined, 'GB')], IQ).result, 'not-proven');
  assert.equal(cutoffTest([ev('1985', 'IQ')], IQ).result, 'not-proven', 'being in Iraq is not having left it');
  // "1990" may be December 1990: counted at its latest day, so it does not prove departure before August.
  assert.equal(cutoffTest([ev('1990', 'CH')], IQ).result, 'left-after-cutoff');
  assert.equal(cutoffTest([ev('2010-12', 'LB')], SY).result, 'left-before-cutoff');
  assert.equal(latestDay('1990-02'), '1990-02-28');
  assert.equal(latestDay('2024-02'), '2024-02-29');
});

test('a seizure record: object, images, provenance, registers, parties and a prohibited outcome', () => {
  const { record, issues } = buildCulturalPropertyRecord(fixture('cultural-property.json'), cutoffs);
  assert.deepEqual(issues, []);
  assert.equal(record!.outcome, 'prohibited');
  assert.deepEqual(record!.cutoffTests.map((t) => [t.country, t.result]), [['IQ', 'left-after-cutoff'], ['SY', 'left-after-cutoff']]);
  assert.equal(record!.cutoffTests[0]!.firstDocumentedOutside?.index, 1);
  assert.equal(record!.images.length, 2);
  assert.equal(record!.partyNames[0]!.original, 'Виктор Соколов');
  const permitted = fixture('cultural-property.json');
  permitted.provenance.unshift({ date: '1962-05-10', country: 'GB', event: 'Sotheby\'s sale, lot 112', documented: true });
  assert.equal(buildCulturalPropertyRecord(permitted, cutoffs).record!.outcome, 'permitted');
  const elsewhere = fixture('cultural-property.json');
  elsewhere.object.possible_origins = ['EG'];
  assert.equal(buildCulturalPropertyRecord(elsewhere, cutoffs).record!.outcome, 'not-applicable');
});

test('a record missing the registers consulted or the reason is refused, naming the field', () => {
  const input = fixture('cultural-property.json');
  input.registers_consulted = [];
  delete input.reason;
  input.provenance[0].date = 'circa 1970';
  const { record, issues } = buildCulturalPropertyRecord(input, cutoffs);
  assert.equal(record, undefined);
  assert.deepEqual(issues.map((i) => i.field).sort(), ['provenance[0].date', 'reason', 'registers_consulted']);
});

test('the goAML activity form validates, with the object as a seized goods item', async () => {
  const profile = await loadProfile();
  const g = await generateCulturalProperty(fixture('cultural-property.json'), profile, cutoffs, { goaml: true });
  assert.equal(g.ok, true, g.issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
  const doc = XmlDocument.fromString(g.xml!);
  try {
    assert.equal(doc.get('/report/activity/goods_services/item/status_code')?.content, 'FRZN');
    assert.equal(doc.get('/report/activity/goods_services/item/estimated_value')?.content, '24000.00');
    assert.match(doc.get('/report/activity/goods_services/item/comments')?.content ?? '', /HS code 9705\.10/);
    assert.match(doc.get('/report/reason')?.content ?? '', /IQ cut-off 1990-08-06: left-after-cutoff/);
    assert.deepEqual([...new Set(doc.find('/report/report_indicators/indicator').map((n) => n.content))], ['FCA17']);
  } finally {
    doc.dispose();
  }
});
