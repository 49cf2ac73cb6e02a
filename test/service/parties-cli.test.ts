import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { listAlerts } from '../../src/cases/alerts-repo.js';
import { getPartyByOrgId } from '../../src/store/parties-repo.js';
import { cliTarget, testBackends, type CliTarget } from '../store/backends.js';
import { interdict } from '../store/cli.js';

/**
 * `interdict parties import` and `parties rescreen`: the same code as the API routes (tested on both
 * backends in service.test.ts), so the CLI wiring runs on the embedded default only.
 */
const pglite = (await testBackends()).find((b) => b.name === 'pglite')!;
let target: CliTarget;

before(async () => {
  target = await cliTarget(pglite);
});
after(async () => {
  await target?.dispose();
});

test('parties import screens each party; a bad line is reported and makes the exit code 1', { timeout: 180_000 }, async () => {
  const file = join(target.dataDir, 'customers.csv');
  writeFileSync(file, 'id,schema,name,birthDate\nK1,Person,Abu Bakr al-Baghdadi,1971\nK2,Person,Hans Müller,1980\nK3,Person,Someone,1971-13-40\n');
  const r = interdict(['parties', 'import', file], { home: target.dataDir, env: target.env });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^2 created, 0 updated, 0 unchanged, 1 rejected; 2 screened, [1-9]\d* alerts raised/);
  assert.match(r.stderr, /line 4: birthDate/);
  const database = await target.open();
  try {
    const k1 = await getPartyByOrgId(database.db, 'K1');
    assert.ok(k1);
    const alerts = await listAlerts(database.db, { partyId: k1.id });
    assert.ok(alerts.some((a) => a.listedPartyRef === 'QDi.299'));
  } finally {
    await database.close();
  }
  const full = interdict(['parties', 'rescreen', '--json'], { home: target.dataDir, env: target.env });
  assert.equal(full.status, 0, full.stderr);
  const report = JSON.parse(full.stdout);
  assert.equal(report.partiesScreened, 2);
  assert.equal(report.alerts.raised, 0, 'the live alert is found again, not raised twice');
  assert.ok(report.alerts.existing >= 1);
});
