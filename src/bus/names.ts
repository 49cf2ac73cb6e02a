/** Default JetStream names (kept apart from jetstream.ts so naming them does not load the NATS client). */
export const DEFAULT_STREAM = 'INTERDICT_EVENTS';
export const DEFAULT_SUBJECT = 'interdict.events';
export const DEFAULT_CONSUMER = 'interdict-monitor';
