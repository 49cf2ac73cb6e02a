/**
 * The INSERT statements of the recorded monitoring path (src/monitoring/event-store.ts): events,
 * history, cases and rule alerts each go in as ONE JSON array parameter per statement, unpacked by
 * jsonb_array_elements in array order (WITH ORDINALITY), rather than as drizzle multi-row values or
 * a statement per row: ten parameters per row made drizzle's parameter handling the largest item of
 * a worker's profile, and a case per statement was a round trip per alerted event.
 *
 * The array travels as UTF-8 bytes (a bytea parameter, `convert_from(...)::jsonb` in SQL) built row
 * by row, not as one JavaScript string: JSON.stringify of a whole batch (half a megabyte) returns a
 * string made of pieces, which the driver then had to flatten, measure and encode before sending;
 * with non-Latin-1 text in it (Arabic remittance lines) that took about as long as serialising.
 * Per-row buffers joined once cost a third of that (a micro-benchmark of 512 rows: 5.6 ms -> 2.0 ms).
 * JSON.stringify writes lone surrogates as \u escapes, so the UTF-8 bytes lose nothing. On PGlite
 * the same bytes made recording a third slower (its driver turns a bytea parameter into text in
 * JavaScript), so there the array stays one string: the form is chosen by the driver (sendsBytes).
 *
 * Bigint ids come back as text (PGlite and pg return bigints differently; src/store/rows.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import type { Db } from '../store/database.js';
import { queryRows } from '../store/rows.js';
import type { HistoryRecord } from './history.js';

export interface EventRowInput {
  eventId: string;
  kind: string;
  /**
   * The event as JSON text: its canonical JSON (the text eventHash is taken over), spliced into the
   * statement's parameter as it is rather than serialised a second time.
   */
  eventJson: string;
  eventHash: string;
  occurredAt: string;
  outcome: string;
  rulePack: string;
  /** The decision as stored (without its history records), as JSON text (event-store.ts storedDecisionJson). */
  decisionJson: string;
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/**
 * One element of a JSON array: a JSON text, or several JSON texts to be written as a JSON array of
 * them. The pieces go into the bytes one by one, so a row made of a stored text (an event's
 * canonical JSON) and the rest of its fields is never concatenated and flattened into a new string.
 */
type JsonItem = string | readonly string[];

