import type { AddressInfo } from 'node:net';
import { createApiKey } from '../../src/auth/keys-repo.js';
import type { Role } from '../../src/auth/roles.js';
import { buildServer, type InterdictServer, type ServerOptions } from '../../src/server/app.js';

/** A real server on a loopback port, for tests that speak HTTP to it. */
export interface TestServer {
  server: InterdictServer;
  url: string;
  close: () => Promise<void>;
  /** A fresh API key with this role for this person (created through the server's own database). */
  key: (role: Role, username?: string) => Promise<string>;
}

let keyCounter = 0;

export async function startTestServer(options: ServerOptions): Promise<TestServer> {
  const server = await buildServer(options);
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    // Closing the app closes the database it owns (and releases the embedded data directory).
    close: () => server.app.close(),
    async key(role, username) {
      keyCounter += 1;
      const created = await createApiKey(server.database.db, { username: username ?? `${role}-${keyCounter}`, name: `test ${role} ${keyCounter}`, role, actor: 'system:test' });
      return created.key;
    },
  };
}

export async function call(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: await bodyOf(res), headers: res.headers };
}

/** A response's body as JSON, or as the text it is when it is not JSON (an error page, a CSV). */
async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `call` with an API key. */
export function caller(url: string, key: string) {
  return (path: string, method: string, body?: unknown, headers: Record<string, string> = {}) => call(`${url}${path}`, method, body, { 'x-api-key': key, ...headers });
}

/** Send a file as the body (a list or a parties file). */
export async function sendFile(url: string, key: string | undefined, body: string | Buffer, contentType: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...(key ? { 'x-api-key': key } : {}) }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, json: await bodyOf(res) };
}
