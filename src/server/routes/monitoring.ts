import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { userActor } from '../../cases/actor.js';
import {
  approveRuleAlertDecision,
  getRuleAlert,
  listRuleAlertDecisions,
  listRuleAlerts,
  monitoringStats,
  proposeRuleAlertDecision,
  rejectRuleAlertDecision,
  transitionRuleAlert,
  withdrawRuleAlertDecision,
} from '../../cases/rule-alerts-repo.js';
import { ALERT_STATES, DECISION_KINDS, type AlertState, type DecisionKind } from '../../cases/states.js';
import { EventValidationError } from '../../monitoring/errors.js';
import { processAndStore, type StoredOutcome } from '../../monitoring/event-store.js';
import { parseEvent, type MonitoringEvent } from '../../monitoring/events.js';
import { readPacs008 } from '../../monitoring/iso20022.js';
import type { MonitorContext } from '../../monitoring/process.js';
import { loadReference } from '../../monitoring/reference/load.js';
import { prepareReference, type Reference } from '../../monitoring/reference/prepared.js';
import { buildMonitor } from '../../monitoring/setup.js';
import { auditActorOfRequest, principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, Note, type IdParamsT } from './ids.js';

/**
 * Monitoring over HTTP: events in (JSON, or pacs.008 XML), judged and recorded exactly as the CLI
 * and the queue workers do (src/monitoring/event-store.ts); rule alerts listed, read with their
 * event, moved, and closed by a four-eyes decision; and the figures for the monitoring dashboard.
 */
const State = Type.Union(ALERT_STATES.map((s) => Type.Literal(s)));
const XML_TYPES = ['application/xml', 'text/xml'];

/** The monitor over the engine the screening service has built: rebuilt when the lists in force change. */
function monitorProvider(ctx: AppContext): () => Promise<Omit<MonitorContext, 'history'>> {
  let reference: Reference | undefined;
  let cached: { engine: unknown; monitor: Omit<MonitorContext, 'history'> } | undefined;
  return async () => {
    const loaded = await ctx.screening.get();
    if (cached?.engine !== loaded.engine) {
      reference ??= prepareReference(loadReference());
      cached = {
        engine: loaded.engine,
        monitor: buildMonitor({ engine: loaded.engine, parties: [...loaded.parties.values()] }, { reference, packConfig: ctx.sitePack.raw, ...(ctx.sitePack.raw !== undefined ? { packConfigFile: ctx.sitePack.source } : {}) }),
      };
    }
    return cached.monitor;
  };
}

function badEvent(err: unknown): never {
  if (err instanceof EventValidationError) throw new HttpError(400, `invalid event: ${err.message}`, { field: err.field ?? null, ...(err.where ? { where: err.where } : {}) });
  throw err;
}

/** The answer for one event: the stored outcome without its database row id. */
function answer(o: StoredOutcome): Omit<StoredOutcome, 'monitoringEventId'> {
  const { monitoringEventId: _id, ...rest } = o;
  return rest;
}

