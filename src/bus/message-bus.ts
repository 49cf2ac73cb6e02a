/**
 * How monitored events travel from whoever receives them to whoever processes them. In one process
 * by default (InProcessBus); NATS JetStream when NATS_URL is set (JetStreamBus), where several worker
 * processes share one durable consumer and each message goes to one of them.
 *
 * The contract both keep: at-least-once delivery. A message is delivered until a handler acks it;
 * the handler acks only after the outcome is committed to the database, so a worker that dies
 * mid-way loses nothing (the message comes again, to it or another worker). Processing is idempotent
 * by the message id (the event's own id), so a second delivery records nothing twice.
 */
export interface BusMessage {
  /** The publisher's id of the message: the event id, the dedup and idempotency key. */
  readonly id: string;
  readonly data: Uint8Array;
  /** 1 on first delivery, more when redelivered. */
  readonly deliveries: number;
  /** Done: never deliver this message again. Call after the outcome is committed. */
  ack(): Promise<void>;
  /** Failed for now: deliver again (after `delayMs`). */
  nak(delayMs?: number): void;
}

export interface PublishResult {
  /** The bus had this id already (JetStream's duplicate window; in process: ever) and dropped it. */
  duplicate: boolean;
}

/**
 * Handles the messages available at once (at most the consumer's batch size), acking each after its
 * outcome is committed. Batches let a worker commit many events in one transaction; a handler that
 * throws gets every message of the batch it did not ack delivered again.
 */
export type MessageHandler = (messages: BusMessage[]) => Promise<void>;

export interface Subscription {
  /** Stop taking new messages; resolves once the handler in progress (if any) has returned. */
  stop(): Promise<void>;
}

export interface MessageBus {
  publish(id: string, data: Uint8Array): Promise<PublishResult>;
  /** Handle messages, one batch at a time, until stopped. */
  consume(handler: MessageHandler, options?: { maxBatch?: number }): Promise<Subscription>;
  close(): Promise<void>;
}
