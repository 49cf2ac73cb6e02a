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
  /** Messages per batch handed to a worker (default 512); it has up to two batches pulled ahead. */
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
      return new JetStreamBus(nc, jetstream(nc), jsm, stream, subject, consumer, options.batch ?? 512);
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
    // Two batches' worth requested from the server: while one batch is judged and committed, the
    // next one arrives, so a worker never waits for a pull round trip between batches. Bounded, so
    // one worker does not hoard messages the other could be working on (or let them reach ack wait).
    const messages = await c.consume({ max_messages: 2 * Math.max(this.batch, maxBatch) });
    const loop = (async () => {
      const it = messages[Symbol.asyncIterator]();
      let next = it.next();
      for (;;) {
        const first = await next;
        if (first.done) return;
        const taken: JsMsg[] = [first.value];
        next = it.next();
        // Hand over a full batch, or everything the client holds right now: take messages while the
        // next one is already buffered, and stop at the first that is not. (The iterator's own
        // pending count also counts queued pull requests, so it is no test of "a message is here":
        // waiting on it held the last partial batch of a burst until the pull expired, 30 s.)
        let ended = false;
        while (taken.length < maxBatch) {
          const r = await Promise.race([next, nextTurn()]);
          if (r === NOT_YET) break;
          if (r.done) {
            ended = true;
            break;
          }
          taken.push(r.value);
          next = it.next();
        }
        const acked = new Set<JsMsg>();
        try {
          await handler(taken.map((x) => this.wrap(x, acked)));
        } catch {
          // The handler could not commit: what it did not ack comes again shortly.
          for (const x of taken) if (!acked.has(x)) x.nak(1000);
        }
        if (ended) return;
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

  /**
   * A message whose ack is a plain publish, confirmed by one PING/PONG shared by every ack written
   * in the same turn (a batch's acks): the server reads a connection in order, so its PONG means it
   * holds every ack sent before the PING, and a worker stopped right after loses none. The client's
   * ackAck is a request per message (a timer, a reply subscription entry and a stack-trace object
   * each): work per event that a batch's acks do not need.
   */
  private wrap(m: JsMsg, acked: Set<JsMsg>): BusMessage {
    return {
      // Read when asked: the headers and the delivery info are parsed from the wire on each read,
      // and a worker asks for neither unless a message fails.
      get id() {
        return m.headers?.get('Nats-Msg-Id') ?? `${m.seq}`;
      },
      data: m.data,
      get deliveries() {
        return m.info.deliveryCount;
      },
      ack: () => {
        acked.add(m);
        m.ack();
        return this.confirmWrites();
      },
      nak: (delayMs?: number) => {
        acked.add(m);
        m.nak(delayMs);
      },
    };
  }

  private confirming: Promise<void> | undefined;

  /** One flush (PING/PONG) for everything published before the next turn of the event loop. */
  private confirmWrites(): Promise<void> {
    this.confirming ??= nextTurn().then(() => {
      this.confirming = undefined;
      return this.nc.flush();
    });
    return this.confirming;
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

const NOT_YET = Symbol('not yet');

/** Resolves after the microtasks queued now have run: a buffered message arrives before it, one still on the network does not. */
function nextTurn(): Promise<typeof NOT_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
}