export function registerMonitoringRoutes(app: FastifyInstance, ctx: AppContext): void {
  const monitor = monitorProvider(ctx);

  app.post(
    '/events',
    {
      config: { permission: 'events:submit' },
      schema: {
        tags: ['monitoring'],
        summary: 'Judge and record one event: a JSON event (payment, cargo, art, flag), or pacs.008 XML (content type application/xml)',
        description:
          'Screens every party and free-text field, runs every rule pack, records the event, its outcome and each hit as a rule alert in a case. ' +
          'An event id seen before (same kind) is not judged again: its stored outcome comes back with duplicate: true. A pacs.008 message with several transactions answers {items: [...]}.',
      },
    },
    async (request) => {
      const contentType = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      let events: MonitoringEvent[];
      if (XML_TYPES.includes(contentType)) {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new HttpError(400, 'the body is empty: send one pacs.008 message');
        try {
          events = await readPacs008({ bytes: request.body, name: 'body' });
        } catch (err) {
          badEvent(err);
        }
        if (events.length === 0) throw new HttpError(400, 'the pacs.008 message has no credit transfer transaction (CdtTrfTxInf)');
      } else if (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body)) {
        try {
          events = [parseEvent(request.body)];
        } catch (err) {
          badEvent(err);
        }
      } else {
        throw new HttpError(415, 'send the event as JSON (application/json) or a pacs.008 message as application/xml');
      }
      const m = await monitor();
      const actor = auditActorOfRequest(request);
      const out: ReturnType<typeof answer>[] = [];
      // One at a time, in the message's order: a later transaction may read an earlier one's history.
      for (const e of events) out.push(answer((await processAndStore(ctx.db, m, e, { actor })).outcome));
      return out.length === 1 ? out[0] : { items: out };
    },
  );

  app.get(
    '/rule-alerts',
    {
      config: { permission: 'rule-alerts:read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Rule alerts, newest first, filtered by state, pack and rule',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.Array(State, { maxItems: ALERT_STATES.length, description: 'repeat for several: state=open&state=in_review' })),
            pack: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            ruleId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            caseId: Type.Optional(Type.Integer({ minimum: 1 })),
            before: Type.Optional(Type.Integer({ minimum: 1, description: 'paging: rule alerts with an id below this' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { state?: AlertState[]; pack?: string; ruleId?: string; caseId?: number; before?: number; limit?: number };
      const items = await listRuleAlerts(ctx.db, {
        ...(q.state ? { states: q.state } : {}),
        ...(q.pack !== undefined ? { pack: q.pack } : {}),
        ...(q.ruleId !== undefined ? { ruleId: q.ruleId } : {}),
        ...(q.caseId !== undefined ? { caseId: q.caseId } : {}),
        ...(q.before !== undefined ? { beforeId: q.before } : {}),
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
      });
      return { items };
    },
  );

  app.get(
    '/rule-alerts/:id',
    { config: { permission: 'rule-alerts:read' }, schema: { tags: ['monitoring'], summary: 'A rule alert with the event it was raised on (as received) and its decisions', params: IdParams } },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const alert = await getRuleAlert(ctx.db, id);
      if (!alert) throw new HttpError(404, `no rule alert ${id}`);
      return { ...alert, decisions: await listRuleAlertDecisions(ctx.db, { ruleAlertId: id }) };
    },
  );

  app.post(
    '/rule-alerts/:id/transition',
    {
      config: { permission: 'rule-alerts:transition' },
      schema: {
        tags: ['monitoring'],
        summary: 'Move a rule alert between working states (in_review, escalated, back to open); closing needs a decision',
        params: IdParams,
        body: Type.Object({ to: State, note: Type.Optional(Note) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const body = request.body as { to: AlertState; note?: string };
      await transitionRuleAlert(ctx.db, { ruleAlertId: id, to: body.to, ...(body.note !== undefined ? { note: body.note } : {}) }, userActor(principalOf(request)));
      return getRuleAlert(ctx.db, id);
    },
  );

  app.post(
    '/rule-alerts/:id/decisions',
    {
      config: { permission: 'decisions:propose' },
      schema: {
        tags: ['monitoring'],
        summary: 'Propose closing a rule alert (in review or escalated) as a true match or a false positive (the maker)',
        params: IdParams,
        body: Type.Object({ kind: Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))), note: Note }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const body = request.body as { kind: DecisionKind; note: string };
      const decision = await proposeRuleAlertDecision(ctx.db, { ruleAlertId: (request.params as IdParamsT).id, ...body }, principalOf(request));
      void reply.status(201);
      return decision;
    },
  );

  const checkerBody = Type.Optional(Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false }));
  app.post(
    '/rule-alert-decisions/:id/approve',
    {
      config: { permission: 'decisions:approve' },
      schema: { tags: ['monitoring'], summary: "Approve another person's proposal (the checker): closes the rule alert", params: IdParams, body: checkerBody },
    },
    async (request) => {
      const note = (request.body as { note?: string } | undefined)?.note;
      return approveRuleAlertDecision(ctx.db, { decisionId: (request.params as IdParamsT).id, ...(note !== undefined ? { note } : {}) }, principalOf(request));
    },
  );

  app.post(
    '/rule-alert-decisions/:id/reject',
    {
      config: { permission: 'decisions:approve' },
      schema: { tags: ['monitoring'], summary: "Decline another person's proposal: the rule alert stays where it is", params: IdParams, body: checkerBody },
    },
    async (request) => {
      const note = (request.body as { note?: string } | undefined)?.note;
      return rejectRuleAlertDecision(ctx.db, { decisionId: (request.params as IdParamsT).id, ...(note !== undefined ? { note } : {}) }, principalOf(request));
    },
  );

  app.post(
    '/rule-alert-decisions/:id/withdraw',
    { config: { permission: 'decisions:propose' }, schema: { tags: ['monitoring'], summary: 'The maker takes back their own pending proposal', params: IdParams } },
    async (request) => withdrawRuleAlertDecision(ctx.db, (request.params as IdParamsT).id, principalOf(request)),
  );

  app.get(
    '/monitoring/rule-pack',
    {
      config: { permission: 'monitoring:read' },
      schema: { tags: ['monitoring'], summary: 'The rule-pack configuration POST /events runs: its id (version@hash, stored with every decision), where it came from, and every rule with its action and parameters' },
    },
    async () => {
      const { pack } = await monitor();
      return {
        id: pack.id,
        version: pack.config.version,
        source: ctx.sitePack.source,
        screeningThreshold: pack.config.screeningThreshold ?? null,
        rules: pack.config.rules.map((r) => ({ code: r.def.code, pack: r.def.pack, title: r.def.title, enabled: r.enabled, action: r.action, score: r.score, params: r.params })),
      };
    },
  );

  app.get(
    '/monitoring/stats',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Dashboard figures: rule alerts per day and rule, false-positive rate per rule, hours from listing to freeze',
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660 })) }, { additionalProperties: false }),
      },
    },
    async (request) => monitoringStats(ctx.db, (request.query as { days?: number }).days ?? 30),
  );
}
