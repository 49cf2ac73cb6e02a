import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { stillPending, valueAt } from '../../src/reports/case-file-common.js';
import { pickNames, personName } from '../../src/reports/case-parties.js';
import { ExtraError, mergeExtra } from '../../src/reports/merge-extra.js';
import { DEFAULT_REPORTING_SETTINGS, loadReportingSettings, ReportingSettingsError, validateReportingSettings } from '../../src/reports/reporting-settings.js';
import { IssueList } from '../../src/reports/report-common.js';
import { REPORTING_JSON } from './case-seed.js';

test('reporting settings: every problem named by its field; defaults kept for what is not given', () => {
  const ok = validateReportingSettings(REPORTING_JSON, 'x');
  assert.equal(ok.entity?.rentity_id, 101);
  assert.equal(ok.freezeSlaHours, DEFAULT_REPORTING_SETTINGS.freezeSlaHours);
  assert.throws(
    () => validateReportingSettings({ entity: { rentity_id: '101' }, person: { first_name: 'Sara' }, state: 'UAE', freezeSlaHours: 0, colour: 'red' }, 'reporting.json'),
    (err: unknown) => {
      assert.ok(err instanceof ReportingSettingsError);
      for (const field of ['colour: unknown setting', 'entity.rentity_id', 'person.last_name: missing', 'state: an ISO 3166', 'freezeSlaHours']) assert.ok(err.message.includes(field), `${field} in ${err.message}`);
      assert.match(err.message, /^reporting\.json: 5 problem\(s\)/);
      return true;
    },
  );
});

test('reporting.json in the data directory overrides the base; relative profile paths are the data directory\'s', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-reporting-'));
  try {
    assert.equal(await loadReportingSettings(dir), DEFAULT_REPORTING_SETTINGS, 'no file: the base as it is');
    writeFileSync(join(dir, 'reporting.json'), JSON.stringify({ state: 'JO', profiles: ['fiu/jo.json'] }));
    const s = await loadReportingSettings(dir);
    assert.deepEqual([s.state, s.profiles], ['JO', [join(dir, 'fiu/jo.json')]]);
    writeFileSync(join(dir, 'reporting.json'), '{ nope');
    await assert.rejects(loadReportingSettings(dir), /reporting\.json: 1 problem\(s\)[\s\S]*not JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extra: objects merge by key, lists by position, null removes; prototype keys are refused', () => {
  const built = { reason: 'a', transactions: [{ amount: 1, to: { person: { first_name: '', last_name: '' } } }, { amount: 2 }] };
  const merged = mergeExtra(built, { transactions: [{}, { amount_local: 3, to: { person: { last_name: 'Magomedov' } } }], reason: null }) as Record<string, unknown>;
  assert.deepEqual(merged, { transactions: [{ amount: 1, to: { person: { first_name: '', last_name: '' } } }, { amount: 2, amount_local: 3, to: { person: { last_name: 'Magomedov' } } }] });
  assert.deepEqual(built.transactions[1], { amount: 2 }, 'the built file is not changed');
  assert.throws(() => mergeExtra(built, JSON.parse('{"transactions": [{"constructor": {"prototype": {"x": 1}}}]}')), (err: unknown) => err instanceof ExtraError && err.field === 'transactions[0].constructor');
  assert.equal(valueAt(merged, 'transactions[1].to.person.last_name'), 'Magomedov');
  assert.equal(valueAt(merged, 'transactions[5].amount'), undefined);
});

test('a build-time problem goes away once the request supplies its field, and only then', () => {
  const pending = [
    { field: 'transactions[0].to.person.last_name', message: 'missing', source: 'input' as const },
    { field: 'interdiction.place', message: 'missing', source: 'input' as const },
  ];
  const merged = { transactions: [{ to: { person: { last_name: '  ' } } }], interdiction: { place: { country: 'TR' } } };
  assert.deepEqual(stillPending(pending, merged).map((i) => i.field), ['transactions[0].to.person.last_name'], 'blank text is still missing');
});

test('names: the Latin form fills the name elements, the original script goes to full_name_frn; no transliteration', () => {
  assert.deepEqual(pickNames(['عبد الله الجبوري', 'Abdullah Al-Jubouri']), { latin: 'Abdullah Al-Jubouri', original: 'عبد الله الجبوري' });
  const list = new IssueList();
  assert.deepEqual(personName(['Abu Bakr al-Baghdadi'], 'p', list), { first_name: 'Abu Bakr', last_name: 'al-Baghdadi' });
  assert.deepEqual(personName(['Руслан Магомедов'], 'to.person', list), { first_name: '', last_name: '', full_name_frn: 'Руслан Магомедов' });
  assert.deepEqual(list.issues.map((i) => i.field), ['to.person.first_name', 'to.person.last_name']);
  assert.match(list.issues[0]!.message, /no Latin-script form.*does not transliterate/);
});
