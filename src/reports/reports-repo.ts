/**
 * Reports kept in the database (table `reports`) and their four-eyes filing. Each step runs the pure
 * rules of filing.ts on the stored row inside one transaction, writes the new state and appends the
 * audit entry with the stored copy's SHA-256 (audit actions report.prepare / approve / return / file),
 * so the state and its trace commit together. Before approving or filing, the stored bytes are hashed
 * again: a copy altered in the database after it was prepared no longer matches its recorded hash and
 * is refused. Downloads of the copy are audited as `export`.
 *
 * People: the maker is whoever prepared the report, the checker another person (filing.ts refuses
 * the same name, and the table's check constraint refuses it again).
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import type { Db } from '../store/database.js';
import { reports, type ReportKind } from '../store/schema/reports.js';
import { check, FilingError, FILING_AUDIT_ACTIONS, markFiled, prepare, storedCopy, type FilingRecord, type FilingState, type FilingStep } from './filing.js';
import type { PreparedContent } from './prepare-from-case.js';

export type ReportRow = typeof reports.$inferSelect;

/** The first history step also keeps the case file the report was built from (to print it again). */
export type StoredStep = FilingStep & { caseFile?: unknown };

export class ReportNotFoundError extends Error {
  constructor(readonly reportId: number) {
    super(`no report ${reportId}`);
    this.name = 'ReportNotFoundError';
  }
}

const AUDIT_ACTION: Record<FilingState, AuditAction> = FILING_AUDIT_ACTIONS;

export function filingRecordOf(row: ReportRow): FilingRecord {
  return {
    reportId: String(row.id),
    kind: row.kind,
    state: row.state,
    maker: row.maker,
    ...(row.checker ? { checker: row.checker } : {}),
    copy: { sha256: row.sha256, bytes: row.bytes, mediaType: row.mediaType },
    ...(row.authorityReference ? { authorityReference: row.authorityReference } : {}),
    history: (row.history as StoredStep[]).map(({ caseFile: _caseFile, ...step }) => step),
  };
}

/** The case file kept with the first step, or undefined for a row written without one. */
export function caseFileOf(row: ReportRow): unknown {
  return (row.history as StoredStep[])[0]?.caseFile;
}

function auditEvent(row: ReportRow, step: FilingStep, actor: AuditActor, extra: Record<string, unknown> = {}) {
  return {
    actor,
    action: AUDIT_ACTION[step.state],
    subjectType: 'report',
    subjectId: row.id,
    payload: {
      kind: row.kind,
      reportCode: row.reportCode,
      caseId: row.caseId,
      sha256: step.sha256,
      bytes: row.bytes,
      by: step.by,
      ...(step.note ? { note: step.note } : {}),
      ...(step.state === 'filed' && row.authorityReference ? { authorityReference: row.authorityReference } : {}),
      ...extra,
    },
    at: new Date(step.at),
  };
}

export interface CreateReportInput {
  caseId: number;
  prepared: PreparedContent;
  /** The person preparing it (the maker). */
  maker: string;
  /** How the audit log names the actor ("user:alice"); defaults to the maker as a user. */
  actor?: AuditActor;
  /** Recorded with the audit entry, e.g. the operating-system user of a CLI run. */
  via?: string;
}

export async function createReport(db: Db, input: CreateReportInput, now: Date = new Date()): Promise<ReportRow> {
  const p = input.prepared;
  const copy = storedCopy(p.content, p.mediaType);
  // filing.ts names the maker and stamps the step; the row's id is known only after the insert.
  const record = prepare({ reportId: 'new', kind: p.kind, maker: input.maker, copy, at: now });
  const first: StoredStep = { ...record.history[0]!, caseFile: p.caseFile };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({
        caseId: input.caseId,
        kind: p.kind,
        reportCode: p.reportCode,
        profile: p.profile,
        state: record.state,
        maker: record.maker,
        mediaType: p.mediaType,
        content: p.content,
        sha256: copy.sha256,
        bytes: copy.bytes,
        validationErrors: p.validationErrors,
        history: [first],
        dueAt: p.dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('report was not inserted');
    await appendAudit(tx, auditEvent(row, record.history[0]!, input.actor ?? `user:${record.maker}`, { validationErrors: p.validationErrors.length, ...(input.via ? { via: input.via } : {}) }));
    return row;
  });
}

export async function getReport(db: Db, id: number): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

export interface ReportFilter {
  caseId?: number;
  state?: FilingState;
  kind?: ReportKind;
  before?: number;
  limit?: number;
}

