import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { approveDecision, getDecision, listDecisions, proposeDecision, rejectDecision, withUsernames, withdrawDecision } from '../../cases/decisions-repo.js';
import { DECISION_KINDS, DECISION_STATUSES, type DecisionKind, type DecisionStatus } from '../../cases/states.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, Note, type IdParamsT } from './ids.js';

/**
 * Four-eyes decisions over HTTP. The rules (a different person approves, the maker withdraws only
 * their own, the alert unchanged since the proposal) live in the repository and are enforced there;
 * this layer checks the role and passes the person along. Every answer names the maker and checker
 * by username (makerUsername, checkerUsername) beside their user ids.
 */
export function registerDecisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/decisions',
    {
      config: { permission: 'decisions:propose' },
      schema: {
        tags: ['decisions'],
        summary: 'Propose closing an alert as a true match or a false positive (the maker)',
        body: Type.Object(
          {
            alertId: Type.Integer({ minimum: 1 }),
            kind: Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))),
            note: Note,
            allowListDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const body = request.body as { alertId: number; kind: DecisionKind; note: string; allowListDays?: number };
      const decision = await proposeDecision(ctx.db, body, principalOf(request));
      void reply.status(201);
      return withUsernames(ctx.db, decision);
    },
  );

  app.post(
    '/decisions/:id/approve',
    {
      config: { permission: 'decisions:approve' },
      schema: {
        tags: ['decisions'],
        summary: "Approve another person's proposal (the checker): closes the alert; a false positive goes on the allow-list, a UN true match gets a freeze record",
        params: IdParams,
        body: Type.Optional(Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false })),
      },
    },
    async (request) => {
      const note = (request.body as { note?: string } | undefined)?.note;
      const result = await approveDecision(ctx.db, { decisionId: (request.params as IdParamsT).id, ...(note !== undefined ? { note } : {}) }, principalOf(request));
      return { ...result, decision: await withUsernames(ctx.db, result.decision) };
    },
  );

  app.post(
    '/decisions/:id/reject',
    {
      config: { permission: 'decisions:approve' },
      schema: { tags: ['decisions'], summary: "Decline another person's proposal, saying why", params: IdParams, body: Type.Object({ note: Note }, { additionalProperties: false }) },
    },
    async (request) => withUsernames(ctx.db, await rejectDecision(ctx.db, { decisionId: (request.params as IdParamsT).id, note: (request.body as { note: string }).note }, principalOf(request))),
  );

  app.post(
    '/decisions/:id/withdraw',
    { config: { permission: 'decisions:propose' }, schema: { tags: ['decisions'], summary: 'The maker takes back their own pending proposal', params: IdParams } },
    async (request) => withUsernames(ctx.db, await withdrawDecision(ctx.db, (request.params as IdParamsT).id, principalOf(request))),
  );

  app.get(
    '/decisions/:id',
    { config: { permission: 'decisions:read' }, schema: { tags: ['decisions'], summary: 'A decision', params: IdParams } },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const decision = await getDecision(ctx.db, id);
      if (!decision) throw new HttpError(404, `no decision ${id}`);
      return decision;
    },
  );

  app.get(
    '/decisions',
    {
      config: { permission: 'decisions:read' },
      schema: {
        tags: ['decisions'],
        summary: 'Decisions, newest first (pending ones are the checkers\' queue)',
        querystring: Type.Object(
          { status: Type.Optional(Type.Union(DECISION_STATUSES.map((s) => Type.Literal(s)))), alertId: Type.Optional(Type.Integer({ minimum: 1 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { status?: DecisionStatus; alertId?: number };
      return listDecisions(ctx.db, { ...(q.status ? { status: q.status } : {}), ...(q.alertId ? { alertId: q.alertId } : {}) });
    },
  );
}
