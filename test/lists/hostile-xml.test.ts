/**
 * Hostile and corrupt inputs: each must be refused as a whole with a ListFormatError that says
 * file:line:column, or (for damage inside one field) kept verbatim with a positioned warning.
 *
 * Expected positions are computed from the fixture text itself (locate()), never taken from the
 * reader. Static fixtures live in test/fixtures/hostile/; byte-level cases (other encodings,
 * invalid UTF-8, endless streams) are built here so no editor or git setting can alter them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readUnXml } from '../../src/lists/un.js';
import { DEFAULT_MAX_BYTES, firstInvalidUtf8, parseXmlSafely, type XmlInput } from '../../src/lists/xml-guard.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8');

/** Line and column (1-based, in code points) of `needle` in `text`, plus `shift` characters. */
function locate(text: string, needle: string, shift = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `fixture contains ${JSON.stringify(needle)}`);
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...text.slice(lineStart, index)].length + 1 + shift };
}

/** Position of the last character of `text` (where an end-of-input error is noticed). */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length };
}

const PASSWD_FIRST_LINE = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n')[0]! : 'root:x:0:0:';

/** Await a refusal and check it names file, line and column, and that nothing from /etc/passwd leaked. */
async function refused(
  promise: Promise<unknown>,
  file: string,
  at: { line: number; column: number } | undefined,
  reason: RegExp,
): Promise<ListFormatError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof ListFormatError, `expected a ListFormatError, got ${String(error)}`);
  assert.equal(error.name, 'ListFormatError');
  assert.equal(error.file, file);
  assert.match(error.reason, reason);
  if (at) {
    assert.deepEqual({ line: error.line, column: error.column }, at, error.message);
    assert.ok(error.message.startsWith(`${file}:${at.line}:${at.column}: `), error.message);
  }
  assert.ok(!error.message.includes(PASSWD_FIRST_LINE) && !error.message.includes('root:x:'), 'no /etc/passwd content');
  return error;
}

const noHandlers = () => ({ open() {}, close() {}, text() {} });

/** Feed bytes one at a time: every check must also work across chunk boundaries. */
async function* byteByByte(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
}

const BASE = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-28T00:00:11.197Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <FIRST_NAME>TEST</FIRST_NAME>
      <REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
    </INDIVIDUAL>
  </INDIVIDUALS>
</CONSOLIDATED_LIST>
`;

describe('the base document is accepted (so every refusal below is caused by its one change)', () => {
  test('BASE reads as one party', async () => {
    const s = await readUnXml({ bytes: Buffer.from(BASE), name: 'base.xml' });
    assert.deepEqual(s.parties.map((p) => [p.id, p.caption]), [['un:QDi.901', 'TEST']]);
    assert.deepEqual(s.warnings, []);
  });
});

describe('DOCTYPE in any form is refused before anything is resolved', () => {
  test('billion laughs', async () => {
    const started = performance.now();
    await refused(readUnXml({ path: fixture('billion-laughs.xml') }), 'billion-laughs.xml', { line: 2, column: 1 }, /DOCTYPE/);
    assert.ok(performance.now() - started < 1000, 'refused at once, nothing expanded');
  });

  test('external entity to file:///etc/passwd (XXE)', async () => {
    await refused(readUnXml({ path: fixture('xxe-file.xml') }), 'xxe-file.xml', { line: 2, column: 1 }, /DOCTYPE/);
  });

  test('XXE fed one byte at a time ("<!DOC" and "TYPE" in different chunks)', async () => {
    const bytes = readFileSync(fixture('xxe-file.xml'));
    await refused(parseXmlSafely({ chunks: byteByByte(bytes), name: 'xxe.xml' }, noHandlers), 'xxe.xml', { line: 2, column: 1 }, /DOCTYPE/);
  });

  test('parameter entity to a remote DTD (out-of-band XXE), after a comment', async () => {
    await refused(readUnXml({ path: fixture('xxe-parameter-entity.xml') }), 'xxe-parameter-entity.xml', { line: 3, column: 1 }, /DOCTYPE/);
  });

  test('external DTD: refused, and the URL is never fetched', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('<!ENTITY leak "leaked">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = mkdtempSync(join(tmpdir(), 'interdict-hostile-'));
    try {
      const { port } = server.address() as AddressInfo;
      const path = join(dir, 'external-dtd.xml');
      writeFileSync(path, BASE.replace('\n<CONSOLIDATED_LIST', `\n<!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://127.0.0.1:${port}/evil.dtd">\n<CONSOLIDATED_LIST`));
      await refused(readUnXml({ path }), 'external-dtd.xml', { line: 2, column: 1 }, /DOCTYPE/);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(requests, 0);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('lower-case <!doctype>, and a DOCTYPE after a BOM, a declaration and a comment', async () => {
    const lower = BASE.replace('\n<CONSOLIDATED_LIST', '\n<!doctype CONSOLIDATED_LIST>\n<CONSOLIDATED_LIST');
    await refused(readUnXml({ bytes: Buffer.from(lower), name: 'lower.xml' }), 'lower.xml', { line: 2, column: 1 }, /DOCTYPE/);
    const late = '\uFEFF<?xml version="1.0"?>\n<!-- list -->\n  <!DOCTYPE CONSOLIDATED_LIST>\n<CONSOLIDATED_LIST/>';
    await refused(readUnXml({ bytes: Buffer.from(late), name: 'late.xml' }), 'late.xml', { line: 3, column: 3 }, /DOCTYPE/);
  });

  test('an entity reference without any DOCTYPE is not resolved either', async () => {
    const text = fixtureText('undeclared-entity.xml');
    // saxes notices at the ";" that ends the reference.
    await refused(readUnXml({ path: fixture('undeclared-entity.xml') }), 'undeclared-entity.xml', locate(text, '&xxe;', 4), /undefined entity/);
  });
});

