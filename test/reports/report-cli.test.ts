import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from '../helpers/paths.js';
import { FIXTURES, fixture } from './helpers.js';

/** Runs the CLI from its TypeScript sources, so the test does not depend on a fresh dist/ build. */
function cli(args: string[], home: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), '--data-dir', home, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('report goaml writes valid XML and HTML, then maker / checker / filed', () => {
  const { dir, cleanup } = tempDir();
  try {
    const xml = join(dir, 'str.xml');
    const r = cli(['report', 'goaml', '--case', join(FIXTURES, 'str-transactions.json'), '--output', xml, '--html', join(dir, 'str.html'), '--maker', 'lina'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(xml, 'utf8'), /<report_code>STR<\/report_code>/);
    assert.match(readFileSync(join(dir, 'str.html'), 'utf8'), /عبد الله الجبوري/);
    const record = join(dir, 'reports', 'goaml-INT-CASE-2026-0042.filing.json');
    const self = cli(['report', 'check', record, '--checker', 'lina', '--approve'], dir);
    assert.equal(self.status, 1);
    assert.match(self.stderr, /four eyes/);
    assert.equal(cli(['report', 'check', record, '--checker', 'sara', '--approve'], dir).status, 0);
    const filed = cli(['report', 'filed', record, '--by', 'sara', '--reference', 'ACK-1'], dir);
    assert.equal(filed.status, 0, filed.stderr);
    const saved = JSON.parse(readFileSync(record, 'utf8'));
    assert.equal(saved.state, 'filed');
    // The record binds to the bytes written: the same hash as the --output file.
    assert.equal(saved.copy.sha256, createHash('sha256').update(readFileSync(xml)).digest('hex'));
    assert.equal(cli(['report', 'validate', xml], dir).status, 0);
  } finally {
    cleanup();
  }
});

test('report goaml refuses a case missing a required field, naming it, and writes no XML', () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = fixture('str-transactions.json');
    delete input.transactions[1].to.person.last_name;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(input));
    const r = cli(['report', 'goaml', '--case', join(dir, 'case.json'), '--output', join(dir, 'out.xml')], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /transactions\[1\]\.to\.person\.last_name: missing \(required by goAML t_person\)/);
    assert.throws(() => readFileSync(join(dir, 'out.xml')));
  } finally {
    cleanup();
  }
});

test('report freeze, interdiction and cultural-property produce their files', () => {
  const { dir, cleanup } = tempDir();
  try {
    const f = cli(['report', 'freeze', '--case', join(FIXTURES, 'freeze-case.json'), '--output', join(dir, 'f.json'), '--goaml', join(dir, 'f.xml'), '--html', join(dir, 'f.html')], dir);
    assert.equal(f.status, 0, f.stderr);
    assert.match(readFileSync(join(dir, 'f.xml'), 'utf8'), /<report_code>CNMRA<\/report_code>/);
    const i = cli(['report', 'interdiction', '--case', join(FIXTURES, 'interdiction.json'), '--today', '2026-02-20', '--output', join(dir, 'i.json')], dir);
    assert.equal(i.status, 0, i.stderr);
    assert.match(i.stderr, /notice due 2026-02-14: -6 day\(s\) remaining \(overdue\)/);
    assert.equal(JSON.parse(readFileSync(join(dir, 'i.json'), 'utf8')).deadline.status, 'overdue');
    const c = cli(['report', 'cultural-property', '--case', join(FIXTURES, 'cultural-property.json'), '--output', join(dir, 'c.json')], dir);
    assert.equal(c.status, 0, c.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).outcome, 'prohibited');
    const bad = cli(['report', 'interdiction', '--case', join(FIXTURES, 'interdiction.json'), '--today', '20-02-2026'], dir);
    assert.equal(bad.status, 2);
  } finally {
    cleanup();
  }
});
