import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { permissionsOf } from '../../auth/permissions.js';
import { apiKeys } from '../../store/schema/index.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';

/**
 * Who the presented key belongs to and what it may do. The web UI asks this once after sign-in, to
 * show who is signed in and to offer only what the role allows (the server still enforces every
 * rule). Every role holds 'health:read', so every valid key may ask; an invalid key gets the usual 401.
 */
export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/me',
    { config: { permission: 'health:read' }, schema: { tags: ['keys'], summary: 'The signed-in user, the role of the key, its permissions and the key\'s name' } },
    async (request) => {
      const principal = principalOf(request);
      let keyName: string | null = null;
      if (principal.keyId !== undefined) {
        const [key] = await ctx.db.select({ name: apiKeys.name }).from(apiKeys).where(eq(apiKeys.id, principal.keyId));
        keyName = key?.name ?? null;
      }
      return { username: principal.username, role: principal.role, permissions: permissionsOf(principal.role), keyName };
    },
  );
}
