/**
 * The bus on NATS JetStream: one stream holding the events, one durable pull consumer that every
 * worker process binds to (so each message goes to one worker), explicit acks.
 *
 * - Publish sets Nats-Msg-Id to the event id: within the stream's duplicate window (default 2
 *   minutes here: `duplicateWindowMs`) a re-published event is dropped by the server itself.
 * - Workers ack after the database commit. A worker killed before acking leaves its messages
 *   unacknowledged; after `ackWaitMs` the server delivers them again to a live worker, and the
 *   idempotent processing (unique (kind, event_id)) makes the second delivery a no-op that is acked.
 * - Stream and consumer names are settings, so tests (and tenants) use their own.
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { DEFAULT_CONSUMER, DEFAULT_STREAM, DEFAULT_SUBJECT } from './names.js';
import type { BusMessage, MessageBus, MessageHandler, PublishResult, Subscription } from './message-bus.js';

export interface JetStreamOptions {
  /** nats://host:port (NATS_URL). */
  url: string;
  stream?: string;
  /** Subject the events are published on (the stream captures it). */
  subject?: string;
  /** The durable consumer's name, shared by every worker. */
  consumer?: string;
  /** How long an unacked delivery waits before it goes to a worker again (default 30 s). */
  ackWaitMs?: number;
  duplicateWindowMs?: number;
  /** Messages a worker pulls ahead of processing (default 64). */
  batch?: number;
}


export class JetStreamBus implements MessageBus {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly stream: string,
    readonly subject: string,
    readonly consumer: string,
    private readonly batch: number,
  ) {}

  /** Connect, and create the stream and the durable consumer if they do not exist yet (both idempotent). */
  static async connect(options: JetStreamOptions): Promise<JetStreamBus> {
    const stream = options.stream ?? DEFAULT_STREAM;
    const subject = options.subject ?? DEFAULT_SUBJECT;
    const consumer = options.consumer ?? DEFAULT_CONSUMER;
    const nc = await connect({ servers: options.url, name: `interdict-${process.pid}` });
    try {
      const jsm = await jetstreamManager(nc);
      const streamConfig = { name: stream, subjects: [subject], duplicate_window: nanos(options.duplicateWindowMs ?? 120_000) };
      try {
        await jsm.streams.info(stream);
      } catch {
        await jsm.streams.add(streamConfig);
      }
      await jsm.consumers.add(stream, {
        durable_name: consumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(options.ackWaitMs ?? 30_000),
        max_deliver: -1,
      });
      return new JetStreamBus(nc, jetstream(nc), jsm, stream, subject, consumer, options.batch ?? 64);
    } catch (err) {
      await nc.close();
      throw err;
    }
  }

  async publish(id: string, data: Uint8Array): Promise<PublishResult> {
    const ack = await this.js.publish(this.subject, data, { msgID: id });
    return { duplicate: ack.duplicate };
  }

  async consume(handler: MessageHandler, options: { maxBatch?: number } = {}): Promise<Subscription> {
    const maxBatch = options.maxBatch ?? this.batch;
    const c = await this.js.consumers.get(this.stream, this.consumer);
    const messages = await c.consume({ max_messages: Math.max(this.batch, maxBatch) });
    const loop = (async () => {
      let batch: JsMsg[] = [];
      for await (const m of messages) {
        batch.push(m);
        // Hand over what has arrived: a full batch, or everything the client holds right now.
        if (batch.length < maxBatch && messages.getPending() > 0) continue;
        const taken = batch;
        batch = [];
        const acked = new Set<JsMsg>();
        try {
          await handler(taken.map((x) => wrap(x, acked)));
        } catch {
          // The handler could not commit: what it did not ack comes again shortly.
          for (const x of taken) if (!acked.has(x)) x.nak(1000);
        }
      }
    })();
    return {
      stop: async () => {
        // Messages pulled but not handled are not acked: the server redelivers them after ack wait.
        await messages.close();
        await loop;
      },
    };
  }

  /** Messages in the stream not yet acked by the consumer (for tests and the bench: "are we done?"). */
  async backlog(): Promise<{ pending: number; ackPending: number; redelivered: number }> {
    const info = await this.jsm.consumers.info(this.stream, this.consumer);
    return { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
  }

  /** Delete the consumer and the stream (tests and benches clean up after themselves). */
  async destroy(): Promise<void> {
    await this.jsm.consumers.delete(this.stream, this.consumer).catch(() => undefined);
    await this.jsm.streams.delete(this.stream).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}

function wrap(m: JsMsg, acked: Set<JsMsg>): BusMessage {
  const id = m.headers?.get('Nats-Msg-Id') ?? `${m.seq}`;
  return {
    id,
    data: m.data,
    deliveries: m.info.deliveryCount,
    ack: async () => {
      // Wait for the server to confirm: a lost ack only means one more (idempotent) delivery, but
      // confirming keeps "acked" meaning acked when the worker is stopped right after.
      acked.add(m);
      await m.ackAck();
    },
    nak: (delayMs?: number) => {
      acked.add(m);
      m.nak(delayMs);
    },
  };
}
