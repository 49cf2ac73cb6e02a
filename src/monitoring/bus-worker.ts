/**
 * Monitoring over a message bus (src/bus): `publishEvents` puts validated events on the bus, one
 * message per event with "<kind>:<id>" as message id; `startWorker` takes them off in batches,
 * judges and records each batch in one transaction (event-store.ts) and acks only after the commit. Kill a worker at any point
 * and its unacked events come again; the database's unique (kind, event_id) makes the second
 * delivery a no-op, so no event is lost and none is alerted twice.
 *
 * Messages carry the event already validated (its canonical JSON), not the raw input: a pacs.008
 * file or a CSV row becomes the same message as the equivalent JSON line, and a worker never meets
 * input it would have to refuse.
 */
import type { BusMessage, MessageBus, Subscription } from '../bus/message-bus.js';
import type { AuditActor } from '../cases/audit-actions.js';
import type { Db } from '../store/database.js';
import { EVENT_KINDS, type MonitoringEvent } from './events.js';
import { processAndStoreBatch, type ProcessedEvent } from './event-store.js';
import type { MonitorContext } from './process.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bus message id of an event: unique per kind, as the database's idempotency key is. */
export function messageId(e: Pick<MonitoringEvent, 'kind' | 'id'>): string {
  return `${e.kind}:${e.id}`;
}

export function encodeEvent(e: MonitoringEvent): Uint8Array {
  return encoder.encode(JSON.stringify(e));
}

/**
 * `id` names the message in the error: a string, or the message itself, whose id a bus may parse
 * from the wire only when read (no closure per message to defer it).
 */
export function decodeEvent(data: Uint8Array, id: string | { readonly id: string }): MonitoringEvent {
  const value = JSON.parse(decoder.decode(data)) as MonitoringEvent;
  if (!value || typeof value.id !== 'string' || !(EVENT_KINDS as readonly string[]).includes(value.kind)) {
    throw new Error(`message ${typeof id === 'string' ? id : id.id} is not a monitoring event`);
  }
  return value;
}

/** Publish events in date order (history reads the past first); returns how many the bus dropped as duplicates. */
export async function publishEvents(bus: MessageBus, events: readonly MonitoringEvent[]): Promise<{ published: number; duplicates: number }> {
  const ordered = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let duplicates = 0;
  for (const e of ordered) if ((await bus.publish(messageId(e), encodeEvent(e))).duplicate) duplicates += 1;
  return { published: ordered.length - duplicates, duplicates };
}

export interface WorkerOptions {
  actor: AuditActor;
  /** Called after each event is committed and acked (with the full decision unless it was a duplicate). */
  onOutcome?: (processed: ProcessedEvent) => void;
  /**
   * Called once per batch after its events are committed and acked (after onOutcome for each), with
   * their outcomes in delivery order: for a caller that writes them out in one go.
   */
  onOutcomes?: (processed: readonly ProcessedEvent[]) => void;
  /** Called for a message that cannot be an event: it is acked (never retried) and reported. */
  onPoison?: (id: string, error: Error) => void;
  /** Called when processing failed (the message will come again); the caller may stop the worker. */
  onError?: (id: string, error: Error) => void;
  /** Events per transaction at most (default: the bus's batch; JetStream's is 512). */
  maxBatch?: number;
}

export async function startWorker(bus: MessageBus, db: Db, monitor: Omit<MonitorContext, 'history'>, options: WorkerOptions): Promise<Subscription> {
  return bus.consume(async (messages) => {
    const events: MonitoringEvent[] = [];
    const carrying: BusMessage[] = [];
    for (const message of messages) {
      try {
        events.push(decodeEvent(message.data, message));
        carrying.push(message);
      } catch (err) {
        options.onPoison?.(message.id, err as Error);
        await message.ack();
      }
    }
    // The whole batch in one transaction; a failure here (database down, a deadlock) throws, and the
    // bus delivers the batch again later.
    let processed: ProcessedEvent[];
    try {
      processed = await processAndStoreBatch(db, monitor, events, { actor: options.actor });
    } catch (err) {
      options.onError?.(carrying.map((m) => m.id).join(', '), err as Error);
      throw err;
    }
    // Acked only now, after the commit. A bus may answer every ack of a turn with one shared
    // confirmation (JetStream: one flush), so only distinct promises are awaited.
    const confirmations: Promise<void>[] = [];
    let last: Promise<void> | undefined;
    for (const m of carrying) {
      const confirmed = m.ack();
      if (confirmed !== last) confirmations.push((last = confirmed));
    }
    await Promise.all(confirmations);
    if (options.onOutcome) for (const p of processed) options.onOutcome(p);
    options.onOutcomes?.(processed);
  }, options.maxBatch !== undefined ? { maxBatch: options.maxBatch } : {});
}
