/**
 * The audit entry that records a batch of monitored events: ONE `event.process` entry per
 * transaction, listing every event the transaction recorded (its monitoring_events row id, kind,
 * event id, outcome, reasons, rule-pack version and the SHA-256 of its canonical JSON). The hash
 * chain covers the payload, so each event's outcome and content stay proven; an entry per event
 * made the chain's rows (and the row trigger that checks each link) the largest cost of recording.
 * Cases, rule alerts, blocks and refusals keep an entry each: they are the subjects people work on.
 *
 * subjectType 'monitoring-event-batch', subjectId the first listed row id; the payload is the record.
 */
import type { AuditActor } from '../cases/audit-actions.js';
import type { AuditEvent } from '../cases/audit-log.js';

export interface ProcessedEventRecord {
  /** monitoring_events.id */
  id: number;
  eventId: string;
  kind: string;
  outcome: string;
  reasons: string[];
  rulePack: string;
  eventHash: string;
}

export const BATCH_SUBJECT = 'monitoring-event-batch';

/** The batch's `event.process` entry, or undefined when the transaction recorded no event. */
export function processedEntry(events: readonly ProcessedEventRecord[], actor: AuditActor, at: Date): AuditEvent | undefined {
  if (events.length === 0) return undefined;
  return { actor, action: 'event.process', subjectType: BATCH_SUBJECT, subjectId: events[0]!.id, payload: { events }, at };
}
