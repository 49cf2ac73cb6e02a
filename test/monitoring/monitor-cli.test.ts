import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/database.js';
import { auditLog, monitoringEvents, ruleAlerts } from '../../src/store/schema/index.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from '../store/backends.js';
import { FIXTURES } from './helpers.js';

// Runs the TypeScript sources (not dist/), so the test does not depend on a build being current.
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const homes: { cleanup(): void }[] = [];
after(() => homes.forEach((h) => h.cleanup()));

/** A data directory of its own (with a migrated embedded database): recorded events do not leak between tests. */
async function freshHome(): Promise<string> {
  const home = tempDir('interdict-monitor-');
  homes.push(home);
  await seedEmbeddedDataDir(home.dir);
  return home.dir;
}

function cli(args: string[], home: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...process.env, INTERDICT_HOME: home, DATABASE_URL: '', NATS_URL: '' }, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('interdict monitor', () => {
  it('writes one decision line per event and exits 1 when any is blocked, refused or alerted', async () => {
    const home = await freshHome();
    const out = join(home, 'out.jsonl');
    const r = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--output', out], home);
    assert.equal(r.status, 1, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; decision: string; reasons: string[] });
    assert.deepEqual(lines.map((l) => [l.eventId, l.decision]), [['PAY-1', 'allow'], ['PAY-2', 'block'], ['ART-1', 'refuse'], ['OIL-A', 'alert']]);
    assert.deepEqual(lines[3]!.reasons, ['OIL-1', 'OIL-2']);
    assert.match(r.stderr, /PAY-2 payment 2016-05-03: BLOCK C2\[C2\] \| creditor: Al-Nusrah Front for the People of the Levant ~ AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT \(QDe\.137/);
    assert.match(r.stderr, /4 events: 1 allowed, 1 alerted, 1 blocked, 1 refused/);
  });

  it('records events, outcomes and rule alerts in cases; a second run of the same file (its engine read from the saved one) judges nothing again', async () => {
    const home = await freshHome();
    const first = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl')], home);
    assert.equal(first.status, 1, first.stderr);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; caseId: number | null; ruleAlertIds: number[] });
    assert.equal(lines[0]!.caseId, null);
    assert.equal(lines[3]!.ruleAlertIds.length, 2);
    assert.match(first.stderr, /recorded 4 events; 3 cases opened/);
    assert.match(first.stderr, /^engine built in \d+ ms$/m);
    const second = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl')], home);
    assert.equal(second.status, 0, second.stderr);
    // The second start reads the engine the first one saved in the data directory.
    assert.match(second.stderr, /^engine read from the saved engine in \d+ ms$/m);
    assert.deepEqual(second.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown), ['PAY-1', 'PAY-2', 'ART-1', 'OIL-A'].map((eventId) => ({ eventId, duplicate: true })));
    const database = await openDatabase({ dataDir: home });
    try {
      const events = await database.db.select().from(monitoringEvents).orderBy(asc(monitoringEvents.id));
      assert.deepEqual(events.map((e) => [e.eventId, e.outcome]).sort(), [['ART-1', 'refuse'], ['OIL-A', 'alert'], ['PAY-1', 'allow'], ['PAY-2', 'block']]);
      const oilAlerts = await database.db.select().from(ruleAlerts).where(eq(ruleAlerts.caseId, lines[3]!.caseId!));
      assert.deepEqual(oilAlerts.map((a) => a.ruleId).sort(), ['OIL-1', 'OIL-2']);
      const blocks = await database.db.select().from(auditLog).where(eq(auditLog.action, 'payment.block'));
      assert.equal(blocks.length, 1);
      assert.match(blocks[0]!.actor, /^cli:/);
    } finally {
      await database.close();
    }
  });

  it('exits 0 when every event is allowed, and reports a repeated event id as a duplicate', async () => {
    const r = cli(['monitor', '--input', join(FIXTURES, 'events-clean.jsonl')], await freshHome());
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines[0]!.decision, 'allow');
    assert.deepEqual(lines[1], { eventId: 'PAY-1', duplicate: true });
  });

  it('refuses invalid input naming line and field, writing nothing', async () => {
    const r = cli(['monitor', '--input', join(FIXTURES, 'events-bad.jsonl')], await freshHome());
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /refused .*events-bad\.jsonl: events-bad\.jsonl:2: amount\.value: give amounts as decimal strings/);
  });

  it('reads pacs.008 and refuses hostile XML with line and column (--dry-run: no database)', () => {
    const home = tempDir('interdict-monitor-dry-');
    homes.push(home);
    const ok = cli(['monitor', '--dry-run', '--input', join(FIXTURES, 'pacs008-two-transactions.xml')], home.dir);
    assert.equal(ok.stdout.trim().split('\n').length, 2, ok.stderr);
    assert.equal(existsSync(join(home.dir, 'db')), false, 'a dry run opens no database');
    const bad = cli(['monitor', '--input', join(FIXTURES, 'hostile', 'pacs008-xxe.xml')], home.dir);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /pacs008-xxe\.xml:2:1: DOCTYPE declarations are not accepted/);
  });

  it('--backtest reports hits per rule; --shadow-config compares without changing the live decisions', async () => {
    const home = await freshHome();
    const bt = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--backtest'], home);
    assert.equal(bt.status, 0, bt.stderr);
    const report = JSON.parse(bt.stdout) as { rules: { code: string; hits: number }[] };
    assert.equal(report.rules.find((x) => x.code === 'OIL-2')!.hits, 1);
    const sh = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--shadow-config', join(FIXTURES, 'pack-config-shadow.json')], home);
    assert.equal(sh.status, 1);
    assert.match(sh.stderr, /"shadow": "try-discount-50@/);
    assert.match(sh.stderr, /"code": "OIL-2",\s*"onlyLive": 1/);
  });

  it('a usage error exits 2; publish and worker without NATS_URL are usage errors', async () => {
    const home = await freshHome();
    assert.equal(cli(['monitor'], home).status, 2);
    const pub = cli(['monitor', 'publish', '--input', join(FIXTURES, 'events.jsonl')], home);
    assert.equal(pub.status, 2);
    assert.match(pub.stderr, /NATS_URL/);
  });
});
