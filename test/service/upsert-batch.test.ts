import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertParties } from '../../src/parties/upsert-batch.js';
import { getPartyByOrgId, upsertParty } from '../../src/store/parties-repo.js';
import { testBackends, type TestDatabase } from '../store/backends.js';

/** The batched upsert behaves as upsertParty, one party at a time, does: created, unchanged, updated. */
for (const backend of await testBackends()) {
  describe(`upsertParties (${backend.name})`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.dispose();
    });

    test('new ids are created, the same data is left alone, changed data is updated', async () => {
      const { party: one } = await upsertParty(t.db, { orgId: 'A', schema: 'Person', properties: { name: ['Anna'] } });
      const first = await t.db.transaction((tx) =>
        upsertParties(tx, [
          { orgId: 'A', schema: 'Person', properties: { name: ['Anna'] } },
          { orgId: ' B ', schema: 'Person', properties: { name: ['Bert'], birthDate: ['1970'] } },
          { orgId: 'C', schema: 'Company', properties: { name: ['C Ltd'] } },
        ]),
      );
      assert.deepEqual(first.map((r) => r.outcome), ['unchanged', 'created', 'created']);
      assert.equal(first[0]!.party.id, one.id);
      assert.equal(first[1]!.party.orgId, 'B');
      const second = await t.db.transaction((tx) =>
        upsertParties(tx, [
          { orgId: 'B', schema: 'Person', properties: { name: ['Bert'], birthDate: ['1971'] } },
          { orgId: 'C', schema: 'Company', properties: { name: ['C Ltd'] } },
        ]),
      );
      assert.deepEqual(second.map((r) => r.outcome), ['updated', 'unchanged']);
      const b = await getPartyByOrgId(t.db, 'B');
      assert.deepEqual(b!.properties.birthDate, ['1971']);
      assert.equal(b!.dataHash, second[0]!.party.dataHash);
      assert.notEqual(b!.dataHash, first[1]!.party.dataHash);
      // The same hash as the one-at-a-time path computes, so allow-list entries stay comparable.
      const { outcome } = await upsertParty(t.db, { orgId: 'B', schema: 'Person', properties: { name: ['Bert'], birthDate: ['1971'] } });
      assert.equal(outcome, 'unchanged');
    });
  });
}
