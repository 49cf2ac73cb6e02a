/**
 * The default bus: a queue in this process. Same contract as JetStream (message-bus.ts): publish
 * drops an id it has seen; a handler that throws, or naks, gets the message again; one message at a
 * time per subscription. Nothing survives the process: for durability across restarts and several
 * workers, use NATS (jetstream.ts).
 */
import type { BusMessage, MessageBus, MessageHandler, PublishResult, Subscription } from './message-bus.js';

interface Queued {
  id: string;
  data: Uint8Array;
  deliveries: number;
}

export class InProcessBus implements MessageBus {
  private readonly queue: Queued[] = [];
  private readonly seen = new Set<string>();
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  async publish(id: string, data: Uint8Array): Promise<PublishResult> {
    if (this.closed) throw new Error('the bus is closed');
    if (this.seen.has(id)) return { duplicate: true };
    this.seen.add(id);
    this.queue.push({ id, data, deliveries: 0 });
    this.wake();
    return { duplicate: false };
  }

  /** Messages published and not yet acked. */
  get pending(): number {
    return this.queue.length + this.inFlight;
  }

  private inFlight = 0;

  private wake(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  async consume(handler: MessageHandler, options: { maxBatch?: number } = {}): Promise<Subscription> {
    const maxBatch = options.maxBatch ?? 64;
    let stopped = false;
    const loop = (async () => {
      while (!stopped && !this.closed) {
        const items = this.queue.splice(0, maxBatch);
        if (items.length === 0) {
          await new Promise<void>((resolve) => this.waiting.push(resolve));
          continue;
        }
        this.inFlight += items.length;
        const settled = new Set<Queued>();
        const messages: BusMessage[] = items.map((item) => {
          item.deliveries += 1;
          return {
            id: item.id,
            data: item.data,
            deliveries: item.deliveries,
            ack: async () => {
              settled.add(item);
            },
            nak: (delayMs?: number) => {
              settled.add(item);
              this.requeue(item, delayMs);
            },
          };
        });
        try {
          await handler(messages);
        } catch {
          // Delivered again below, as JetStream would after its ack wait.
        } finally {
          this.inFlight -= items.length;
          // A message neither acked nor nakked (the handler threw or forgot it) comes again.
          for (const item of items) if (!settled.has(item)) this.requeue(item);
        }
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        this.wake();
        await loop;
      },
    };
  }

  private requeue(item: Queued, delayMs = 0): void {
    const put = (): void => {
      this.queue.push(item);
      this.wake();
    };
    if (delayMs > 0) setTimeout(put, delayMs).unref();
    else put();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake();
  }
}
