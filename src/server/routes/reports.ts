import { Type } from 'typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CaseNotFoundError } from '../../reports/case-data.js';
import { FilingError, FILING_STATES, storedCopy, type FilingState } from '../../reports/filing.js';
import { prepareFromCase, chooseProfile, type PrepareRequest } from '../../reports/prepare-from-case.js';
import { reportHtml, reportView } from '../../reports/report-view.js';
import { loadReportingSettings, ReportingSettingsError, type ReportingSettings } from '../../reports/reporting-settings.js';
import { approveReport, createReport, fileReport, getReport, listReports, recordExport, ReportNotFoundError, returnReport, type ReportRow } from '../../reports/reports-repo.js';
import { REPORT_KINDS, type ReportKind } from '../../store/schema/reports.js';
import { principalOf } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { IdParams, Note, type IdParamsT } from './ids.js';

/**
 * Reports to authorities over HTTP: prepared from a stored case (the maker), approved or returned by
 * another person (the checker), marked filed; the stored copy and its printable page downloadable,
 * each download audited. The rules live in src/reports (filing.ts, reports-repo.ts); this layer
 * checks the role, names the person and maps refusals to statuses: 404 unknown case or report, 409 a
 * four-eyes breach, a stale hash or a step the state does not allow, 422 a report that cannot be built
 * (with every problem by field).
 */

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 (hex) of the stored copy the checker reviewed' });

const PrepareBody = Type.Object(
  {
    kind: Type.Union(REPORT_KINDS.map((k) => Type.Literal(k))),
    reportCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,10}$', description: 'the FIU report code (STR, SAR, ...); goAML only' })),
    profile: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'FIU profile id; default the first configured' })),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 20000 })),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 20000 })),
    extra: Type.Optional(Type.Object({}, { additionalProperties: true, description: "fields the database cannot supply, in the report's case-file shape (docs/reports.md)" })),
  },
  { additionalProperties: false },
);

function settingsOf(ctx: AppContext): Promise<ReportingSettings> {
  return loadReportingSettings(ctx.store.dataDir, ctx.settings.reporting).catch((err: unknown) => {
    if (err instanceof ReportingSettingsError) throw new HttpError(422, err.message);
    throw err;
  });
}

/** Refusals of the filing rules and the repository, as HTTP statuses. */
function mapped(err: unknown): unknown {
  if (err instanceof ReportNotFoundError || err instanceof CaseNotFoundError) return new HttpError(404, err.message);
  if (err instanceof FilingError) return new HttpError(err.code === 'invalid' ? 422 : 409, err.message, { code: err.code });
  return err;
}

async function found(ctx: AppContext, id: number): Promise<ReportRow> {
  const row = await getReport(ctx.db, id);
  if (!row) throw new HttpError(404, `no report ${id}`);
  return row;
}

