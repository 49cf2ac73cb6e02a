import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildAll } from '../../eval/build/main.js';
import { loadEvalItems } from '../../eval/harness/load.js';
import { toJsonl } from '../../eval/lib/jsonl.js';
import { evalDataDir, sharedSanctionsDir } from '../../eval/lib/paths.js';
import { scriptOf } from '../../eval/lib/script.js';

test('committed labelled sets are well formed', () => {
  const items = loadEvalItems(evalDataDir);
  assert.ok(items.length >= 5000);
  const ids = new Set<string>();
  for (const item of items) {
    assert.ok(!ids.has(item.id), `duplicate id ${item.id}`);
    ids.add(item.id);
    assert.ok(item.query.name.trim() !== '', item.id);
    assert.equal(item.script, scriptOf(item.query.name), item.id);
    assert.ok(['person', 'organization'].includes(item.kind), item.id);
    assert.equal(item.set === 'negatives', item.expected.length === 0, item.id);
    for (const w of item.list.withhold ?? []) assert.ok(item.expected.includes(w.ref), `${item.id} withholds from a party it does not expect`);
  }
  assert.ok(items.filter((i) => i.set === 'negatives').length >= 5000);
});

test('items grouped into one engine build never withhold two names of one party', () => {
  const items = loadEvalItems(evalDataDir).filter((i) => i.list.variant.startsWith('loo-'));
  const seen = new Set<string>();
  for (const i of items) {
    const key = `${i.list.variant}/${i.expected[0]}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
  }
  assert.ok(seen.size > 1000);
});

const shared = sharedSanctionsDir();
test('rebuilding the sets gives exactly the committed files (determinism)', { skip: !existsSync(join(shared, 'uk-hmt-conlist-2018-04-13.csv')) }, async () => {
  const bySet = await buildAll();
  for (const [set, items] of bySet) {
    const committed = readFileSync(join(evalDataDir, `${set}.jsonl`), 'utf8');
    assert.equal(toJsonl(items), committed, `${set}.jsonl differs from a fresh build: rerun eval/build/main.ts and commit`);
  }
});
