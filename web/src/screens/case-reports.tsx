import type { JSX } from 'preact';
import { rowsOf, unavailable, type AlertRow } from '../alerts-api.js';
import { Problem } from '../components/problem.js';
import { dateTime } from '../format.js';
import { useApi } from '../hooks.js';

/**
 * Reports to file for this alert (goAML STR/SAR, freeze reports) and, for each, the validation issues
 * mapped back to the case field at fault, so the analyst fixes the case, not the XML. The reports API
 * is not on every server yet: then the screen says so instead of showing an error.
 */
interface ReportIssue {
  field: string;
  message: string;
  source: 'input' | 'profile' | 'schema';
  xsd?: { message: string; xpath?: string; line: number };
}

interface ReportRow {
  id: string | number;
  kind: string;
  state?: string;
  createdAt?: string;
  issues?: ReportIssue[];
}

export function CaseReports({ alert }: { alert: AlertRow }): JSX.Element {
  const reports = useApi<unknown>(`/reports?alertId=${alert.id}`);
  if (unavailable(reports.error)) {
    return (
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">Reports to file</h2>
        <p class="muted">This server does not offer reports over the API yet; reports are made with <code>interdict report</code>.</p>
      </section>
    );
  }
  const rows = rowsOf<ReportRow>(reports.data, 'reports');
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">Reports to file</h2>
      <Problem error={reports.error} />
      {rows.length === 0 && !reports.loading && <p class="muted">No report for this alert.</p>}
      {rows.map((r) => (
        <article key={r.id} class="panel">
          <h3>{r.kind} {r.state ? <span class="state">{r.state}</span> : null}</h3>
          {r.createdAt && <p class="muted small">{dateTime(r.createdAt)}</p>}
          {r.issues && r.issues.length > 0 ? (
            <table>
              <caption>Validation errors</caption>
              <thead><tr><th scope="col">Field</th><th scope="col">Problem</th><th scope="col">Found by</th></tr></thead>
              <tbody>
                {r.issues.map((i, n) => (
                  <tr key={n}>
                    <td><code>{i.field || '(report)'}</code></td>
                    <td>{i.message}{i.xsd ? <div class="muted small">XSD line {i.xsd.line}: {i.xsd.message}</div> : null}</td>
                    <td>{i.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p class="muted">Valid: no errors.</p>
          )}
        </article>
      ))}
    </section>
  );
}