describe('only UTF-8 is accepted, checked byte by byte', () => {
  const latin1Text = BASE.replace('TEST', 'JOSÉ');
  const latin1 = Buffer.from(latin1Text, 'latin1'); // É = 0xC9, followed by "<": not UTF-8

  test('Latin-1 bytes: refused at the bad byte', async () => {
    const at = locate(latin1Text, 'É');
    const offset = latin1Text.indexOf('É'); // one byte per character in Latin-1
    await refused(readUnXml({ bytes: latin1, name: 'latin1.xml' }), 'latin1.xml', at, new RegExp(`0xC9 at byte offset ${offset}\\b`));
    await refused(parseXmlSafely({ chunks: byteByByte(latin1), name: 'latin1.xml' }, noHandlers), 'latin1.xml', at, /0xC9/);
  });

  test('a declared encoding other than UTF-8, even with ASCII content', async () => {
    await refused(readUnXml({ path: fixture('declared-latin1.xml') }), 'declared-latin1.xml', { line: 1, column: 21 }, /encoding="ISO-8859-1"/);
    const utf16Declared = Buffer.from(BASE.replace('encoding="UTF-8"', "encoding='UTF-16'"));
    await refused(readUnXml({ bytes: utf16Declared, name: 'u.xml' }), 'u.xml', { line: 1, column: 21 }, /encoding="UTF-16"/);
  });

  test('UTF-16 with a byte-order mark, UTF-16 without one, UTF-32', async () => {
    const le = Buffer.from(`\uFEFF${BASE}`, 'utf16le');
    await refused(readUnXml({ bytes: le, name: 'le.xml' }), 'le.xml', { line: 1, column: 1 }, /UTF-16/);
    const be = Buffer.from(BASE, 'utf16le').swap16();
    await refused(readUnXml({ bytes: be, name: 'be.xml' }), 'be.xml', { line: 1, column: 1 }, /NUL bytes/);
    const u32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from('<\0\0\0')]);
    await refused(readUnXml({ bytes: u32, name: 'u32.xml' }), 'u32.xml', { line: 1, column: 1 }, /UTF-32/);
  });

  test('overlong and surrogate encodings are not UTF-8', async () => {
    const [head, tail] = BASE.split('TEST') as [string, string];
    const overlong = Buffer.concat([Buffer.from(head), Buffer.from([0xc0, 0xaf]), Buffer.from(tail)]);
    await refused(readUnXml({ bytes: overlong, name: 'o.xml' }), 'o.xml', locate(BASE, 'TEST'), /0xC0/);
    const surrogate = Buffer.concat([Buffer.from(head), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(tail)]);
    await refused(readUnXml({ bytes: surrogate, name: 's.xml' }), 's.xml', locate(BASE, 'TEST'), /0xED/);
  });

  test('input ending inside a multi-byte character', async () => {
    const cut = Buffer.concat([Buffer.from(BASE), Buffer.from([0xe2, 0x82])]); // two bytes of "€"
    const lines = BASE.split('\n').length; // BASE ends with a newline: the cut is on a new line
    await refused(readUnXml({ bytes: cut, name: 'cut.xml' }), 'cut.xml', { line: lines, column: 1 }, /inside a UTF-8 character/);
  });

  test('a UTF-8 byte-order mark is fine', async () => {
    const s = await readUnXml({ bytes: Buffer.from(`\uFEFF${BASE}`), name: 'bom.xml' });
    assert.equal(s.parties.length, 1);
  });

  test('firstInvalidUtf8 (the locator used for messages)', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('abc')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from('aé€😀')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), -1); // incomplete, not yet invalid
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x80])), 1); // stray continuation byte
    assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0); // above U+10FFFF
    assert.equal(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0x80])), 0); // overlong
  });
});

