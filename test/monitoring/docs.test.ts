import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ALL_PACKS } from '../../src/monitoring/packs/index.js';
import { ROOT } from '../helpers/paths.js';

it('docs/rules.md documents every rule, its CEL condition and every parameter', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  for (const pack of ALL_PACKS) {
    for (const r of pack.rules) {
      assert.ok(doc.includes(`#### ${r.code} `), `${r.code} has no section`);
      assert.ok(doc.includes(r.when), `${r.code}: the documented condition differs from the code`);
      for (const name of Object.keys(r.params)) assert.ok(doc.includes(`| \`${name}\` |`), `${r.code}.${name} is not documented`);
    }
  }
  for (const f of ['risk-areas.geojson', 'hs-codes.json', 'cutoffs.json', 'red-list.json', 'benchmark-prices.json', 'fx-rates.json', 'countries.json']) assert.ok(doc.includes(`\`${f}\``), f);
});
