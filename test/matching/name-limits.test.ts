/**
 * names/name-limits.ts (engine 1.83.0): a query or watch-list name longer than 500 characters or of
 * more than 60 words, a word of more than 64 letters, or a property with more than 200 values is
 * refused with an error naming the line and field, and the rest of the batch goes on. Up to 1.82.0
 * such a line was read: a name of one 22,000-letter word stalled a screening for minutes (the
 * analysis re-read the rest of the word at every "abd" in it: arabic.ts mergedAbdAt, now bounded
 * too), 100,000 names in one query took a quadratic pass to remove repeats.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCustomCsv, readCustomJsonl } from '../../src/lists/custom.js';
import { ListFormatError } from '../../src/lists/errors.js';
import { mergedAbdAt } from '../../src/names/arabic.js';
import { LONGEST_NAME, LONGEST_WORD, MOST_WORDS, nameTooLong } from '../../src/names/name-limits.js';
import { analyseName } from '../../src/names/tokens.js';
import { parseQuery, QueryError } from '../../src/matching/query.js';

const refused = (raw: Record<string, unknown>, pattern: RegExp) =>
  assert.throws(() => parseQuery(raw, 'line 7'), (e: unknown) => e instanceof QueryError && e.field === 'name' && pattern.test(e.message), JSON.stringify(raw).slice(0, 60));

test('a query name too long, or with a word too long, or too many names, is refused naming the line and field', () => {
  refused({ name: 'Mohammed Ali '.repeat(60) }, /^line 7: name: 779 characters; a name may hold at most 500$/);
  refused({ name: `Abu ${'abdulrahman'.repeat(7)}` }, /^line 7: name: a word of 77 letters \("abdulrahmanabdulrahm\.\.\."\); a word of a name may hold at most 64$/);
  refused({ name: Array.from({ length: 201 }, (_, i) => `Name ${i}`) }, /^line 7: name: 201 values; a query may give at most 200$/);
  refused({ name: 'A '.repeat(61).trim() }, /^line 7: name: 61 words; a name may hold at most 60$/);
});

test('the longest real names pass: 193 characters, a word of 33 letters, 200 aliases', () => {
  const un193 = 'Abdel Ilah Sabri (false identity related to fraudulent South African identification number 6910275240086 linked to South African passport number 434021161, both issued under the name Abdel Ilah Sabri)';
  assert.equal(nameTooLong(un193.slice(0, 193)), undefined);
  assert.equal(parseQuery({ name: 'SHENZHONGGUOJIHAIYUNYOUXIANGONGSI' }).name.length, 1);
  assert.equal(parseQuery({ name: 'x'.repeat(LONGEST_WORD) }).name.length, 1);
  assert.equal(parseQuery({ name: `${'Abdulrahman '.repeat(MOST_WORDS)}`.trim().slice(0, LONGEST_NAME) }).name.length, 1);
  assert.equal(parseQuery({ name: Array.from({ length: 200 }, (_, i) => `Name ${i}`) }).name.length, 200);
});

test('a watch-list row with a name or alias too long is refused naming the file, line and field', () => {
  const csv = `id,name,alias\nw1,Acme Trading,\nw2,Beta Holdings,${'x'.repeat(65)}\n`;
  assert.throws(() => readCustomCsv(csv, 'ours.csv', 'ours'), (e: unknown) => e instanceof ListFormatError && e.line === 3 && e.field === 'alias' && /^ours\.csv:3.*alias: a word of 65 letters/.test(e.message));
  const jsonl = `{"id":"w1","name":"Acme"}\n{"id":"w2","name":"${'Acme '.repeat(120)}"}\n`;
  assert.throws(() => readCustomJsonl(jsonl, 'ours.jsonl', 'ours'), (e: unknown) => e instanceof ListFormatError && e.line === 2 && e.field === 'name');
});

test('an Abd run onto the word before it is looked for only in words of 64 letters or fewer', () => {
  assert.equal(mergedAbdAt('qaziabdullah'), 4);
  assert.equal(mergedAbdAt(`${'ka'.repeat(27)}abdullah`), 54);
  // Up to 1.82.0 every "abd" of a longer word was read too: 'abdulrahman' x 2,000 took minutes.
  assert.equal(mergedAbdAt(`${'ka'.repeat(30)}abdullah`), undefined);
  assert.ok(analyseName('abdulrahman'.repeat(40)).tokens.length > 0);
});
