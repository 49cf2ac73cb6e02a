import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { check, FilingError, markFiled, prepare, recordStep, storedCopy, type AuditSink, type ReportAuditEvent } from '../../src/reports/filing.js';

const xml = '<?xml version="1.0" encoding="UTF-8"?><report>عمر</report>';
const copy = storedCopy(xml, 'application/xml');
const at = new Date('2026-02-10T10:00:00Z');

test('the stored copy carries the SHA-256 of the exact UTF-8 bytes', () => {
  assert.equal(copy.sha256, createHash('sha256').update(Buffer.from(xml, 'utf8')).digest('hex'));
  assert.equal(copy.bytes, Buffer.byteLength(xml, 'utf8'));
  assert.notEqual(storedCopy(`${xml}\n`, 'application/xml').sha256, copy.sha256);
});

test('maker prepares, another person approves, then it can be filed', () => {
  const prepared = prepare({ reportId: 'goaml-INT-1', kind: 'goaml', maker: 'lina', copy, at });
  assert.equal(prepared.state, 'prepared');
  const approved = check(prepared, { checker: 'sara', decision: 'approve', sha256: copy.sha256, at });
  assert.equal(approved.state, 'approved');
  const filed = markFiled(approved, { by: 'sara', sha256: copy.sha256, at, authorityReference: 'FIU-2026-778' });
  assert.equal(filed.state, 'filed');
  assert.deepEqual(filed.history.map((h) => [h.state, h.by]), [['prepared', 'lina'], ['approved', 'sara'], ['filed', 'sara']]);
  assert.equal(prepared.state, 'prepared', 'records are not mutated');
});

test('four eyes: the maker cannot check their own report', () => {
  const prepared = prepare({ reportId: 'r', kind: 'goaml', maker: 'lina', copy, at });
  assert.throws(() => check(prepared, { checker: 'lina', decision: 'approve', sha256: copy.sha256, at }), (e: unknown) => e instanceof FilingError && e.code === 'four-eyes');
  assert.throws(() => check(prepared, { checker: ' lina ', decision: 'approve', sha256: copy.sha256, at }), /four eyes/);
});

test('nothing is filed unapproved, and only the bytes that were checked', () => {
  const prepared = prepare({ reportId: 'r', kind: 'goaml', maker: 'lina', copy, at });
  assert.throws(() => markFiled(prepared, { by: 'sara', sha256: copy.sha256, at }), /must be approved/);
  const other = storedCopy('<report/>', 'application/xml').sha256;
  assert.throws(() => check(prepared, { checker: 'sara', decision: 'approve', sha256: other, at }), (e: unknown) => e instanceof FilingError && e.code === 'hash-mismatch');
  const approved = check(prepared, { checker: 'sara', decision: 'approve', sha256: copy.sha256, at });
  assert.throws(() => markFiled(approved, { by: 'sara', sha256: other, at }), /not the one the checker approved/);
  assert.throws(() => check(approved, { checker: 'omar', decision: 'approve', sha256: copy.sha256, at }), /not prepared/);
});

test('a returned report needs a note, and is prepared again before a new check', () => {
  const prepared = prepare({ reportId: 'r', kind: 'freeze', maker: 'lina', copy, at });
  assert.throws(() => check(prepared, { checker: 'sara', decision: 'return', sha256: copy.sha256, at }), /needs a note/);
  const returned = check(prepared, { checker: 'sara', decision: 'return', sha256: copy.sha256, at, note: 'add the attempted wire' });
  assert.throws(() => markFiled(returned, { by: 'sara', sha256: copy.sha256, at }), /returned/);
  const copy2 = storedCopy(`${xml}<!-- v2 -->`, 'application/xml');
  const again = prepare({ reportId: 'r', kind: 'freeze', maker: 'lina', copy: copy2, at }, returned);
  assert.equal(again.copy.sha256, copy2.sha256);
  assert.equal(again.history.length, 3);
  assert.throws(() => prepare({ reportId: 'r', kind: 'freeze', maker: 'lina', copy, at }, again), /only a returned report/);
});

test('each step is handed to the audit sink with the hash it binds to', async () => {
  const events: ReportAuditEvent[] = [];
  const sink: AuditSink = { append: async (e) => void events.push(e) };
  let r = await recordStep(sink, prepare({ reportId: 'goaml-INT-1', kind: 'goaml', maker: 'lina', copy, at }));
  r = await recordStep(sink, check(r, { checker: 'sara', decision: 'approve', sha256: copy.sha256, at }));
  await recordStep(sink, markFiled(r, { by: 'sara', sha256: copy.sha256, at, authorityReference: 'ACK-9' }));
  assert.deepEqual(events.map((e) => [e.actor, e.action, e.subjectId, e.payload.sha256]), [
    ['user:lina', 'report.prepare', 'goaml-INT-1', copy.sha256],
    ['user:sara', 'report.approve', 'goaml-INT-1', copy.sha256],
    ['user:sara', 'report.file', 'goaml-INT-1', copy.sha256],
  ]);
  assert.equal(events[2]!.payload.authorityReference, 'ACK-9');
  const failing: AuditSink = { append: async () => { throw new Error('audit log down'); } };
  await assert.rejects(recordStep(failing, r), /audit log down/);
});