/** A JSON array of these items, as UTF-8 bytes (see the file comment). */
function jsonArrayBytes(items: readonly JsonItem[]): Buffer {
  const parts: Buffer[] = [OPEN];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(COMMA);
    const item = items[i]!;
    if (typeof item === 'string') {
      parts.push(Buffer.from(item));
      continue;
    }
    parts.push(OPEN);
    for (let j = 0; j < item.length; j++) {
      if (j > 0) parts.push(COMMA);
      parts.push(Buffer.from(item[j]!));
    }
    parts.push(CLOSE);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

const ENTITY_KIND = Symbol.for('drizzle:entityKind');

/** True on node-postgres, whose driver sends a Buffer parameter as it is (drizzle names its session classes). */
function sendsBytes(tx: Db): boolean {
  const session = (tx as unknown as { session?: { constructor: Record<symbol, unknown> } }).session;
  return session?.constructor[ENTITY_KIND] === 'NodePgSession';
}

/** `values` as a jsonb array in SQL. */
function jsonRows(tx: Db, values: readonly unknown[]): SQL {
  return jsonArrayOf(tx, values.map((v) => JSON.stringify(v)));
}

function jsonArrayOf(tx: Db, items: readonly JsonItem[]): SQL {
  if (sendsBytes(tx)) return sql`convert_from(${jsonArrayBytes(items)}::bytea, 'UTF8')::jsonb`;
  return sql`${`[${items.map((item) => (typeof item === 'string' ? item : `[${item.join(',')}]`)).join(',')}]`}::jsonb`;
}

/**
 * The event rows, each `[event, [eventId, kind, eventHash, occurredAt, outcome, rulePack], decision]`:
 * the event's and the decision's texts placed as they are, the other fields as a positional array
 * (field names repeated in every row were bytes on the socket, and their parsing server-side, for
 * nothing).
 */
function eventRows(tx: Db, rows: readonly EventRowInput[]): SQL {
  return jsonArrayOf(
    tx,
    rows.map((r) => [r.eventJson, JSON.stringify([r.eventId, r.kind, r.eventHash, r.occurredAt, r.outcome, r.rulePack]), r.decisionJson]),
  );
}

/** Inserts the events not recorded yet (ON CONFLICT DO NOTHING) and returns the rows it inserted. */
export async function insertEvents(tx: Db, rows: EventRowInput[], now: Date): Promise<{ id: string | number; kind: string; event_id: string }[]> {
  return queryRows(
    tx,
    sql`insert into monitoring_events (event_id, kind, event, event_hash, occurred_at, received_at, processed_at, outcome, rule_pack_versions, decision)
        select r->1->>0, r->1->>1, r->0, r->1->>2, (r->1->>3)::timestamptz, ${now.toISOString()}::timestamptz,
               ${now.toISOString()}::timestamptz, r->1->>4, jsonb_build_array(r->1->>5), r->2
          from jsonb_array_elements(${eventRows(tx, rows)}) with ordinality as t(r, n)
         order by n
        on conflict (kind, event_id) do nothing
        returning id::text as id, kind, event_id`,
  );
}

/**
 * A history row to insert, positional (the columns of insertHistory in order): no field names
 * written per row, and no object built per row only to be serialised.
 */
export type HistoryRowInput = [
  monitoringEventId: number,
  eventId: string,
  date: string,
  partyKey: string,
  kind: string,
  counterparty: string | null,
  usdMinor: number | null,
  quantityM3: number | null,
  tags: string[],
];

export async function insertHistory(tx: Db, rows: readonly HistoryRowInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into monitoring_history (monitoring_event_id, event_id, date, party_key, kind, counterparty, usd_minor, quantity_m3, tags)
        select (r->>0)::bigint, r->>1, r->>2, r->>3, r->>4, r->>5, (r->>6)::bigint, (r->>7)::float8, r->8
          from jsonb_array_elements(${jsonRows(tx, rows)}) with ordinality as t(r, n)
         order by n`,
  );
}

/**
 * Opens one case per title (party_id null: a case of a monitored event) and returns their ids in
 * the titles' order. The ids come from one sequence, taken row by row in insertion order within the
 * statement, so sorted ascending they are the rows in array order whatever order RETURNING uses.
 */
export async function insertCases(tx: Db, titles: readonly string[], actor: AuditActor, now: Date): Promise<number[]> {
  if (titles.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`insert into cases (party_id, state, title, created_by, created_at, updated_at)
        select null, 'open', t.title, ${actor}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
          from jsonb_array_elements_text(${JSON.stringify(titles)}::jsonb) with ordinality as t(title, n)
         order by n
        returning id::text as id`,
  );
  if (rows.length !== titles.length) throw new Error(`${titles.length} cases to open, ${rows.length} inserted`);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

export interface AlertRowInput {
  monitoringEventId: number;
  caseId: number;
  pack: string;
  packVersion: string;
  ruleId: string;
  reasonCode: string;
  severity: string;
  evidence: unknown;
  hardControl: string | null;
}

export interface InsertedAlert {
  id: number;
  monitoringEventId: number;
  ruleId: string;
  hardControl: string | null;
  caseId: number;
}

/** Inserts open rule alerts; each returned row names its event and rule, so no order is relied on. */
export async function insertRuleAlerts(tx: Db, rows: readonly AlertRowInput[], now: Date): Promise<InsertedAlert[]> {
  if (rows.length === 0) return [];
  const inserted = await queryRows<{ id: string; monitoring_event_id: string; rule_id: string; hard_control: string | null; case_id: string }>(
    tx,
    sql`insert into rule_alerts (monitoring_event_id, case_id, pack, pack_version, rule_id, reason_code, severity, evidence, hard_control, state, created_at, updated_at)
        select (r->>'monitoringEventId')::bigint, (r->>'caseId')::bigint, r->>'pack', r->>'packVersion', r->>'ruleId', r->>'reasonCode', r->>'severity',
               r->'evidence', r->>'hardControl', 'open', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
          from jsonb_array_elements(${jsonRows(tx, rows)}) with ordinality as t(r, n)
         order by n
        returning id::text as id, monitoring_event_id::text as monitoring_event_id, rule_id, hard_control, case_id::text as case_id`,
  );
  return inserted.map((r) => ({ id: Number(r.id), monitoringEventId: Number(r.monitoring_event_id), ruleId: r.rule_id, hardControl: r.hard_control, caseId: Number(r.case_id) }));
}

/**
 * Which of these (kind, event id) pairs are recorded already. Matched on both columns, so the
 * unique index on (kind, event_id) serves it: on event_id alone PostgreSQL cannot use that index
 * and reads the whole table, a cost that grows with every event ever recorded.
 */
export async function recordedKeys(tx: Db, events: readonly { kind: string; id: string }[]): Promise<{ kind: string; event_id: string }[]> {
  if (events.length === 0) return [];
  return queryRows(
    tx,
    sql`select m.kind, m.event_id from monitoring_events m
         where (m.kind, m.event_id) in (select r->>'kind', r->>'id' from jsonb_array_elements(${JSON.stringify(events.map((e) => ({ kind: e.kind, id: e.id })))}::jsonb) r)`,
  );
}

/**
 * Records of these kinds only, plus every record of these event ids whatever its kind (selectHistory).
 * The ids are the batch's own events: the in-memory history skips committing an event id it holds
 * already (history.ts commit), so a stored record under the same id (another kind of event with
 * that id) must still be loaded for the batch to be judged as before.
 */
export interface HistoryKindFilter {
  kinds: readonly string[];
  eventIds: readonly string[];
}

/** What a batch reads of history before judging (selectHistory). */
export interface HistoryRead {
  records: HistoryRecord[];
  /** [party key, counterparty, first date they met]; empty unless asked for. */
  firstSeen: [string, string, string][];
}

/**
 * History records about these parties dated from `fromDate` (undefined: from the start) up to
 * `maxDate`, oldest row first, and, with `withFirstSeen`, the first date each two of these
 * parties met up to `maxDate` (first-seen rules look back forever; only pairs of these parties: a
 * first-seen rule asks about two parties of one event, the debtor and the creditor, and all of a
 * party's counterparties would grow with every payment). One statement, the party keys sent once.
 *
 * Both come back as JSON text PostgreSQL built, the records in their own shape (HistoryRecord:
 * fields in its order, absent rather than null), each parsed by one JSON.parse: read as rows, the
 * driver decoded each of a batch's several hundred rows field by field (a type parser per field,
 * JSON.parse of each row's tags) into an object that was then copied into a record, and the
 * first-seen pairs were a second round trip. Values are the same: a bigint and a float8 are
 * written into JSON with the digits of their text form (JSON.parse then rounds as Number() of that
 * text did); NaN and infinities cannot be stored (insertHistory goes through JSON, which has none).
 */
export async function selectHistory(tx: Db, partyKeys: readonly string[], maxDate: string, fromDate: string | undefined, withFirstSeen: boolean, only?: HistoryKindFilter): Promise<HistoryRead> {
  if (partyKeys.length === 0) return { records: [], firstSeen: [] };
  const firstSeen = withFirstSeen
    ? sql`(select coalesce(json_agg(json_build_array(party_key, counterparty, date)), '[]')::text
             from (select party_key, counterparty, min(date) as date
                     from monitoring_history
                    where party_key in (select key from k) and date <= ${maxDate} and counterparty in (select key from k)
                    group by party_key, counterparty) f)`
    : sql`'[]'`;
  const kindFilter = only
    ? sql` and (kind in (select jsonb_array_elements_text(${JSON.stringify(only.kinds)}::jsonb))
                            or event_id in (select jsonb_array_elements_text(${JSON.stringify(only.eventIds)}::jsonb)))`
    : sql``;
  const [row] = await queryRows<{ records: string; first_seen: string }>(
    tx,
    sql`with k as (select jsonb_array_elements_text(${JSON.stringify(partyKeys)}::jsonb) as key)
        select (select coalesce(json_agg(json_strip_nulls(json_build_object('eventId', event_id, 'date', date, 'key', party_key, 'kind', kind, 'tags', tags,
                         'counterparty', counterparty, 'usdMinor', usd_minor, 'quantityM3', quantity_m3)) order by id), '[]')::text
                  from monitoring_history
                 where party_key in (select key from k) and date <= ${maxDate} and date >= ${fromDate ?? ''}${kindFilter}) as records,
               ${firstSeen} as first_seen`,
  );
  return { records: JSON.parse(row!.records) as HistoryRecord[], firstSeen: JSON.parse(row!.first_seen) as [string, string, string][] };
}