describe('size limits: known sizes refused before reading, streams counted', () => {
  test('a file over maxBytes is refused from its size alone', async () => {
    const size = statSync(fixture('billion-laughs.xml')).size;
    const error = await refused(
      readUnXml({ path: fixture('billion-laughs.xml') }, { maxBytes: 100 }),
      'billion-laughs.xml',
      undefined,
      new RegExp(`the input is ${size} bytes, larger than the limit of 100 bytes \\(not read\\)`),
    );
    // Nothing was read, so there is no position to give rather than a made-up one.
    assert.equal(error.line, undefined);
    assert.equal(error.column, undefined);
    assert.equal(error.message, `billion-laughs.xml: ${error.reason}`);
  });

  test('a Buffer over maxBytes likewise; exactly maxBytes is accepted', async () => {
    const bytes = Buffer.from(BASE);
    await refused(readUnXml({ bytes, name: 'b.xml' }, { maxBytes: bytes.length - 1 }), 'b.xml', undefined, /larger than the limit/);
    assert.equal((await readUnXml({ bytes, name: 'b.xml' }, { maxBytes: bytes.length })).parties.length, 1);
  });

  test('an endless stream stops at the limit, at the position of the first byte over it', async () => {
    const record = '<INDIVIDUAL><FIRST_NAME>X</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL>\n';
    const header = '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n';
    let produced = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(header);
      for (;;) {
        produced++;
        yield Buffer.from(record.repeat(100));
      }
    }
    const maxBytes = 10_000;
    const prefix = (header + record.repeat(200)).slice(0, maxBytes); // ASCII: characters are bytes
    const next = endOf(prefix);
    await refused(
      parseXmlSafely({ chunks: endless(), name: 'endless.xml' }, noHandlers, { maxBytes }),
      'endless.xml',
      { line: next.line, column: next.column + 1 },
      /larger than the limit of 10000 bytes/,
    );
    assert.ok(produced < 10, `stopped pulling from the source (pulled ${produced} chunks)`);
  });

  test('a device whose size is 0 but never ends (/dev/zero) is still refused', { skip: !existsSync('/dev/zero') }, async () => {
    await refused(readUnXml({ path: '/dev/zero' }, { maxBytes: 4096 }), 'zero', { line: 1, column: 1 }, /NUL bytes/);
  });

  test('the default limit is 64 MiB', () => {
    assert.equal(DEFAULT_MAX_BYTES, 64 * 1024 * 1024);
  });

  test('deep nesting is refused at the element that goes too deep', async () => {
    const head = '<CONSOLIDATED_LIST>';
    const text = head + '<X>'.repeat(100) + '</X>'.repeat(100) + '</CONSOLIDATED_LIST>';
    // Depth 65 = the 64th <X>, which starts at character 19 + 63 * 3 + 1.
    await refused(readUnXml({ bytes: Buffer.from(text), name: 'deep.xml' }), 'deep.xml', { line: 1, column: head.length + 63 * 3 + 1 }, /nested more than 64 deep/);
  });
});

describe('malformed and truncated XML', () => {
  test('a file that ends in the middle of an element', async () => {
    await refused(readUnXml({ path: fixture('truncated.xml') }), 'truncated.xml', endOf(fixtureText('truncated.xml')), /malformed XML: unclosed tag/);
  });

  test('the real 2026-01-28 list cut in half', async () => {
    const data = process.env.INTERDICT_SANCTIONS_DATA ?? '/work/shared/data/sanctions';
    const bytes = readFileSync(join(data, 'un-consolidated-2026-01-28.xml'));
    let cut = 1_000_000;
    while (bytes[cut - 1]! >= 0x80 || bytes[cut - 1] === 0x0a) cut--; // end on a whole ASCII character, not a line break
    const prefix = bytes.subarray(0, cut);
    await refused(readUnXml({ bytes: prefix, name: 'half.xml' }), 'half.xml', endOf(prefix.toString('utf8')), /malformed XML/);
  });

  test('a closing tag that does not match', async () => {
    const text = fixtureText('mismatched-tag.xml');
    // Noticed at the ">" of </SECOND_NAME>.
    await refused(readUnXml({ path: fixture('mismatched-tag.xml') }), 'mismatched-tag.xml', locate(text, '</SECOND_NAME>', '</SECOND_NAME>'.length - 1), /malformed XML: unexpected close tag/);
  });

  test('a control character in a name', async () => {
    const text = BASE.replace('TEST', 'TE\u0001ST');
    await refused(readUnXml({ bytes: Buffer.from(text), name: 'ctl.xml' }), 'ctl.xml', locate(text, '\u0001'), /disallowed character/);
  });

  test('an empty input and an input that is not a UN list', async () => {
    await refused(readUnXml({ bytes: Buffer.alloc(0), name: 'empty.xml' }), 'empty.xml', { line: 1, column: 1 }, /root element/);
    const ofac = '<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>';
    await refused(readUnXml({ bytes: Buffer.from(ofac), name: 'sdn.xml' }), 'sdn.xml', { line: 2, column: 1 }, /not a UN consolidated list: the root element is sdnList/);
  });
});

