import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { appendAudit } from '../../cases/audit-log.js';
import { ALGORITHM_VERSION, DEFAULT_LIMIT } from '../../matching/engine.js';
import { QueryError, parseQuery } from '../../matching/query.js';
import { thresholdProblem } from '../../matching/threshold.js';
import { groupMatches, recordsForGroups } from '../../screening/designations.js';
import { auditActorOfRequest } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';

/**
 * POST /screen (one query or a batch) and POST /compare, with the CLI's input and output shapes.
 * Every screening request is audited (who screened how many queries, against which versions, how many
 * matched); the names themselves stay out of the log, which is read more widely than the cases.
 */
const QueryBody = Type.Object({}, { additionalProperties: true, description: 'A query: FollowTheMoney-style properties (schema, name, birthDate, nationality, ...), each a string or an array of strings' });

function checkThreshold(t: number | undefined): void {
  if (t === undefined) return;
  const problem = thresholdProblem(t);
  if (problem) throw new HttpError(400, `threshold: ${problem}`);
}

export function registerScreeningRoutes(app: FastifyInstance, ctx: AppContext): void {
  const maxBatch = ctx.settings.server.maxBatchQueries;
  app.post(
    '/screen',
    {
      config: { permission: 'screen:run' },
      schema: {
        tags: ['screening'],
        summary: 'Screen one query, or a batch ({queries:[...]}), against the lists in force (audited); a person on several lists is one match with its designations',
        body: Type.Object(
          {
            query: Type.Optional(QueryBody),
            queries: Type.Optional(Type.Array(QueryBody, { maxItems: maxBatch })),
            threshold: Type.Optional(Type.Number()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const body = request.body as { query?: unknown; queries?: unknown[]; threshold?: number; limit?: number };
      checkThreshold(body.threshold);
      if ((body.query === undefined) === (body.queries === undefined)) throw new HttpError(400, 'give exactly one of "query" or "queries"');
      const loaded = await ctx.screening.get();
      const { engine, versions } = loaded;
      const limit = body.limit ?? DEFAULT_LIMIT;
      const options = { ...(body.threshold !== undefined ? { threshold: body.threshold } : {}), limit: recordsForGroups(limit) };
      const run = (raw: unknown, where: string) => {
        try {
          const q = parseQuery(raw, where);
          // One result per person: linked records on several lists collapse, with every designation.
          return { id: q.id, matches: groupMatches(engine.screen(q, options), loaded.groups, loaded, limit) };
        } catch (err) {
          if (err instanceof QueryError) return { ...(typeof (raw as { id?: unknown })?.id === 'string' ? { id: (raw as { id: string }).id } : {}), error: err.message };
          throw err;
        }
      };
      const meta = { threshold: body.threshold ?? engine.defaultThreshold, algorithmVersion: ALGORITHM_VERSION, listVersions: versions.map((v) => ({ source: v.source, hash: v.hash })) };
      const results = body.query !== undefined ? [run(body.query, 'query')] : body.queries!.map((q, i) => run(q, `queries[${i}]`));
      await appendAudit(ctx.db, {
        actor: auditActorOfRequest(request),
        action: 'screening.run',
        subjectType: 'screen_request',
        subjectId: request.id,
        payload: {
          kind: 'manual',
          queries: results.length,
          invalid: results.filter((r) => 'error' in r).length,
          matched: results.filter((r) => (r.matches ?? []).some((m) => m.match)).length,
          threshold: meta.threshold,
          algorithmVersion: ALGORITHM_VERSION,
          listVersions: meta.listVersions.map((v) => `${v.source}:${v.hash}`),
        },
      });
      if (body.query !== undefined) {
        const one = results[0]!;
        if ('error' in one) throw new HttpError(400, one.error as string);
        return { ...one, ...meta };
      }
      return { results, ...meta };
    },
  );

  app.post(
    '/compare',
    {
      config: { permission: 'screen:run' },
      schema: {
        tags: ['screening'],
        summary: 'Score two parties against each other, with the explanation',
        body: Type.Object({ a: QueryBody, b: QueryBody, threshold: Type.Optional(Type.Number()) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const body = request.body as { a: unknown; b: unknown; threshold?: number };
      checkThreshold(body.threshold);
      const { engine } = await ctx.screening.get();
      try {
        const a = parseQuery(body.a, 'a');
        const b = parseQuery(body.b, 'b');
        return engine.compare(a, b, body.threshold !== undefined ? { threshold: body.threshold } : {});
      } catch (err) {
        if (err instanceof QueryError) throw new HttpError(400, err.message, { field: err.field });
        throw err;
      }
    },
  );
}
