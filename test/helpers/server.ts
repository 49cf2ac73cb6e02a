import type { AddressInfo } from 'node:net';
import { buildServer, type InterdictServer, type ServerOptions } from '../../src/server/app.js';

/** A real server on a loopback port, for tests that speak HTTP to it. */
export async function startTestServer(options: ServerOptions): Promise<{ server: InterdictServer; url: string; close: () => Promise<void> }> {
  const server = await buildServer(options);
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, close: () => server.app.close() };
}

export async function call(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
