import { Type } from 'typebox';
import { asc, desc, eq, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { listAlerts } from '../../cases/alerts-repo.js';
import { importParties } from '../../parties/import.js';
import { partyFormatOf, readParties } from '../../parties/read.js';
import { getPartyByOrgId } from '../../store/parties-repo.js';
import { parties, screeningResults } from '../../store/schema/index.js';
import { auditActorOfRequest } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { fileBody, utf8Body } from '../raw-body.js';

/**
 * The organisation's parties: import (CSV or JSON Lines as the body; each new or changed party is
 * screened at once), one by the organisation's id with its alerts and last screening, and a paged list.
 */
export function registerPartyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/parties/import',
    {
      config: { permission: 'parties:write' },
      bodyLimit: ctx.settings.server.importBodyLimitBytes,
      schema: {
        tags: ['parties'],
        summary: 'Import parties (CSV with a header row, or JSON Lines; content type text/csv or application/x-ndjson), upsert by id, screen each change',
        querystring: Type.Object(
          { format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('jsonl')], { description: 'default: from the content type' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { format } = request.query as { format?: 'csv' | 'jsonl' };
      const text = utf8Body(fileBody(request.body));
      const read = readParties(text, format ?? partyFormatOf(request.headers['content-type'] ?? ''));
      if (read.parties.length === 0 && read.errors.length > 0) throw new HttpError(422, 'no party in the file could be read', { errors: read.errors.slice(0, 100) });
      const loaded = await ctx.screening.get();
      const report = await importParties(ctx.db, { engine: loaded.engine, versions: loaded.versions, parties: loaded.parties, groups: loaded.groups }, {
        parties: read.parties,
        errors: read.errors,
        source: `api:${request.id}`,
        actor: auditActorOfRequest(request),
      });
      return { ...report, rejected: report.rejected.slice(0, 1000) };
    },
  );

  app.get(
    '/parties',
    {
      config: { permission: 'parties:read' },
      schema: {
        tags: ['parties'],
        summary: 'Parties in id order, a page at a time (pass `after` = the last id of the previous page)',
        querystring: Type.Object(
          { after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { after, limit } = request.query as { after?: number; limit?: number };
      const size = limit ?? 100;
      const rows = await ctx.db.select().from(parties).where(gt(parties.id, after ?? 0)).orderBy(asc(parties.id)).limit(size);
      return { items: rows, next: rows.length === size ? rows[rows.length - 1]!.id : null };
    },
  );

  app.get(
    '/parties/:id',
    {
      config: { permission: 'parties:read' },
      schema: {
        tags: ['parties'],
        summary: "A party by the organisation's id, with its alerts and its latest screening result",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const party = await getPartyByOrgId(ctx.db, id);
      if (!party) throw new HttpError(404, `no party with id ${JSON.stringify(id)}`);
      const [latest] = await ctx.db.select().from(screeningResults).where(eq(screeningResults.partyId, party.id)).orderBy(desc(screeningResults.id)).limit(1);
      return { party, alerts: await listAlerts(ctx.db, { partyId: party.id }), latestScreening: latest ?? null };
    },
  );
}
