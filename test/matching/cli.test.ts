import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'interdict-screen-'));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), '--data-dir', join(dir, 'home'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('interdict screen / compare', () => {
  it('screens a JSONL batch: one output line per input line, errors in place, atomic output, exit 1 on matches', () => {
    const input = join(dir, 'queries.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'q1', schema: 'Person', name: 'Abu Bakr al-Baghdadi', birthDate: '1971', nationality: 'iq' }),
      JSON.stringify({ id: 'q2', schema: 'Person', name: 'Jane Q. Nobody' }),
      JSON.stringify({ id: 'q3', name: 'x', birthDate: '1971-13-40' }),
      '{not json',
    ].join('\n'));
    const r = run(['screen', '--input', input, '--output', output]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /index of \d+ names/);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'q1');
    assert.equal(lines[0].matches[0].referenceNumber, 'QDi.299');
    assert.equal(lines[0].matches[0].match, true);
    assert.deepEqual(Object.keys(lines[0].matches[0]), ['entityId', 'referenceNumber', 'caption', 'score', 'match', 'explanation']);
    assert.deepEqual(lines[1], { id: 'q2', matches: [] });
    assert.equal(lines[2].id, 'q3');
    assert.match(lines[2].error, /^line 3: birthDate: /);
    assert.match(lines[3].error, /^line 4: invalid JSON/);
  });
  it('reads a UTF-16 file (Excel\'s "Unicode text") as UTF-8, and refuses one in another encoding naming the line', () => {
    const text = 'id,schema,name\nq1,Person,Ayman al-Zawahiri\nq2,Person,أيمن الظواهري\n';
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(['screen', '--input', utf16, '--limit', '1']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.matches[0]?.referenceNumber), ['QDi.006', 'QDi.006'], r.stderr);
    // أ is 0xC3 in Windows-1256: the file is no UTF-8, and nothing of it is screened.
    const cp1256 = join(dir, 'cp1256.csv');
    writeFileSync(cp1256, Buffer.from([...Buffer.from('id,schema,name\nq1,Person,Ayman al-Zawahiri\nq2,Person,'), 0xc3, 0xed, 0xe3, 0xe4, 0x0a]));
    const refused = run(['screen', '--input', cp1256]);
    assert.notEqual(refused.code, 0);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /--input .*cp1256\.csv: line 3: not valid UTF-8: byte 0xC3 at byte offset \d+; save the file as UTF-8/);
  });
  it('screens CSV input with ;-separated values and a single query from arguments', () => {
    const input = join(dir, 'queries.csv');
    writeFileSync(input, 'id,schema,name,birthDate\nc1,Person,Ayman al-Zawahiri;Aiman Dhawahiri,1951\n');
    const r = run(['screen', '--input', input, '--limit', '1']);
    assert.equal(r.code, 1, r.stderr);
    const line = JSON.parse(r.stdout.trim());
    assert.equal(line.matches[0].referenceNumber, 'QDi.006');
    const single = run(['screen', 'Abu Bakr al-Baghdadi', '--birth-date', '1971', '--schema', 'Person']);
    assert.equal(single.code, 1);
    assert.equal(JSON.parse(single.stdout.trim()).matches[0].referenceNumber, 'QDi.299');
    const none = run(['screen', 'Jane Q. Nobody', '--threshold', '0.9']);
    assert.equal(none.code, 0, none.stderr);
  });
  it('usage errors exit 2 and write nothing', () => {
    const output = join(dir, 'never.jsonl');
    assert.equal(run(['screen', 'x', '--threshold', '7', '--output', output]).code, 2);
    assert.equal(run(['screen']).code, 2);
    assert.equal(run(['screen', '--schema', 'Human', 'x']).code, 2);
    assert.equal(existsSync(output), false);
  });
  it('compares pairs', () => {
    const input = join(dir, 'pairs.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'p1', a: { name: 'Usama bin Laden' }, b: { name: 'Osama Binladen' } }),
      JSON.stringify({ id: 'p2', a: { name: 'Mohammed Rahimi' }, b: { name: 'Mohammed Karimov' } }),
      JSON.stringify({ id: 'p3', a: { name: 'x' } }),
    ].join('\n'));
    const r = run(['compare', '--input', input]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[0].id, 'p1');
    assert.equal(lines[0].match, true);
    assert.equal(lines[1].match, false);
    assert.match(lines[2].error, /line 3: b: missing/);
  });
});
