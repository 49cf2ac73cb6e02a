import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { attachAlerts, closeCase, getCase, listCases, openCase } from '../../cases/cases-repo.js';
import { listDecisions } from '../../cases/decisions-repo.js';
import { CASE_STATES, type CaseState } from '../../cases/states.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, type IdParamsT } from './ids.js';

/** Cases: the alerts of one party worked together. */
const AlertIds = Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 1000, uniqueItems: true });

export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/cases',
    {
      config: { permission: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Open a case for a party, optionally with alerts',
        body: Type.Object({ partyId: Type.Integer({ minimum: 1 }), title: Type.String({ minLength: 1, maxLength: 500 }), alertIds: Type.Optional(AlertIds) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const body = request.body as { partyId: number; title: string; alertIds?: number[] };
      const opened = await openCase(ctx.db, body, principalOf(request));
      void reply.status(201);
      return opened;
    },
  );

  app.post(
    '/cases/:id/alerts',
    {
      config: { permission: 'cases:write' },
      schema: { tags: ['cases'], summary: 'Attach alerts (of the same party) to a case', params: IdParams, body: Type.Object({ alertIds: AlertIds }, { additionalProperties: false }) },
    },
    async (request) => attachAlerts(ctx.db, { caseId: (request.params as IdParamsT).id, alertIds: (request.body as { alertIds: number[] }).alertIds }, principalOf(request)),
  );

  app.post(
    '/cases/:id/close',
    { config: { permission: 'cases:write' }, schema: { tags: ['cases'], summary: 'Close a case whose alerts are all closed', params: IdParams } },
    async (request) => closeCase(ctx.db, (request.params as IdParamsT).id, principalOf(request)),
  );

  app.get(
    '/cases/:id',
    { config: { permission: 'cases:read' }, schema: { tags: ['cases'], summary: 'A case with its alerts and their decisions (makers and checkers by username)', params: IdParams } },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const found = await getCase(ctx.db, id);
      if (!found) throw new HttpError(404, `no case ${id}`);
      return { ...found, decisions: await listDecisions(ctx.db, { alertIds: found.alerts.map((a) => a.id) }) };
    },
  );

  app.get(
    '/cases',
    {
      config: { permission: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'Cases, newest first',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Union(CASE_STATES.map((s) => Type.Literal(s)))),
            partyId: Type.Optional(Type.Integer({ minimum: 1 })),
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { state?: CaseState; partyId?: number; before?: number; limit?: number };
      return listCases(ctx.db, { ...(q.state ? { state: q.state } : {}), ...(q.partyId ? { partyId: q.partyId } : {}), ...(q.before ? { beforeId: q.before } : {}), ...(q.limit ? { limit: q.limit } : {}) });
    },
  );
}
