/**
 * Filing a report, four eyes: a maker prepares it, a different person checks it (approves or returns
 * it), and only an approved report can be marked filed. Pure functions over an immutable record,
 * like the case decisions' rules (src/cases/four-eyes.ts), so the same rules serve the CLI, the API
 * and the tests. Each step binds to the exact bytes checked: the stored copy's SHA-256. A report
 * changed after the check no longer matches the hash and must be checked again.
 *
 * The audit log belongs to src/cases; reports reach it through the small AuditSink interface below,
 * which the application wires to appendAudit (src/cases/audit-log.ts).
 */
import { createHash } from 'node:crypto';

export const FILING_STATES = ['prepared', 'approved', 'returned', 'filed'] as const;
export type FilingState = (typeof FILING_STATES)[number];

export interface StoredCopy {
  /** SHA-256 of the exact bytes that will be (or were) sent. */
  sha256: string;
  bytes: number;
  /** Where the copy is kept, when stored on disk. */
  path?: string;
  mediaType: string;
}

export interface FilingStep {
  state: FilingState;
  by: string;
  at: string;
  note?: string;
  sha256: string;
}

export interface FilingRecord {
  reportId: string;
  kind: string;
  state: FilingState;
  maker: string;
  checker?: string;
  copy: StoredCopy;
  /** The authority's acknowledgement or reference, once filed. */
  authorityReference?: string;
  history: FilingStep[];
}

export class FilingError extends Error {
  constructor(
    readonly code: 'four-eyes' | 'invalid-transition' | 'hash-mismatch' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'FilingError';
  }
}

export function storedCopy(content: string | Uint8Array, mediaType: string, path?: string): StoredCopy {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength, mediaType, ...(path ? { path } : {}) };
}

function who(user: string, role: string): string {
  if (typeof user !== 'string' || user.trim() === '') throw new FilingError('invalid', `the ${role} must be named`);
  return user.trim();
}

/** The maker's step. Preparing again (after a return) replaces the copy and starts a new check. */
export function prepare(input: { reportId: string; kind: string; maker: string; copy: StoredCopy; at: Date; note?: string }, previous?: FilingRecord): FilingRecord {
  const maker = who(input.maker, 'maker');
  if (previous && previous.state !== 'returned') {
    throw new FilingError('invalid-transition', `report ${previous.reportId} is ${previous.state}; only a returned report can be prepared again`);
  }
  const step: FilingStep = { state: 'prepared', by: maker, at: input.at.toISOString(), sha256: input.copy.sha256, ...(input.note ? { note: input.note } : {}) };
  return { reportId: input.reportId, kind: input.kind, state: 'prepared', maker, copy: input.copy, history: [...(previous?.history ?? []), step] };
}

/**
 * The checker's step: approve or return. The checker cannot be the maker, and checks the bytes the
 * maker prepared: `sha256` is the hash of what the checker reviewed.
 */
export function check(record: FilingRecord, input: { checker: string; decision: 'approve' | 'return'; sha256: string; at: Date; note?: string }): FilingRecord {
  const checker = who(input.checker, 'checker');
  if (record.state !== 'prepared') throw new FilingError('invalid-transition', `report ${record.reportId} is ${record.state}, not prepared: nothing to check`);
  if (checker === record.maker) throw new FilingError('four-eyes', `four eyes: ${checker} prepared report ${record.reportId} and cannot check it; a second person must`);
  if (input.sha256 !== record.copy.sha256) {
    throw new FilingError('hash-mismatch', `the report checked (sha256 ${input.sha256.slice(0, 12)}) is not the one prepared (sha256 ${record.copy.sha256.slice(0, 12)})`);
  }
  if (input.decision === 'return' && !input.note?.trim()) throw new FilingError('invalid', 'returning a report needs a note saying what to fix');
  const state: FilingState = input.decision === 'approve' ? 'approved' : 'returned';
  const step: FilingStep = { state, by: checker, at: input.at.toISOString(), sha256: record.copy.sha256, ...(input.note ? { note: input.note } : {}) };
  return { ...record, state, checker, history: [...record.history, step] };
}

/** Marked filed once sent to the authority; only an approved report, and only its approved bytes. */
export function markFiled(record: FilingRecord, input: { by: string; sha256: string; at: Date; authorityReference?: string }): FilingRecord {
  const by = who(input.by, 'filer');
  if (record.state !== 'approved') throw new FilingError('invalid-transition', `report ${record.reportId} is ${record.state}; it must be approved by a checker before it is filed`);
  if (input.sha256 !== record.copy.sha256) throw new FilingError('hash-mismatch', 'the file sent is not the one the checker approved');
  const step: FilingStep = { state: 'filed', by, at: input.at.toISOString(), sha256: record.copy.sha256 };
  return { ...record, state: 'filed', ...(input.authorityReference ? { authorityReference: input.authorityReference } : {}), history: [...record.history, step] };
}

/** The audit log's action for each step (src/cases/audit-actions.ts names them by the verb). */
export const FILING_AUDIT_ACTIONS = { prepared: 'report.prepare', approved: 'report.approve', returned: 'report.return', filed: 'report.file' } as const satisfies Record<FilingState, string>;

export interface ReportAuditEvent {
  /** "user:<name>" as the audit log writes actors. */
  actor: `user:${string}`;
  action: (typeof FILING_AUDIT_ACTIONS)[FilingState];
  subjectType: 'report';
  subjectId: string;
  payload: { kind: string; sha256: string; bytes: number; note?: string; authorityReference?: string };
  at: Date;
}

/** Where filing steps are recorded. The application passes an adapter over src/cases/audit-log.ts. */
export interface AuditSink {
  append(event: ReportAuditEvent): Promise<void>;
}

/** The audit event for the record's latest step. */
export function auditEventFor(record: FilingRecord): ReportAuditEvent {
  const last = record.history[record.history.length - 1];
  if (!last) throw new FilingError('invalid', `report ${record.reportId} has no filing step`);
  return {
    actor: `user:${last.by}`,
    action: FILING_AUDIT_ACTIONS[last.state],
    subjectType: 'report',
    subjectId: record.reportId,
    payload: {
      kind: record.kind,
      sha256: last.sha256,
      bytes: record.copy.bytes,
      ...(last.note ? { note: last.note } : {}),
      ...(last.state === 'filed' && record.authorityReference ? { authorityReference: record.authorityReference } : {}),
    },
    at: new Date(last.at),
  };
}

/** Apply a step and record it; the record is returned only once the sink has taken the event. */
export async function recordStep(sink: AuditSink, record: FilingRecord): Promise<FilingRecord> {
  await sink.append(auditEventFor(record));
  return record;
}
