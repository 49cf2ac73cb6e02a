import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../api.js';
import { unavailable } from '../alerts-api.js';
import { NoteField } from '../components/note-field.js';
import { Problem } from '../components/problem.js';
import { useAction, useApi } from '../hooks.js';
import { useCan } from '../permissions.js';
import { REPORT_KINDS, REPORT_KIND_LABELS, type Report, type ReportIssue, type ReportKind } from '../reports-api.js';
import { IssueTable, ReportCard } from './report-card.js';

/**
 * Reports to file for the case this alert is worked in: prepare one (goAML STR/SAR, freeze report,
 * interdiction report, cultural-property record), see its validation errors by case field, and take
 * it through four eyes to filed. Reports belong to a case, so an alert outside a case offers to open
 * one first (the case panel above does that).
 */
const GOAML_CODES = ['STR', 'SAR'];
// What a freeze report says was frozen (src/reports/freeze.ts ASSET_KINDS).
const ASSET_KINDS = ['account', 'funds', 'economic-resource', 'safe-deposit', 'securities', 'other'];

/** The field problems of a 422 from POST /cases/:id/reports (each with field, message, source). */
function reportIssuesOf(err: unknown): ReportIssue[] | null {
  if (!(err instanceof ApiError) || err.status !== 422 || !Array.isArray(err.details)) return null;
  const issues = err.details as ReportIssue[];
  return issues.every((i) => typeof i.field === 'string' && typeof i.source === 'string') ? issues : null;
}

/** The `extra` patch: what was frozen (freeze reports) merged with any fields given as JSON. */
function extraOf(kind: ReportKind, frozen: { kind: string; description: string }, json: string): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> = {};
  if (json.trim()) {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('Other fields: a JSON object, in the case file\'s shape, e.g. {"state": "AT"}');
    extra = parsed as Record<string, unknown>;
  }
  if (kind === 'freeze' && frozen.description.trim()) {
    extra = { ...extra, matches: [{ frozen: [{ kind: frozen.kind, description: frozen.description.trim(), frozen_at: new Date().toISOString() }] }] };
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

function Prepare({ caseId, onDone }: { caseId: number; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState<ReportKind>('freeze');
  const [reportCode, setReportCode] = useState('STR');
  const [reason, setReason] = useState('');
  const [action, setAction] = useState('');
  const [assetKind, setAssetKind] = useState('account');
  const [asset, setAsset] = useState('');
  const [json, setJson] = useState('');
  const prepare = useAction();

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    const prepared = await prepare.run(() => {
      const extra = extraOf(kind, { kind: assetKind, description: asset }, json);
      return api<Report>(`/cases/${caseId}/reports`, {
        body: {
          kind,
          ...(kind === 'goaml' ? { reportCode } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(action.trim() ? { action: action.trim() } : {}),
          ...(extra ? { extra } : {}),
        },
      });
    });
    if (prepared) onDone();
  }

  return (
    <form class="propose" onSubmit={submit} aria-labelledby="prepare-report-title">
      <h3 id="prepare-report-title">Prepare a report (maker)</h3>
      <p class="muted small">The report is built from the case; what the case cannot supply is asked for below. A report that cannot be built is not stored: the problems are listed by field.</p>
      <div class="filters">
        <div class="field">
          <label for="report-kind">Report</label>
          <select id="report-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ReportKind)}>
            {REPORT_KINDS.map((k) => <option key={k} value={k}>{REPORT_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        {kind === 'goaml' && (
          <div class="field">
            <label for="report-code">goAML report code</label>
            <select id="report-code" value={reportCode} onChange={(e) => setReportCode(e.currentTarget.value)}>
              {GOAML_CODES.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </div>
        )}
      </div>
      {kind === 'freeze' && (
        <fieldset>
          <legend>What was frozen</legend>
          <div class="filters">
            <div class="field">
              <label for="asset-kind">Kind of asset</label>
              <select id="asset-kind" value={assetKind} onChange={(e) => setAssetKind(e.currentTarget.value)}>
                {ASSET_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </div>
            <div class="field grow">
              <label for="asset-description">Description (account, amount, where held)</label>
              <input id="asset-description" dir="auto" value={asset} onInput={(e) => setAsset(e.currentTarget.value)} />
            </div>
          </div>
        </fieldset>
      )}
      <NoteField id="report-reason" label="Reason (why this is reported)" value={reason} onInput={setReason} />
      <div class="field">
        <label for="report-action">Action taken (e.g. funds frozen, transfer refused)</label>
        <input id="report-action" dir="auto" value={action} onInput={(e) => setAction(e.currentTarget.value)} />
      </div>
      <details>
        <summary>Other fields the case cannot supply (JSON)</summary>
        <div class="field">
          <label for="report-extra">Fields in the report's case-file shape, e.g. {'{"state": "AT"}'}</label>
          <textarea id="report-extra" class="mono" rows={6} spellcheck={false} value={json} onInput={(e) => setJson(e.currentTarget.value)} />
        </div>
      </details>
      {reportIssuesOf(prepare.error) ? (
        <div class="problem" role="alert">
          <p><strong>422:</strong> {(prepare.error as Error).message}</p>
          <IssueTable issues={reportIssuesOf(prepare.error)!} caption="Nothing was stored. Give what is missing, then prepare again" />
        </div>
      ) : (
        <Problem error={prepare.error} />
      )}
      <button type="submit" disabled={prepare.busy}>Prepare report</button>
    </form>
  );
}

/** The reports of one case; `caseId` null for an alert not yet in a case. */
export function CaseReports({ caseId }: { caseId: number | null }): JSX.Element {
  const can = useCan();
  const reports = useApi<{ items: Report[] }>(caseId ? `/reports?caseId=${caseId}` : null);
  const head = <h2 id="reports-title">Reports to file</h2>;
  if (!caseId) {
    return (
      <section aria-labelledby="reports-title">
        {head}
        <p class="muted">Reports are made from a case: open a case for this party first.</p>
      </section>
    );
  }
  if (unavailable(reports.error)) {
    return (
      <section aria-labelledby="reports-title">
        {head}
        <p class="muted">This server does not offer reports over the API; reports are made with <code>interdict report</code>.</p>
      </section>
    );
  }
  const rows = reports.data?.items ?? [];
  return (
    <section aria-labelledby="reports-title">
      {head}
      <Problem error={reports.error} />
      {rows.length === 0 && !reports.loading && <p class="muted">No report for case {caseId} yet.</p>}
      {rows.map((r) => <ReportCard key={`${r.id}-${r.updatedAt}`} r={r} onChange={reports.reload} />)}
      {can('reports:prepare') && <Prepare caseId={caseId} onDone={reports.reload} />}
    </section>
  );
}
