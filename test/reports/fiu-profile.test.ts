import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lookupsFromXsd } from '../../src/reports/fiu-lookups.js';
import { BUNDLED_PROFILE_PATH, FiuProfileError, indicatorsFor, itemTypeForHs, loadProfile, validateProfile } from '../../src/reports/fiu-profile.js';
import { tempDir } from '../helpers/paths.js';

const bundled = () => JSON.parse(readFileSync(BUNDLED_PROFILE_PATH, 'utf8'));

test('the bundled profile loads, and its lookups are exactly what its XSD enumerates', async () => {
  const p = await loadProfile();
  assert.equal(p.localCurrency, 'AED');
  assert.equal(p.reportCodes.str, 'STR');
  const fromXsd = lookupsFromXsd(readFileSync(p.schemaPath));
  assert.deepEqual(p.lookups, fromXsd);
  for (const c of ['USD', 'EUR', 'IQD', 'SYP', 'TRY']) assert.ok(p.lookups.currencies.includes(c), c);
  assert.ok(p.lookups.indicators.includes('TFSUN'));
});

test('a profile with mistakes is refused with every problem named by field', () => {
  const raw = bundled();
  raw.format = 'goaml-profile';
  raw.localCurrency = 'XYZ';
  raw.reportCodes.str = 'NOTACODE';
  delete raw.reportCodes.sar;
  raw.mappings.channelToTransmode.wire = 'TELEGRAPH';
  raw.mappings.ruleToIndicators['OIL-1'] = ['TFTAU', 'BOGUS'];
  raw.requiredFields.push('transactions[].from..person');
  raw.currencyExponents.IQD = 3.5;
  const err = (() => {
    try {
      validateProfile(raw, 'mine.json');
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  assert.ok(err instanceof FiuProfileError);
  const text = err.problems.join('\n');
  for (const field of ['format:', 'localCurrency: "XYZ"', 'reportCodes.str: "NOTACODE"', 'reportCodes.sar: required', 'mappings.channelToTransmode.wire: "TELEGRAPH"', 'mappings.ruleToIndicators.OIL-1[1]: "BOGUS"', 'requiredFields[', 'currencyExponents.IQD']) {
    assert.ok(text.includes(field), `expected a problem on ${field} in:\n${text}`);
  }
});

test('a user profile is resolved next to its file, and a schema that changed is caught by its hash', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const raw = bundled();
    writeFileSync(join(dir, 'goAMLSchema-5.0.2.xsd'), readFileSync(join(BUNDLED_PROFILE_PATH, '..', 'goAMLSchema-5.0.2.xsd')));
    writeFileSync(join(dir, 'p.json'), JSON.stringify(raw));
    const p = await loadProfile(join(dir, 'p.json'));
    assert.equal(p.schemaPath, join(dir, 'goAMLSchema-5.0.2.xsd'));
    writeFileSync(join(dir, 'goAMLSchema-5.0.2.xsd'), '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>');
    await assert.rejects(loadProfile(join(dir, 'p.json')), /schema\.sha256: .* has sha256/);
    raw.schema.file = 'missing.xsd';
    writeFileSync(join(dir, 'q.json'), JSON.stringify(raw));
    await assert.rejects(loadProfile(join(dir, 'q.json')), /schema\.file: .*missing\.xsd does not exist/);
    writeFileSync(join(dir, 'r.json'), '{ not json');
    await assert.rejects(loadProfile(join(dir, 'r.json')), /cannot read it as JSON/);
  } finally {
    cleanup();
  }
});

test('HS codes map to item types by longest prefix; rule ids map to indicators', async () => {
  const p = await loadProfile();
  assert.equal(itemTypeForHs(p, '2709.00'), 'FUELO');
  assert.equal(itemTypeForHs(p, '271012'), 'GSOLN');
  assert.equal(itemTypeForHs(p, '8419.40'), 'MACHN');
  assert.equal(itemTypeForHs(p, '0101'), '-');
  assert.deepEqual(indicatorsFor(p, ['TFFTH'], ['OIL-1', 'FTF-1']), ['TFFTH', 'TFTAU', 'TORGA', 'TFS02']);
});