describe('lists that contradict themselves are refused as a whole', () => {
  test('duplicate REFERENCE_NUMBER (across INDIVIDUALS and ENTITIES, after trimming)', async () => {
    const text = fixtureText('duplicate-reference.xml');
    const error = await refused(
      readUnXml({ path: fixture('duplicate-reference.xml') }),
      'duplicate-reference.xml',
      locate(text, '<REFERENCE_NUMBER> QDi.901 </REFERENCE_NUMBER>'),
      new RegExp(`duplicate REFERENCE_NUMBER QDi\\.901 \\(first used at line ${locate(text, '<REFERENCE_NUMBER>QDi.901').line}\\)`),
    );
    assert.equal(error.field, 'ENTITY/REFERENCE_NUMBER');
  });

  test('a record whose REFERENCE_NUMBER is missing or blank', async () => {
    const text = fixtureText('missing-reference.xml');
    const second = locate(text, '<INDIVIDUAL>\n      <FIRST_NAME>SECOND');
    const error = await refused(readUnXml({ path: fixture('missing-reference.xml') }), 'missing-reference.xml', second, /INDIVIDUAL record has no REFERENCE_NUMBER/);
    assert.equal(error.field, 'INDIVIDUAL/REFERENCE_NUMBER');
  });

  test('a record without a name (an original-script name alone is not enough)', async () => {
    const text = fixtureText('missing-name.xml');
    const error = await refused(readUnXml({ path: fixture('missing-name.xml') }), 'missing-name.xml', locate(text, '<ENTITY>'), /ENTITY QDe\.901 has no name/);
    assert.equal(error.field, 'ENTITY/FIRST_NAME');
  });

  test('an impossible dateGenerated (versions are ordered by it)', async () => {
    const text = fixtureText('bad-date-generated.xml');
    const error = await refused(
      readUnXml({ path: fixture('bad-date-generated.xml') }),
      'bad-date-generated.xml',
      locate(text, '<CONSOLIDATED_LIST'),
      /dateGenerated is not a valid date: "2026-02-30" is not a calendar date \(February 2026 has 28 days\)/,
    );
    assert.equal(error.field, 'CONSOLIDATED_LIST/@dateGenerated');
  });
});

