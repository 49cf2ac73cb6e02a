/**
 * Configuration files are read as UTF-8 (with or without its byte-order mark) or marked UTF-16, and
 * a file in any other encoding is refused naming its line: up to session 31 the reporting settings,
 * the FIU profile, the rule-pack configuration and the files `monitor` and `report` read took each
 * bad byte as U+FFFD, so a Windows-1252 "Société Générale" went into a goAML report as "Soci�t�".
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadSitePackConfig, SitePackConfigError } from '../../src/monitoring/site-pack-config.js';
import { FiuProfileError, loadProfile } from '../../src/reports/fiu-profile.js';
import { loadReportingSettings, ReportingSettingsError } from '../../src/reports/reporting-settings.js';
import { readStrictText, TextEncodingError } from '../../src/util/strict-text.js';

const dir = mkdtempSync(join(tmpdir(), 'interdict-strict-text-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** `{ "a": 1,\n "name": "Société" }` with é as Windows-1252 writes it (0xE9), on line 2. */
const CP1252 = Buffer.concat([Buffer.from('{ "a": 1,\n  "name": "Soci'), Buffer.from([0xe9]), Buffer.from('t\\u00e9" }\n')]);

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test('reads UTF-8 with and without its mark and marked UTF-16; refuses another encoding naming the line', async () => {
  const text = '{ "name": "Société Générale", "ar": "بنك" }';
  assert.equal(await readStrictText(file('plain.json', text)), text);
  assert.equal(await readStrictText(file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))), text);
  assert.equal(await readStrictText(file('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))), text);
  await assert.rejects(readStrictText(file('cp1252.json', CP1252)), (err: unknown) => {
    assert.ok(err instanceof TextEncodingError);
    assert.match(err.message, /^line 2: not valid UTF-8: byte 0xE9 .*; save the file as UTF-8$/);
    return true;
  });
  // A missing file keeps readFile's code (the reporting settings and the pack configuration are optional).
  await assert.rejects(readStrictText(join(dir, 'absent.json')), { code: 'ENOENT' });
});

test('the reporting settings, the FIU profile and the rule-pack configuration refuse a Windows-1252 file', async () => {
  const data = mkdtempSync(join(dir, 'data-'));
  writeFileSync(join(data, 'reporting.json'), CP1252);
  await assert.rejects(loadReportingSettings(data), (err: unknown) => {
    assert.ok(err instanceof ReportingSettingsError);
    assert.match(err.message, /reporting\.json: 1 problem\(s\)[\s\S]*line 2: not valid UTF-8/);
    return true;
  });
  await assert.rejects(loadProfile(file('profile.json', CP1252)), (err: unknown) => {
    assert.ok(err instanceof FiuProfileError);
    assert.match(err.message, /line 2: not valid UTF-8/);
    return true;
  });
  await assert.rejects(loadSitePackConfig(data, file('pack.json', CP1252)), (err: unknown) => {
    assert.ok(err instanceof SitePackConfigError);
    assert.match(err.message, /line 2: not valid UTF-8/);
    return true;
  });
});
