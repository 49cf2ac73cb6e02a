import { Type } from 'typebox';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { auditLog } from '../../store/schema/index.js';
import { listAllowList, revokeAllowListEntry } from '../../cases/allow-list-repo.js';
import { verifyAuditChain, type AuditAnchor } from '../../cases/audit-verify.js';
import { getFreezeRecord, listFreezeRecords } from '../../cases/freeze-repo.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, Note, type IdParamsT } from './ids.js';

/** What decisions leave behind: allow-list entries, freeze records, and the audit chain's verification. */
export function registerRecordRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/allow-list',
    {
      config: { permission: 'allowlist:read' },
      schema: {
        tags: ['allow-list'],
        summary: 'Allow-list entries (decided false positives), newest first',
        querystring: Type.Object(
          { partyId: Type.Optional(Type.Integer({ minimum: 1 })), active: Type.Optional(Type.Boolean({ description: 'only entries not revoked and not expired' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { partyId?: number; active?: boolean };
      return listAllowList(ctx.db, { ...(q.partyId ? { partyId: q.partyId } : {}), ...(q.active ? { activeAt: new Date() } : {}) });
    },
  );

  app.post(
    '/allow-list/:id/revoke',
    {
      config: { permission: 'allowlist:revoke' },
      schema: { tags: ['allow-list'], summary: 'End an allow-list entry before it expires, saying why', params: IdParams, body: Type.Object({ note: Note }, { additionalProperties: false }) },
    },
    async (request) => revokeAllowListEntry(ctx.db, { id: (request.params as IdParamsT).id, note: (request.body as { note: string }).note }, principalOf(request)),
  );

  app.get(
    '/freeze-records',
    {
      config: { permission: 'freeze:read' },
      schema: {
        tags: ['freeze'],
        summary: 'Freeze records with their timelines, newest first',
        querystring: Type.Object({ partyId: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { partyId } = request.query as { partyId?: number };
      return listFreezeRecords(ctx.db, partyId ? { partyId } : {});
    },
  );

  app.get(
    '/freeze-records/:id',
    { config: { permission: 'freeze:read' }, schema: { tags: ['freeze'], summary: 'A freeze record with its timeline (listing to freeze)', params: IdParams } },
    async (request) => {
      const { id } = request.params as IdParamsT;
      const record = await getFreezeRecord(ctx.db, id);
      if (!record) throw new HttpError(404, `no freeze record ${id}`);
      return record;
    },
  );

  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries, newest first (paging: before = a sequence number)',
        querystring: Type.Object(
          {
            action: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { action?: string; before?: number; limit?: number };
      const conditions: SQL[] = [];
      if (q.action) conditions.push(eq(auditLog.action, q.action));
      if (q.before) conditions.push(lt(auditLog.seq, q.before));
      return ctx.db
        .select()
        .from(auditLog)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(desc(auditLog.seq))
        .limit(q.limit ?? 100);
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain of the audit log; optionally against recorded anchors (seq:hash)',
        querystring: Type.Object(
          { anchor: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{1,15}:[0-9a-fA-F]{64}$' }), { maxItems: 50 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { anchor } = request.query as { anchor?: string[] };
      const anchors: AuditAnchor[] = (anchor ?? []).map((a) => {
        const [seq, hash] = a.split(':');
        return { seq: Number(seq), hash: hash! };
      });
      return verifyAuditChain(ctx.db, { anchors });
    },
  );
}
