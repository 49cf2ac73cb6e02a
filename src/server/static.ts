import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Serves the analyst UI (web/dist, built by `npm run build:web`) at `/`. Called from app.ts after the
 * API routes, so every API path keeps priority: this only answers GETs no other route matched.
 *
 * - Files come from web/dist only; the path is normalised and must stay inside it.
 * - The SPA fallback: a browser navigation (Accept: text/html) to an unknown path gets index.html;
 *   anything else (an API client, a missing asset) still gets the JSON 404, so API callers never
 *   receive HTML by mistake. The UI routes by hash (#/alerts), so the fallback is only a safety net.
 * - Hashed assets (/assets/*) are immutable and cached for a year; index.html is never cached, so a
 *   new build is picked up on reload.
 * - A Content-Security-Policy allows only this origin: the page cannot load anything from the
 *   internet even by mistake (the UI must work on an air-gapped machine).
 */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface StaticOptions {
  /** The built UI; defaults to web/dist beside the sources. */
  root?: string;
}

function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root + sep) ? full : null;
}

function sendFile(reply: FastifyReply, file: string): FastifyReply {
  const isIndex = file.endsWith('index.html');
  return reply
    .header('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
    .header('cache-control', isIndex ? 'no-cache' : file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', CSP)
    .header('referrer-policy', 'no-referrer')
    .send(readFileSync(file));
}

export function registerStaticUi(app: FastifyInstance, options: StaticOptions = {}): void {
  const root = normalize(options.root ?? WEB_DIST);
  const index = join(root, 'index.html');

  const handler = async (request: { url: string; headers: Record<string, string | string[] | undefined> }, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (!existsSync(index)) {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: 'the web UI is not built: run `npm run build:web`' });
    }
    if (path === '/' || path === '/index.html') return sendFile(reply, index);
    const file = resolveInside(root, path);
    if (file && existsSync(file) && statSync(file).isFile()) return sendFile(reply, file);
    const accept = String(request.headers.accept ?? '');
    if (accept.includes('text/html') && !path.startsWith('/assets/')) return sendFile(reply, index);
    return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route GET ${path}` });
  };

  // `/*` is fastify's catch-all: static and parametric API routes are matched before it. Public: the
  // page itself holds no data; every API call it makes carries the analyst's key.
  const routeOptions = { schema: { hide: true }, config: { public: true } };
  app.get('/', routeOptions, handler);
  app.get('/*', routeOptions, handler);
}