export async function listReports(db: Db, filter: ReportFilter = {}): Promise<ReportRow[]> {
  const conditions: SQL[] = [];
  if (filter.caseId !== undefined) conditions.push(eq(reports.caseId, filter.caseId));
  if (filter.state) conditions.push(eq(reports.state, filter.state));
  if (filter.kind) conditions.push(eq(reports.kind, filter.kind));
  if (filter.before !== undefined) conditions.push(lt(reports.id, filter.before));
  return db
    .select()
    .from(reports)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(reports.id))
    .limit(filter.limit ?? 200);
}

/** The stored copy's hash, recomputed from the bytes: refuses a copy changed behind the log's back. */
function verifiedHash(row: ReportRow): string {
  const actual = storedCopy(row.content, row.mediaType).sha256;
  if (actual !== row.sha256) throw new FilingError('hash-mismatch', `report ${row.id}: the stored copy's bytes hash to ${actual.slice(0, 12)}, not the recorded ${row.sha256.slice(0, 12)}: it was changed after it was prepared`);
  return actual;
}

async function step(
  db: Db,
  id: number,
  actor: AuditActor,
  via: string | undefined,
  apply: (row: ReportRow, record: FilingRecord) => FilingRecord,
  extraColumns: (record: FilingRecord, now: Date) => Partial<typeof reports.$inferInsert> = () => ({}),
  now: Date = new Date(),
): Promise<ReportRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
    if (!row) throw new ReportNotFoundError(id);
    const next = apply(row, filingRecordOf(row));
    const last = next.history[next.history.length - 1]!;
    const history = [...(row.history as StoredStep[]), last];
    const [updated] = await tx
      .update(reports)
      .set({ state: next.state, checker: next.checker ?? null, history, updatedAt: now, ...extraColumns(next, now) })
      .where(eq(reports.id, id))
      .returning();
    await appendAudit(tx, auditEvent(updated!, last, actor, via ? { via } : {}));
    return updated!;
  });
}

export interface PersonStep {
  /** The person acting. */
  by: string;
  actor?: AuditActor;
  via?: string;
  now?: Date;
}

/** The checker approves the bytes they reviewed (`sha256`); a report with validation errors cannot be approved. */
export function approveReport(db: Db, id: number, input: PersonStep & { sha256: string; note?: string }): Promise<ReportRow> {
  const now = input.now ?? new Date();
  return step(
    db,
    id,
    input.actor ?? `user:${input.by}`,
    input.via,
    (row, record) => {
      const errors = (row.validationErrors as unknown[]).length;
      if (errors > 0) throw new FilingError('invalid-transition', `report ${row.id} has ${errors} validation error(s); prepare a corrected one from the case before approving`);
      verifiedHash(row);
      return check(record, { checker: input.by, decision: 'approve', sha256: input.sha256, at: now, ...(input.note ? { note: input.note } : {}) });
    },
    undefined,
    now,
  );
}

/** The checker sends it back to the maker with a note; the maker prepares a new one from the case. */
export function returnReport(db: Db, id: number, input: PersonStep & { note: string }): Promise<ReportRow> {
  const now = input.now ?? new Date();
  return step(db, id, input.actor ?? `user:${input.by}`, input.via, (row, record) => check(record, { checker: input.by, decision: 'return', sha256: row.sha256, at: now, note: input.note }), undefined, now);
}

/** Marked filed once sent: only an approved report, only its approved bytes. */
export function fileReport(db: Db, id: number, input: PersonStep & { authorityReference?: string }): Promise<ReportRow> {
  const now = input.now ?? new Date();
  return step(
    db,
    id,
    input.actor ?? `user:${input.by}`,
    input.via,
    (row, record) => markFiled(record, { by: input.by, sha256: verifiedHash(row), at: now, ...(input.authorityReference ? { authorityReference: input.authorityReference } : {}) }),
    (record, at) => ({ filedAt: at, authorityReference: record.authorityReference ?? null }),
    now,
  );
}

/** Record that the copy (or its printable page) left the system, with the hash of what left. */
export async function recordExport(db: Db, row: ReportRow, input: { actor: AuditActor; format: 'content' | 'html'; sha256: string }): Promise<void> {
  await appendAudit(db, {
    actor: input.actor,
    action: 'export',
    subjectType: 'report',
    subjectId: row.id,
    payload: { kind: row.kind, reportCode: row.reportCode, caseId: row.caseId, state: row.state, format: input.format, sha256: input.sha256, reportSha256: row.sha256 },
  });
}
