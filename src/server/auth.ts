import type { FastifyInstance, FastifyRequest } from 'fastify';
import { lookupPrefix, looksLikeApiKey } from '../auth/api-key-format.js';
import { authenticateApiKey } from '../auth/keys-repo.js';
import { can, PERMISSIONS, type Permission } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../store/database.js';
import { HttpError } from './errors.js';

/**
 * Authentication and authorisation for every route.
 *
 * Each route names one permission from the PERMISSIONS table in its config (`config: { permission }`)
 * or says it is public (`config: { public: true }`: /health, and the web UI's static files). A route
 * that says neither is refused for everyone: forgetting a permission closes a route, never opens it.
 * /docs (the OpenAPI UI, registered by a plugin) is public by its prefix.
 *
 * The key comes as `x-api-key: idk_...` or `Authorization: Bearer idk_...`. Checked in onRequest,
 * before the body is read, so an unauthenticated caller cannot make the server parse megabytes.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
    public?: boolean;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function presentedKey(headers: FastifyRequest['headers']): string | undefined {
  const direct = headers['x-api-key'];
  if (typeof direct === 'string' && direct.trim() !== '') return direct.trim();
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  return undefined;
}

/** The rate limiter's bucket: the key (by its public prefix) when one is presented, else the address. */
export function rateLimitKey(request: FastifyRequest): string {
  const key = presentedKey(request.headers);
  return key && looksLikeApiKey(key) ? `key:${lookupPrefix(key)}` : `ip:${request.ip}`;
}

function isPublic(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  return request.routeOptions.config.public === true || url === '/docs' || (url?.startsWith('/docs/') ?? false);
}

/** The principal of an authenticated request (routes with a permission always have one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new HttpError(401, 'not authenticated');
  return request.principal;
}

/** A registered route and what it requires: what tests and docs/api.md walk through. */
export interface RouteAccess {
  method: string;
  url: string;
  permission: Permission | 'public' | 'none';
}

/**
 * Check every route as it is registered and record it. Returns the live table (filled as routes are
 * added after this call).
 */
export function registerAuth(app: FastifyInstance, db: Db): RouteAccess[] {
  const table: RouteAccess[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = (route.config ?? {}) as { permission?: Permission; public?: boolean };
    const permission = config.public || route.url === '/docs' || route.url.startsWith('/docs/') ? 'public' : (config.permission ?? 'none');
    for (const method of methods) if (method !== 'HEAD') table.push({ method, url: route.url, permission });
  });
  app.addHook('onRequest', async (request, reply) => {
    // No route matched: the not-found handler answers, and says nothing about keys.
    if (request.routeOptions.url === undefined) return;
    if (isPublic(request)) return;
    const permission = request.routeOptions.config.permission;
    if (!permission) throw new HttpError(403, `${request.method} ${request.routeOptions.url} has no permission assigned, so nobody may call it`);
    const key = presentedKey(request.headers);
    if (!key) {
      void reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'an API key is required: send "x-api-key: idk_..." or "Authorization: Bearer idk_..." (interdict keys create)');
    }
    const principal = await authenticateApiKey(db, key);
    if (!principal) {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new HttpError(401, 'the API key is not valid: unknown, revoked, or its user is disabled');
    }
    if (!can(principal.role, permission)) {
      throw new HttpError(403, `role ${principal.role} may not ${permission} (${PERMISSIONS[permission].description}); allowed: ${PERMISSIONS[permission].roles.join(', ')}`);
    }
    request.principal = principal;
  });
  return table;
}

/** The audit log's name for the caller: "user:<username>". */
export function auditActorOfRequest(request: FastifyRequest): `user:${string}` {
  return `user:${principalOf(request).username}`;
}