describe('damage inside a field is kept and reported, never turned into a wrong value', () => {
  test('invalid dates: a warning at the element, the raw text in extra, no typed value', async () => {
    const text = fixtureText('invalid-dates.xml');
    const s = await readUnXml({ path: fixture('invalid-dates.xml') });
    const [p] = s.parties;
    assert.ok(p);
    assert.equal(p.listedOn, undefined);
    assert.deepEqual(p.amendedOn, ['2020-02-29']); // a leap day, valid
    assert.deepEqual(p.birthDates, [{ kind: 'exact', date: '1970-02-28' }]); // not 1970-03-03
    assert.deepEqual(p.documents, [{ kind: 'passport', type: 'Passport', number: 'A123' }]);
    assert.deepEqual(p.extra, [
      { field: 'INDIVIDUAL/LISTED_ON', value: '2015-13-01' },
      { field: 'INDIVIDUAL/LAST_DAY_UPDATED/VALUE', value: '2019-02-29' },
      { field: 'INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/DATE', value: '1970-02-31' },
      { field: 'INDIVIDUAL/INDIVIDUAL_DOCUMENT/DATE_OF_ISSUE', value: '31/12/2001' },
    ]);
    const at = (needle: string) => {
      const { line, column } = locate(text, needle);
      return `invalid-dates.xml:${line}:${column}`;
    };
    assert.deepEqual(
      s.warnings.map((w) => [w.at, w.referenceNumber]),
      [at('<LISTED_ON>'), at('<VALUE>2019'), at('<DATE>1970-02-31'), at('<DATE_OF_ISSUE>')].map((a) => [a, 'QDi.901']),
    );
    assert.match(s.warnings[2]!.message, /"1970-02-31" is not a calendar date \(February 1970 has 28 days\)/);
  });

  test('unknown elements, attributes, values and sections: kept in extra with a warning each', async () => {
    const text = fixtureText('unknown-structure.xml');
    const s = await readUnXml({ path: fixture('unknown-structure.xml') });
    const [person, group] = s.parties;
    assert.ok(person && group);
    assert.equal(person.caption, 'AL & CO'); // CDATA is text, not dropped
    assert.deepEqual(person.extra, [
      { field: 'INDIVIDUAL/DELISTED_ON', value: '2026-01-01' },
      { field: 'INDIVIDUAL/NATIONALITY/text()', value: 'Egypt' },
      { field: 'INDIVIDUAL/BIOMETRICS/HEIGHT', value: '180' },
      { field: 'INDIVIDUAL/INDIVIDUAL_ALIAS/@lang', value: 'ar' },
      { field: 'INDIVIDUAL/INDIVIDUAL_ALIAS/QUALITY', value: 'n.k.a.' },
      { field: 'INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/TYPE_OF_DATE', value: 'BEFORE' },
      { field: 'INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/YEAR', value: '1970' },
    ]);
    assert.deepEqual(person.names[1], { type: 'alias', full: 'NEW NAME', quality: 'unspecified' });
    assert.deepEqual(person.nationalities, []);
    assert.deepEqual(person.birthDates, []);
    assert.deepEqual(group.extra, [{ field: 'ENTITY/GENDER', value: 'Male' }]);
    assert.deepEqual(group.genders, []);
    const at = (needle: string) => {
      const { line, column } = locate(text, needle);
      return `unknown-structure.xml:${line}:${column}`;
    };
    assert.deepEqual(
      s.warnings.map((w) => [w.at, w.referenceNumber ?? null, w.message]),
      [
        [at('<DELISTED_ON>'), 'QDi.901', 'unknown element INDIVIDUAL/DELISTED_ON; kept in extra'],
        [at('<NATIONALITY>'), 'QDi.901', 'unexpected text directly inside INDIVIDUAL/NATIONALITY; kept in extra'],
        [at('<BIOMETRICS>'), 'QDi.901', 'unknown element INDIVIDUAL/BIOMETRICS; kept in extra'],
        [at('<INDIVIDUAL_ALIAS'), 'QDi.901', 'unknown attribute INDIVIDUAL/INDIVIDUAL_ALIAS/@lang; kept in extra'],
        [at('<QUALITY>'), 'QDi.901', 'unknown alias QUALITY "n.k.a."; read as unspecified, kept in extra'],
        [at('<TYPE_OF_DATE>'), 'QDi.901', 'INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH has unknown TYPE_OF_DATE "BEFORE"; kept in extra'],
        [at('<GENDER>'), 'QDe.901', 'unknown element ENTITY/GENDER; kept in extra'],
        [at('<VESSELS>'), null, 'unknown element CONSOLIDATED_LIST/VESSELS outside any record; ignored'],
      ],
    );
  });

  test('an empty list and a list without dateGenerated are read, with a warning', async () => {
    const empty = await readUnXml({ bytes: Buffer.from('<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>'), name: 'e.xml' });
    assert.deepEqual(empty.parties, []);
    assert.equal(empty.generatedAt, undefined);
    assert.deepEqual(empty.warnings.map((w) => w.message), [
      'CONSOLIDATED_LIST has no dateGenerated; the snapshot has no generation date',
      'the list contains no INDIVIDUAL or ENTITY records',
    ]);
  });

  test('XML input given as chunks reaches the same handlers as a file', async () => {
    const names: string[] = [];
    const input: XmlInput = { chunks: byteByByte(Buffer.from(BASE)), name: 'chunks.xml' };
    await parseXmlSafely(input, () => ({ open: (e) => names.push(`${e.name}@${e.at.line}:${e.at.column}`), close() {}, text() {} }));
    assert.deepEqual(names, ['CONSOLIDATED_LIST@2:1', 'INDIVIDUALS@3:3', 'INDIVIDUAL@4:5', 'FIRST_NAME@5:7', 'REFERENCE_NUMBER@6:7']);
  });
});
