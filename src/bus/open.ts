/**
 * The bus a process uses: JetStream when NATS_URL is set, else the in-process queue.
 */
import { InProcessBus } from './in-process.js';
import type { JetStreamOptions } from './jetstream.js';
import type { MessageBus } from './message-bus.js';

export function natsUrlFrom(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.NATS_URL?.trim();
  return url ? url : undefined;
}

export async function openBus(options: Partial<JetStreamOptions> = {}, env: NodeJS.ProcessEnv = process.env): Promise<MessageBus> {
  const url = options.url ?? natsUrlFrom(env);
  if (!url) return new InProcessBus();
  // Imported only when chosen: the in-process default does not load the NATS client.
  const { JetStreamBus } = await import('./jetstream.js');
  return JetStreamBus.connect({ ...options, url });
}
