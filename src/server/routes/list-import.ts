import { Type } from 'typebox';
import { desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { importOffThread } from '../../lists/import-off-thread.js';
import type { ImportOptions } from '../../lists/store.js';
import { OFFICIAL_LIST_URLS, updateList } from '../../lists/update.js';
import { onListImported } from '../../screening/list-arrival.js';
import { rescreenAll } from '../../screening/rescreen.js';
import { screeningRuns } from '../../store/schema/index.js';
import { auditActorOfRequest } from '../auth.js';
import { rescreenDeps, type AppContext } from '../context.js';
import { fileBody } from '../raw-body.js';

/**
 * New list versions through the server (which holds the embedded database, so the CLI cannot do this
 * beside it): import a file sent as the body, or fetch the publisher's current file. Either way the
 * answer comes after the re-screen, with its report: counts, alerts raised, alerts sent to review, and
 * how long it took from the version's arrival to the alerts.
 */
const FILE_NAME = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$', description: 'the file name, which decides the format (un-consolidated.xml, sdn.csv, ours.jsonl, ...)' });

export function registerListImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/lists/import',
    {
      config: { permission: 'lists:import' },
      bodyLimit: ctx.settings.server.importBodyLimitBytes,
      schema: {
        tags: ['lists'],
        summary: 'Import a list file (the body) and re-screen every party against its diff',
        querystring: Type.Object(
          {
            name: FILE_NAME,
            source: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'list name for a watch list of your own' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { name, source } = request.query as { name: string; source?: string };
      const bytes = fileBody(request.body);
      const actor = auditActorOfRequest(request);
      return ctx.listWork.run(async () => {
        // Read and stored by a worker thread, so the server answers other requests meanwhile.
        const result = await importOffThread(ctx.store, [{ name, bytes }], { origin: `api:${actor}:${name}`, ...(source ? { source } : {}) }, (line) => request.log.warn(line), {
          timeoutMs: ctx.settings.lists.importTimeoutMs,
        });
        return onListImported(rescreenDeps(ctx), result, actor);
      });
    },
  );

  app.post(
    '/lists/update',
    {
      config: { permission: 'lists:import' },
      schema: {
        tags: ['lists'],
        summary: "Fetch a list's current version from its publisher (or a mirror) and re-screen against its diff",
        body: Type.Object(
          {
            source: Type.String({ minLength: 1, maxLength: 64, description: `one of ${Object.keys(OFFICIAL_LIST_URLS).join(', ')}` }),
            url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://', description: 'a mirror instead of the official URL' })),
            timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const body = request.body as { source: string; url?: string; timeoutSeconds?: number };
      const actor = auditActorOfRequest(request);
      return ctx.listWork.run(async () => {
        const importBytes = (bytes: Buffer, fileName: string, options: ImportOptions) =>
          importOffThread(ctx.store, [{ name: fileName, bytes }], options, (line) => request.log.warn(line), { timeoutMs: ctx.settings.lists.importTimeoutMs });
        const outcome = await updateList(ctx.store, { source: body.source, importBytes, ...(body.url ? { url: body.url } : {}), ...(body.timeoutSeconds ? { timeoutMs: body.timeoutSeconds * 1000 } : {}) });
        if (!outcome.ok) {
          // The publisher or the network failed, not the caller: 502, and the version still in force.
          void reply.status(502);
          return { statusCode: 502, error: 'Bad Gateway', message: outcome.reason, url: outcome.url, inForce: outcome.inForce ?? null };
        }
        return { url: outcome.url, fetchMs: Math.round(outcome.fetchMs), ...(await onListImported(rescreenDeps(ctx), outcome.result, actor)) };
      });
    },
  );

  app.post(
    '/rescreen',
    {
      config: { permission: 'lists:import' },
      schema: { tags: ['screening'], summary: 'Re-screen every party against every list in force (after a threshold or algorithm change)' },
    },
    async (request) => {
      const actor = auditActorOfRequest(request);
      return ctx.listWork.run(() => rescreenAll(rescreenDeps(ctx), actor));
    },
  );

  app.get(
    '/screening/runs',
    {
      config: { permission: 'alerts:read' },
      schema: {
        tags: ['screening'],
        summary: 'Recent screening runs with their timings (list version arrival to alerts)',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { limit } = request.query as { limit?: number };
      return ctx.db.select().from(screeningRuns).orderBy(desc(screeningRuns.id)).limit(limit ?? 50);
    },
  );
}


