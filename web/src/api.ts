import { storedKey } from './session.js';

/**
 * The one way the UI talks to the server: JSON over fetch with the key in x-api-key. Errors keep the
 * server's message and field details, because analysts must see why something was refused (four eyes,
 * a missing report field) rather than a generic failure.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = (status: number, path: string, method: string, message: string) => void;
const listeners = new Set<Listener>();

/** The app listens for 401 (sign out) and 403 (remember what this key may not do). */
export function onApiStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Use this key instead of the stored one (sign-in checks a key before storing it). */
  key?: string;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const key = options.key ?? storedKey();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (key) headers['x-api-key'] = key;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const method = options.method ?? (options.body !== undefined ? 'POST' : 'GET');
  const res = await fetch(path, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    // Field problems come as `details` (validation) or `issues` (a report that cannot be built).
    const body = (json ?? {}) as { message?: string; details?: unknown; issues?: unknown };
    for (const l of listeners) l(res.status, path, method, body.message ?? '');
    throw new ApiError(res.status, body.message ?? `${res.status} ${res.statusText}`, body.details ?? body.issues);
  }
  return json as T;
}

/** True when the error says the route does not exist (the server may not have it yet). */
export function isMissingRoute(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404 && /^no route /.test(err.message);
}

/** Build a query string from the defined, non-empty values only. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/**
 * GET a file the API serves (a report's XML, JSON or HTML) with the key, and hand it to the browser
 * as a download: a plain link would not carry the key. Returns the server's content hash header.
 */
export async function download(path: string, filename: string): Promise<string | null> {
  const key = storedKey();
  const res = await fetch(path, { headers: key ? { 'x-api-key': key } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(res.status, body.message ?? `${res.status} ${res.statusText}`);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return res.headers.get('x-content-sha256');
}
