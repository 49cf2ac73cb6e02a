import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/paths.js';
import { FIXTURES } from './helpers.js';

// Runs the TypeScript sources (not dist/), so the test does not depend on a build being current.
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const home = tempDir('interdict-monitor-');
after(() => home.cleanup());

function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...process.env, INTERDICT_HOME: home.dir }, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('interdict monitor', () => {
  it('writes one decision line per event and exits 1 when any is blocked, refused or alerted', () => {
    const out = join(home.dir, 'out.jsonl');
    const r = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--output', out]);
    assert.equal(r.status, 1, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { eventId: string; decision: string; reasons: string[] });
    assert.deepEqual(lines.map((l) => [l.eventId, l.decision]), [['PAY-1', 'allow'], ['PAY-2', 'block'], ['ART-1', 'refuse'], ['OIL-A', 'alert']]);
    assert.deepEqual(lines[3]!.reasons, ['OIL-1', 'OIL-2']);
    assert.match(r.stderr, /PAY-2 payment 2016-05-03: BLOCK C2\[C2\] \| creditor: Al-Nusrah Front for the People of the Levant ~ AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT \(QDe\.137/);
    assert.match(r.stderr, /4 events: 1 allowed, 1 alerted, 1 blocked, 1 refused/);
  });

  it('exits 0 when every event is allowed, and reports a repeated event id as a duplicate', () => {
    const r = cli(['monitor', '--input', join(FIXTURES, 'events-clean.jsonl')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines[0]!.decision, 'allow');
    assert.deepEqual(lines[1], { eventId: 'PAY-1', duplicate: true });
  });

  it('refuses invalid input naming line and field, writing nothing', () => {
    const r = cli(['monitor', '--input', join(FIXTURES, 'events-bad.jsonl')]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /refused .*events-bad\.jsonl: events-bad\.jsonl:2: amount\.value: give amounts as decimal strings/);
  });

  it('reads pacs.008 and refuses hostile XML with line and column', () => {
    const ok = cli(['monitor', '--input', join(FIXTURES, 'pacs008-two-transactions.xml')]);
    assert.equal(ok.stdout.trim().split('\n').length, 2, ok.stderr);
    const bad = cli(['monitor', '--input', join(FIXTURES, 'hostile', 'pacs008-xxe.xml')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /pacs008-xxe\.xml:2:1: DOCTYPE declarations are not accepted/);
  });

  it('--backtest reports hits per rule; --shadow-config compares without changing the live decisions', () => {
    const bt = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--backtest']);
    assert.equal(bt.status, 0, bt.stderr);
    const report = JSON.parse(bt.stdout) as { rules: { code: string; hits: number }[] };
    assert.equal(report.rules.find((x) => x.code === 'OIL-2')!.hits, 1);
    const sh = cli(['monitor', '--input', join(FIXTURES, 'events.jsonl'), '--shadow-config', join(FIXTURES, 'pack-config-shadow.json')]);
    assert.equal(sh.status, 1);
    assert.match(sh.stderr, /"shadow": "try-discount-50@/);
    assert.match(sh.stderr, /"code": "OIL-2",\s*"onlyLive": 1/);
  });

  it('a usage error exits 2', () => {
    assert.equal(cli(['monitor']).status, 2);
  });
});
