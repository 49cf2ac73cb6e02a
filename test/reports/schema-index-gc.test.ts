import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { XmlDocument } from 'libxml2-wasm';
import { BUNDLED_PROFILE_PATH, loadProfile } from '../../src/reports/fiu-profile.js';
import { SchemaIndex } from '../../src/reports/schema-index.js';

/**
 * libxml2-wasm frees a document's memory when its JavaScript wrapper is garbage-collected. The schema
 * index keeps element wrappers of the XSD, which do not keep the document alive: it must hold the
 * document itself. Before it did, a collection between two validations freed the schema under the
 * index and later lookups read reused memory (schema errors mapped to the wrong field now and then,
 * or "Unsupported node type"). This test forces collections and checks the index still reads right.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('the schema index stays valid after the XSD wrapper could have been collected', async () => {
  const profile = await loadProfile(BUNDLED_PROFILE_PATH);
  const bytes = readFileSync(profile.schemaPath);
  // Built in a scope that keeps no reference to the document.
  const index = ((): SchemaIndex => new SchemaIndex(XmlDocument.fromBuffer(bytes, { url: profile.schemaPath })))();
  for (let round = 0; round < 5; round++) {
    gc();
    // Finalizers run between turns of the event loop; other documents then reuse the freed memory.
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 5; i++) XmlDocument.fromString(`<a><b>${'x'.repeat(50_000)}</b></a>`).dispose();
    const transaction = index.typeAt('/report/transaction');
    const required = transaction?.children.filter((c) => ['transaction_location', 'transaction_description', 'internal_ref_number'].includes(c.name)).map((c) => [c.name, c.required]);
    assert.deepEqual(required, [['internal_ref_number', false], ['transaction_location', true], ['transaction_description', true]], `round ${round}`);
  }
});
