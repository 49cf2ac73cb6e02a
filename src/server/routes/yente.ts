import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { ALGORITHM_VERSION, type Match } from '../../matching/engine.js';
import { QueryError, parseQuery } from '../../matching/query.js';
import { thresholdProblem } from '../../matching/threshold.js';
import type { SanctionedParty } from '../../lists/model.js';
import { groupMatches, recordsForGroups, type GroupedMatch } from '../../screening/designations.js';
import { partyToFtm } from '../../screening/ftm.js';
import { appendAudit } from '../../cases/audit-log.js';
import { auditActorOfRequest } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';

/**
 * POST /match/{dataset}: the request and response shapes of OpenSanctions yente's match API, so an
 * application written for yente switches by changing its base URL. docs/api.md has the mapping.
 *
 * Datasets: "default" and "sanctions" mean every list in force; any list name ("un", "ofac-sdn", a
 * watch list) restricts the results to that list; "un_sc_sanctions" is yente's name for the UN list.
 */
const DATASET_ALIASES: Record<string, string> = { un_sc_sanctions: 'un', us_ofac_sdn: 'ofac-sdn', gb_hmt_sanctions: 'uk-hmt', eu_fsf: 'eu' };

/** yente reports per-feature scores; ours come from the explanation. */
function features(m: Match): Record<string, number> {
  const f: Record<string, number> = {};
  const s = m.explanation.scoring;
  if (s.nameScore !== null) f.name_score = s.nameScore;
  for (const e of m.explanation.evidence) f[e.kind] = (f[e.kind] ?? 0) + e.weight;
  return f;
}

/**
 * The leading record as an FtM entity; for a person on several lists, `datasets` names every list
 * and `referents` every record id (yente's own way of showing a merged entity), and `designations`
 * gives each record with its link evidence.
 */
function ftmOf(m: GroupedMatch, parties: ReadonlyMap<string, SanctionedParty>): Record<string, unknown> {
  const entity = partyToFtm(parties.get(m.entityId)!);
  if (!m.designations) return { ...entity };
  return {
    ...entity,
    datasets: [...new Set(m.designations.map((d) => d.source))],
    referents: [...entity.referents, ...m.designations.filter((d) => d.entityId !== m.entityId).map((d) => d.entityId)],
    designations: m.designations,
    links: m.links,
  };
}

export function registerYenteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const service = ctx.screening;
  const maxBatch = ctx.settings.server.maxBatchQueries;
  app.post(
    '/match/:dataset',
    {
      config: { permission: 'screen:run' },
      schema: {
        tags: ['screening'],
        summary: 'yente-compatible match: queries keyed by the caller, FollowTheMoney schema and properties',
        params: Type.Object({ dataset: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: Type.Object({
          threshold: Type.Optional(Type.Number()),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          algorithm: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        body: Type.Object(
          {
            queries: Type.Record(
              Type.String({ maxLength: 128 }),
              Type.Object({ schema: Type.String({ maxLength: 64 }), properties: Type.Record(Type.String({ maxLength: 64 }), Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 })) }, { additionalProperties: true }),
            ),
          },
          { additionalProperties: true },
        ),
      },
    },
    async (request) => {
      const { dataset } = request.params as { dataset: string };
      const qs = request.query as { threshold?: number; limit?: number };
      if (qs.threshold !== undefined) {
        const problem = thresholdProblem(qs.threshold);
        if (problem) throw new HttpError(400, `threshold: ${problem}`);
      }
      const body = request.body as { queries: Record<string, { schema: string; properties: Record<string, string[]> }> };
      const keys = Object.keys(body.queries);
      if (keys.length > maxBatch) throw new HttpError(400, `at most ${maxBatch} queries per request`);
      const loaded = await service.get();
      const { engine, parties } = loaded;
      const source = dataset === 'default' || dataset === 'sanctions' ? undefined : (DATASET_ALIASES[dataset] ?? dataset);
      if (source !== undefined && ![...parties.values()].some((p) => p.source === source)) throw new HttpError(404, `no dataset "${dataset}"`);
      const limit = qs.limit ?? 5;
      const threshold = qs.threshold ?? engine.defaultThreshold;
      const responses: Record<string, unknown> = {};
      for (const key of keys) {
        const q = body.queries[key]!;
        try {
          const query = parseQuery({ id: key, schema: q.schema, ...q.properties }, `queries.${key}`);
          // Ask for more than the limit when filtering to one list, so the filter leaves enough; on every
          // list, linked records of one person are one result (as OpenSanctions merges them), so ask for
          // enough records that `limit` persons survive.
          const screened = engine.screen(query, { threshold, limit: recordsForGroups(limit), minScore: Math.min(threshold, 0.5) });
          const matches: GroupedMatch[] = source === undefined ? groupMatches(screened, loaded.groups, loaded, limit) : screened.filter((m) => m.source === source).slice(0, limit);
          responses[key] = {
            status: 200,
            results: matches.map((m) => ({ ...ftmOf(m, parties), score: m.score, match: m.match, features: features(m), explanation: m.explanation })),
            total: { value: matches.length, relation: 'eq' },
            query: { id: key, schema: q.schema, properties: q.properties },
          };
        } catch (err) {
          if (!(err instanceof QueryError)) throw err;
          responses[key] = { status: 400, detail: err.message, results: [], total: { value: 0, relation: 'eq' }, query: { id: key, schema: q.schema, properties: q.properties } };
        }
      }
      await appendAudit(ctx.db, {
        actor: auditActorOfRequest(request),
        action: 'screening.run',
        subjectType: 'match_request',
        subjectId: request.id,
        payload: { kind: 'yente', dataset, queries: keys.length, threshold, algorithmVersion: ALGORITHM_VERSION },
      });
      return { responses, matcher: { name: 'interdict', version: ALGORITHM_VERSION, threshold }, limit };
    },
  );
}