function send(reply: FastifyReply, mediaType: string, body: string, sha256: string, fileName: string): FastifyReply {
  return reply.header('content-type', `${mediaType}; charset=utf-8`).header('x-content-sha256', sha256).header('content-disposition', `inline; filename="${fileName}"`).send(body);
}

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/cases/:id/reports',
    {
      config: { permission: 'reports:prepare' },
      schema: { tags: ['reports'], summary: 'Prepare a report from a stored case (the maker); 422 names every missing or invalid field', params: IdParams, body: PrepareBody },
    },
    async (request, reply) => {
      const caseId = (request.params as IdParamsT).id;
      const body = request.body as PrepareRequest;
      const who = principalOf(request);
      try {
        const outcome = await prepareFromCase(ctx.db, caseId, body, { settings: await settingsOf(ctx), store: ctx.store });
        if (!outcome.ok) {
          const fields = [...new Set(outcome.issues.map((i) => i.field || '(report)'))];
          return reply.status(422).send({
            statusCode: 422,
            error: 'Unprocessable Entity',
            message: `the ${body.kind} report cannot be built from case ${caseId}: ${outcome.issues.length} problem(s), in ${fields.slice(0, 8).join(', ')}${fields.length > 8 ? ', ...' : ''}`,
            issues: outcome.issues,
          });
        }
        const row = await createReport(ctx.db, { caseId, prepared: outcome.report, maker: who.username });
        return reply.status(201).send(reportView(row));
      } catch (err) {
        throw mapped(err);
      }
    },
  );

  app.get(
    '/reports',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Reports, newest first',
        querystring: Type.Object(
          {
            caseId: Type.Optional(Type.Integer({ minimum: 1 })),
            state: Type.Optional(Type.Union(FILING_STATES.map((s) => Type.Literal(s)))),
            kind: Type.Optional(Type.Union(REPORT_KINDS.map((k) => Type.Literal(k)))),
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const q = request.query as { caseId?: number; state?: FilingState; kind?: ReportKind; before?: number; limit?: number };
      const now = new Date();
      return { items: (await listReports(ctx.db, q)).map((r) => reportView(r, now)) };
    },
  );

  app.get(
    '/reports/:id',
    { config: { permission: 'reports:read' }, schema: { tags: ['reports'], summary: 'A report: state, maker, checker, hash, validation errors, history, deadline', params: IdParams } },
    async (request) => reportView(await found(ctx, (request.params as IdParamsT).id)),
  );

  app.get(
    '/reports/:id/content',
    {
      config: { permission: 'reports:export' },
      schema: { tags: ['reports'], summary: "The authority's file as stored (goAML XML, else JSON), header x-content-sha256; audited as export", params: IdParams },
    },
    async (request, reply) => {
      const row = await found(ctx, (request.params as IdParamsT).id);
      await recordExport(ctx.db, row, { actor: `user:${principalOf(request).username}`, format: 'content', sha256: row.sha256 });
      return send(reply, row.mediaType, row.content, row.sha256, `report-${row.id}.${row.mediaType === 'application/xml' ? 'xml' : 'json'}`);
    },
  );

  app.get(
    '/reports/:id/html',
    { config: { permission: 'reports:export' }, schema: { tags: ['reports'], summary: 'The printable page of a report; audited as export', params: IdParams } },
    async (request, reply) => {
      const row = await found(ctx, (request.params as IdParamsT).id);
      const settings = await settingsOf(ctx);
      const profile = (await chooseProfile(settings, row.profile ?? undefined)) ?? (await chooseProfile(settings, undefined));
      const html = reportHtml(row, { localCurrency: profile?.localCurrency ?? '', currencyExponents: profile?.currencyExponents ?? {} });
      const sha256 = storedCopy(html, 'text/html').sha256;
      await recordExport(ctx.db, row, { actor: `user:${principalOf(request).username}`, format: 'html', sha256 });
      return send(reply, 'text/html', html, sha256, `report-${row.id}.html`);
    },
  );

  app.post(
    '/reports/:id/approve',
    {
      config: { permission: 'reports:check' },
      schema: {
        tags: ['reports'],
        summary: "Approve another person's report (the checker), binding to the hash reviewed; 409 for the maker, a stale hash, or a report with validation errors",
        params: IdParams,
        body: Type.Object({ sha256: Sha256, note: Type.Optional(Note) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const body = request.body as { sha256: string; note?: string };
      try {
        return reportView(await approveReport(ctx.db, (request.params as IdParamsT).id, { by: principalOf(request).username, sha256: body.sha256, ...(body.note ? { note: body.note } : {}) }));
      } catch (err) {
        throw mapped(err);
      }
    },
  );

  app.post(
    '/reports/:id/return',
    {
      config: { permission: 'reports:check' },
      schema: { tags: ['reports'], summary: 'Return a report to its maker with a note saying what to fix (the checker)', params: IdParams, body: Type.Object({ note: Note }, { additionalProperties: false }) },
    },
    async (request) => {
      try {
        return reportView(await returnReport(ctx.db, (request.params as IdParamsT).id, { by: principalOf(request).username, note: (request.body as { note: string }).note }));
      } catch (err) {
        throw mapped(err);
      }
    },
  );

  app.post(
    '/reports/:id/file',
    {
      config: { permission: 'reports:file' },
      schema: {
        tags: ['reports'],
        summary: 'Mark an approved report as filed with the authority, with its acknowledgement',
        params: IdParams,
        body: Type.Optional(Type.Object({ authorityReference: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }, { additionalProperties: false })),
      },
    },
    async (request) => {
      const ref = (request.body as { authorityReference?: string } | undefined)?.authorityReference;
      try {
        return reportView(await fileReport(ctx.db, (request.params as IdParamsT).id, { by: principalOf(request).username, ...(ref ? { authorityReference: ref } : {}) }));
      } catch (err) {
        throw mapped(err);
      }
    },
  );
}
