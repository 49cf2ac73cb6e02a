import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { getAlert, listAlerts, transitionAlert } from '../../cases/alerts-repo.js';
import { userActor } from '../../cases/actor.js';
import { listDecisions } from '../../cases/decisions-repo.js';
import { ALERT_STATES, type AlertState } from '../../cases/states.js';
import { getParty } from '../../store/parties-repo.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, Note, type IdParamsT } from './ids.js';

/** Alerts: filtered lists, one with its explanation and decisions, replay, and moves between working states. */
const State = Type.Union(ALERT_STATES.map((s) => Type.Literal(s)));
const HOUR_MS = 3_600_000;

export function registerAlertRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/alerts',
    {
      config: { permission: 'alerts:read' },
      schema: {
        tags: ['alerts'],
        summary: 'Alerts, newest first, filtered by state, list, score band, age and party',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Array(State, { maxItems: ALERT_STATES.length, description: 'repeat for several: state=open&state=in_review' })),
            list: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
            maxScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
            minAgeHours: Type.Optional(Type.Number({ minimum: 0, description: 'raised at least this long ago' })),
            maxAgeHours: Type.Optional(Type.Number({ minimum: 0, description: 'raised at most this long ago' })),
            partyId: Type.Optional(Type.Integer({ minimum: 1 })),
            listedPartyId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            before: Type.Optional(Type.Integer({ minimum: 1, description: 'paging: alerts with an id below this' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as {
        state?: AlertState[];
        list?: string;
        minScore?: number;
        maxScore?: number;
        minAgeHours?: number;
        maxAgeHours?: number;
        partyId?: number;
        listedPartyId?: string;
        before?: number;
        limit?: number;
      };
      const now = Date.now();
      return listAlerts(ctx.db, {
        ...(q.state ? { states: q.state } : {}),
        ...(q.list !== undefined ? { listSource: q.list } : {}),
        ...(q.minScore !== undefined ? { minScore: q.minScore } : {}),
        ...(q.maxScore !== undefined ? { maxScore: q.maxScore } : {}),
        ...(q.minAgeHours !== undefined ? { createdBefore: new Date(now - q.minAgeHours * HOUR_MS) } : {}),
        ...(q.maxAgeHours !== undefined ? { createdAfter: new Date(now - q.maxAgeHours * HOUR_MS) } : {}),
        ...(q.partyId !== undefined ? { partyId: q.partyId } : {}),
        ...(q.listedPartyId !== undefined ? { listedPartyId: q.listedPartyId } : {}),
        ...(q.before !== undefined ? { beforeId: q.before } : {}),
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
      });
    },
  );

  app.get(
    '/alerts/:id',
    { config: { permission: 'alerts:read' }, schema: { tags: ['alerts'], summary: 'An alert with its explanation, its party and its decisions', params: IdParams } },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const alert = await getAlert(ctx.db, id);
      if (!alert) throw new HttpError(404, `no alert ${id}`);
      return { alert, party: (await getParty(ctx.db, alert.partyId)) ?? null, decisions: await listDecisions(ctx.db, { alertId: id }) };
    },
  );

  app.get(
    '/alerts/:id/replay',
    {
      config: { permission: 'alerts:read' },
      schema: { tags: ['alerts'], summary: 'Re-run the stored query against the stored list versions: the same score and explanation', params: IdParams },
    },
    async (request) => ctx.replayer.replay((request.params as IdParamsT).id),
  );

  app.post(
    '/alerts/:id/transition',
    {
      config: { permission: 'alerts:transition' },
      schema: {
        tags: ['alerts'],
        summary: 'Move an alert between working states (open, in_review, escalated); closing needs a decision',
        params: IdParams,
        body: Type.Object({ to: State, reason: Type.Optional(Note) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const body = request.body as { to: AlertState; reason?: string };
      return transitionAlert(ctx.db, { alertId: id, to: body.to, ...(body.reason !== undefined ? { reason: body.reason } : {}) }, userActor(principalOf(request)));
    },
  );
}
