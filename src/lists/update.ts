import type { ImportOptions, ImportResult, ListStore } from './store.js';
import type { ListVersion } from './version.js';

/**
 * Fetching the current list from its publisher. Whatever goes wrong (offline, timeout, HTTP error,
 * oversize or malformed file), the last good version stays in force and the caller gets the reason;
 * nothing here throws for a network or content failure.
 */
export const OFFICIAL_LIST_URLS: Record<string, string> = {
  // UN Security Council Consolidated List, all regimes (docs/lists.md; ../shared/docs/domain.md).
  un: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
  // US Treasury OFAC Sanctions List Service exports (the sdnList XML schema the OFAC XML reader reads).
  'ofac-sdn': 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML',
  'ofac-nonsdn': 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML',
  // UK OFSI Consolidated List in the legacy CSV format (the format of the bundled 2018 file).
  'uk-hmt': 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv',
  // EU Financial Sanctions Files, full list XML (the public token published by the Commission).
  eu: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
};

export interface UpdateOptions {
  source: string;
  /** Override the official URL (a mirror, or a local server in tests). */
  url?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** How the downloaded bytes are imported; default `store.importBytes` (a server: importOffThread, so its thread stays free). */
  importBytes?: (bytes: Buffer, fileName: string, options: ImportOptions) => Promise<ImportResult>;
}

export type UpdateOutcome =
  | { ok: true; url: string; result: ImportResult; fetchMs: number }
  | { ok: false; url: string; reason: string; inForce?: ListVersion };

export const DEFAULT_UPDATE_TIMEOUT_MS = 60_000;
export const DEFAULT_UPDATE_MAX_BYTES = 64 * 1024 * 1024;

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`the download exceeded the size limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function updateList(store: ListStore, options: UpdateOptions): Promise<UpdateOutcome> {
  const url = options.url ?? OFFICIAL_LIST_URLS[options.source];
  const inForce = await store.inForce(options.source).catch(() => undefined);
  const failed = (reason: string): UpdateOutcome => ({ ok: false, url: url ?? '', reason, ...(inForce ? { inForce } : {}) });
  if (!url) return failed(`no official URL is known for the list "${options.source}"; pass --url`);
  const started = performance.now();
  let bytes: Buffer;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_UPDATE_TIMEOUT_MS),
      redirect: 'follow',
      headers: { 'user-agent': 'interdict-lists-update' },
    });
    if (!response.ok) return failed(`HTTP ${response.status} ${response.statusText} from ${url}`);
    const maxBytes = options.maxBytes ?? DEFAULT_UPDATE_MAX_BYTES;
    const declared = Number(response.headers.get('content-length') ?? 'NaN');
    if (declared > maxBytes) return failed(`the server announces ${declared} bytes, more than the limit of ${maxBytes}`);
    if (!response.body) return failed(`empty response from ${url}`);
    bytes = await readLimited(response.body, maxBytes);
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return failed(`no answer from ${url} within ${options.timeoutMs ?? DEFAULT_UPDATE_TIMEOUT_MS} ms`);
    const cause = e.cause?.code ?? e.cause?.message;
    return failed(`could not fetch ${url}: ${e.message}${cause ? ` (${cause})` : ''}`);
  }
  const fetchMs = performance.now() - started;
  try {
    const fileName = new URL(url).pathname.split('/').pop() || `${options.source}.download`;
    const importBytes = options.importBytes ?? ((b: Buffer, n: string, o: ImportOptions) => store.importBytes(b, n, o));
    const result = await importBytes(bytes, fileName, { origin: url, source: options.source });
    if (result.version.source !== options.source) {
      return failed(`the file at ${url} is a "${result.version.source}" list, not "${options.source}"`);
    }
    return { ok: true, url, result, fetchMs };
  } catch (err) {
    return failed(`the downloaded file was refused: ${(err as Error).message}`);
  }
}
