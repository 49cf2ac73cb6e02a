import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { processAndStore } from '../../src/monitoring/event-store.js';
import { parseEvent } from '../../src/monitoring/events.js';
import type { MonitorContext } from '../../src/monitoring/process.js';
import { prepareFromCase } from '../../src/reports/prepare-from-case.js';
import { validateReportingSettings } from '../../src/reports/reporting-settings.js';
import { monitor } from '../monitoring/helpers.js';
import { testBackends, type TestDatabase } from '../store/backends.js';
import { REPORTING_JSON } from './case-seed.js';

/**
 * Reports from cases that monitoring itself opened: the events go through the rule packs and are
 * stored by src/monitoring/event-store.ts (not written by hand as in case-seed.ts), so the builders are
 * checked against the stored shape monitoring really produces.
 */
const settings = validateReportingSettings(REPORTING_JSON, 'test reporting settings');

const CARGO = {
  kind: 'cargo', id: 'OIL-A', date: '2015-06-15', hsCode: '2709', product: 'crude oil', quantity: { value: '180', unit: 'bbl' },
  price: { amount: '33.80 USD', per: 'bbl' }, places: { loading: { name: 'al-Tanak', lat: 34.9, lon: 40.72 } }, parties: { buyer: { name: 'Kaya Akaryakit Ltd', country: 'TR' } },
};
const WIRE = {
  kind: 'payment', id: 'P-R', date: '2015-03-02', amount: '500000.00 USD',
  debtor: { name: 'Nordic Water Engineering AB', type: 'organization', iban: 'SE4550000000058398257466', country: 'SE' },
  creditor: { name: 'Ibrahim Sarraf', category: 'exchange-house', address: { town: 'Akçakale', country: 'TR' } }, remittance: 'فدية',
};
const TABLET = {
  kind: 'art', id: 'ART-1', date: '2024-04-10', transaction: 'sale', description: 'Clay tablet with cuneiform inscription', category: 'cuneiform tablet',
  countryOfOrigin: 'SY', period: { fromYear: -1900, toYear: -1700 }, provenance: [{ date: '2013-05', country: 'TR', event: 'acquired' }],
  registersConsulted: ['INTERPOL'], parties: { seller: { name: 'Mayfair Antiquities Ltd', country: 'GB' } }, price: '12000.00 GBP',
};

for (const backend of await testBackends()) {
  describe(`reports from cases monitoring opened (${backend.name})`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    let m: Omit<MonitorContext, 'history'>;
    const caseOf = async (raw: unknown): Promise<number> => {
      const { outcome } = await processAndStore(t.db, m, parseEvent(raw), { actor: 'system:test' });
      assert.ok(outcome.caseId, `monitoring opened a case for ${JSON.stringify(raw).slice(0, 40)}`);
      return outcome.caseId;
    };
    before(async () => {
      t = await backend.open();
      m = await monitor();
    });
    after(async () => t?.dispose());

    test('an oil cargo: goAML SAR valid against the XSD; the interdiction pack names what monitoring does not know', async () => {
      const caseId = await caseOf(CARGO);
      const sar = await prepareFromCase(t.db, caseId, { kind: 'goaml', reason: 'Crude from al-Tanak at a deep discount', action: 'Relationship under review' }, { settings });
      assert.ok(sar.ok, JSON.stringify(sar));
      assert.deepEqual([sar.report.reportCode, sar.report.validationErrors], ['SAR', []]);
      assert.match(sar.report.content, /<item_type>FUELO<\/item_type>/);
      const pack = await prepareFromCase(t.db, caseId, { kind: 'interdiction' }, { settings });
      assert.equal(pack.ok, false);
      const fields = pack.ok ? [] : pack.issues.map((i) => i.field);
      for (const f of ['interdiction.date', 'interdiction.place', 'origin.country']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
    });

    test('a ransom wire in USD: refused naming the AED amount and the account details goAML wants of the customer', async () => {
      const caseId = await caseOf(WIRE);
      const str = await prepareFromCase(t.db, caseId, { kind: 'goaml', reason: 'Ransom payment to an exchange house at the border', action: 'Reported' }, { settings });
      const fields = str.ok ? [] : str.issues.map((i) => i.field);
      for (const f of ['transactions[0].amount_local', 'transactions[0].from.account.currency_code', 'transactions[0].from.account.opened']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
    });

    test('a refused cuneiform tablet: the register check needs its date and answer, then the record is prohibited', async () => {
      const caseId = await caseOf(TABLET);
      const bare = await prepareFromCase(t.db, caseId, { kind: 'cultural-property', reason: 'Syrian tablet first documented in Turkey in 2013' }, { settings });
      assert.deepEqual(bare.ok ? [] : bare.issues.map((i) => i.field), ['registers_consulted[0].date', 'registers_consulted[0].result']);
      const extra = { registers_consulted: [{ date: '2024-04-09', result: 'no match' }] };
      const record = await prepareFromCase(t.db, caseId, { kind: 'cultural-property', reason: 'Syrian tablet first documented in Turkey in 2013', extra }, { settings });
      assert.ok(record.ok, JSON.stringify(record));
      const json = JSON.parse(record.report.content);
      assert.deepEqual([json.record_type, json.outcome], ['refusal', 'prohibited']);
      assert.ok(json.rules.includes('ART-1'), json.rules.join(', '));
    });
  });
}
