import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { createApiKey, listApiKeys, revokeApiKey } from '../../auth/keys-repo.js';
import { ROLES, type Role } from '../../auth/roles.js';
import { auditActorOfRequest } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';

/**
 * API keys over HTTP, for admins: with the embedded database held by the server, `interdict keys`
 * cannot run beside it, so this is how the bootstrap admin key gives people their keys.
 */
export function registerKeyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/keys',
    {
      config: { permission: 'keys:manage' },
      schema: {
        tags: ['keys'],
        summary: 'Create an API key; the key is in this response only (only its hash is stored)',
        body: Type.Object(
          {
            role: Type.Union(ROLES.map((r) => Type.Literal(r))),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            user: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the person it belongs to (created if new; default: the name)' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const body = request.body as { role: Role; name: string; user?: string };
      const created = await createApiKey(ctx.db, { username: body.user ?? body.name.trim(), name: body.name, role: body.role, actor: auditActorOfRequest(request) });
      void reply.status(201);
      return { key: created.key, ...created.info };
    },
  );

  app.get(
    '/keys',
    {
      config: { permission: 'keys:manage' },
      schema: { tags: ['keys'], summary: 'API keys (prefix, name, user, role, dates; never the key)', querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }, { additionalProperties: false }) },
    },
    async (request) => listApiKeys(ctx.db, { includeRevoked: (request.query as { all?: boolean }).all === true }),
  );

  app.post(
    '/keys/:prefix/revoke',
    {
      config: { permission: 'keys:manage' },
      schema: { tags: ['keys'], summary: 'Revoke a key by its prefix', params: Type.Object({ prefix: Type.String({ minLength: 4, maxLength: 64, pattern: '^idk_[A-Za-z0-9_-]+$' }) }, { additionalProperties: false }) },
    },
    async (request) => {
      const outcome = await revokeApiKey(ctx.db, (request.params as { prefix: string }).prefix, auditActorOfRequest(request));
      if (!outcome.revoked) throw new HttpError(outcome.reason === 'not-found' ? 404 : 409, outcome.reason === 'not-found' ? 'no such key' : 'the key was revoked already');
      return outcome.info;
    },
  );
}
