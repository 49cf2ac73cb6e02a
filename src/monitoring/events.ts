/**
 * The events monitoring processes, and the readers that turn input into them. Every event has an
 * id (the idempotency key: an event seen twice is processed once), a kind and a date; the kind
 * decides which rules can apply. JSON objects carry their kind in "kind" (payment, cargo, art, flag).
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readArtJson, type ArtEvent } from './art.js';
import { readCargoJson, type CargoEvent } from './cargo.js';
import { EventValidationError } from './errors.js';
import { FieldReader } from './fields.js';
import { readFlagJson, type FlagEvent } from './flag.js';
import { readPacs008 } from './iso20022.js';
import { readPaymentsCsv } from './payment-csv.js';
import { readPaymentJson, type PaymentEvent } from './payment.js';
import { decodeTextStrict } from '../lists/source-text.js';

export type MonitoringEvent = PaymentEvent | CargoEvent | ArtEvent | FlagEvent;
export type EventKind = MonitoringEvent['kind'];
export const EVENT_KINDS: readonly EventKind[] = ['payment', 'cargo', 'art', 'flag'];

/** Validates one event given as a JSON value; `where` ("events.jsonl:3") prefixes every error. */
export function parseEvent(raw: unknown, where?: string): MonitoringEvent {
  const r = new FieldReader(where);
  const o = r.object(raw, 'event');
  const kind = r.oneOf(o.kind, 'kind', EVENT_KINDS);
  switch (kind) {
    case 'payment': return readPaymentJson(r, o);
    case 'cargo': return readCargoJson(r, o);
    case 'art': return readArtJson(r, o);
    case 'flag': return readFlagJson(r, o);
  }
}

/** JSON Lines: one event per line; blank lines and lines starting with "//" are skipped. */
export function parseEventsJsonl(text: string, file = 'events.jsonl'): MonitoringEvent[] {
  const out: MonitoringEvent[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch (err) {
      throw new EventValidationError(`not valid JSON (${(err as Error).message})`, undefined, `${file}:${i + 1}`);
    }
    out.push(parseEvent(value, `${file}:${i + 1}`));
  });
  return out;
}

/** Reads an events file by its extension: .jsonl/.ndjson, .json (an array), .csv (payments), .xml (pacs.008). */
export async function readEventsFile(path: string): Promise<MonitoringEvent[]> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xml') return readPacs008({ path });
  // Strict: a name with a byte replaced would be screened changed (lists/source-text.ts).
  const text = decodeTextStrict(await readFile(path), file);
  if (ext === '.csv') return readPaymentsCsv(text, file);
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new EventValidationError(`not valid JSON (${(err as Error).message})`, undefined, file);
    }
    const list = Array.isArray(value) ? value : [value];
    return list.map((v, i) => parseEvent(v, `${file}[${i}]`));
  }
  return parseEventsJsonl(text, file);
}
