import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, download } from '../api.js';
import { NoteField } from '../components/note-field.js';
import { Problem } from '../components/problem.js';
import { dateTime, shortHash } from '../format.js';
import { useAction } from '../hooks.js';
import { useCan, useIdentity } from '../permissions.js';
import { REPORT_KIND_LABELS, issuesByField, reportFileName, type Report, type ReportIssue } from '../reports-api.js';

/**
 * One report: its state and four-eyes steps, the validation errors by case field (so the analyst
 * fixes the case, not the XML), the deadline, the downloads, and the next step for whoever may take
 * it. The checker approves the exact bytes: the approval names their SHA-256, taken from the copy the
 * checker downloads, so a copy changed in between is refused by the server.
 */
const STEPS = ['prepared', 'approved', 'filed'] as const;

function Deadline({ r }: { r: Report }): JSX.Element | null {
  if (!r.dueAt || r.state === 'filed') return null;
  const late = r.daysLeft !== null && r.daysLeft < 0;
  return (
    <p class={late || (r.daysLeft ?? 99) <= 5 ? 'notice' : 'muted'} data-testid="report-deadline">
      Due {r.dueAt.slice(0, 10)}: <strong>{r.daysLeft === null ? '—' : late ? `${-r.daysLeft} days late` : `${r.daysLeft} days left`}</strong>
    </p>
  );
}

function Steps({ r }: { r: Report }): JSX.Element {
  const reached = (s: string) => r.history.some((h) => h.state === s);
  return (
    <ol class="steps" aria-label="Filing steps">
      {STEPS.map((s) => (
        <li key={s} class={reached(s) ? 'done' : ''} aria-current={r.state === s ? 'step' : undefined}>{s}</li>
      ))}
      {r.state === 'returned' && <li class="returned" aria-current="step">returned to the maker</li>}
    </ol>
  );
}

/** Report problems as a table, one row group per case field, with what found each one. */
export function IssueTable({ issues, caption }: { issues: ReportIssue[]; caption: string }): JSX.Element {
  return (
    <table class="report-errors">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Case field</th><th scope="col">Problem</th><th scope="col">Found by</th></tr></thead>
      <tbody>
        {issuesByField(issues).flatMap(([field, group]) =>
          group.map((i, n) => (
            <tr key={`${field}-${n}`}>
              {n === 0 && <th scope="row" rowSpan={group.length}><code>{field}</code></th>}
              <td>{i.message}</td>
              <td>{SOURCE[i.source] ?? i.source}{i.line !== undefined ? `, line ${i.line}` : ''}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

const SOURCE: Record<string, string> = { input: 'the case', profile: "the FIU's profile", schema: 'the goAML schema' };

function Errors({ r }: { r: Report }): JSX.Element {
  if (r.validationErrors.length === 0) return <p class="ok">Valid: the report passed every check.</p>;
  return <IssueTable issues={r.validationErrors} caption={`Validation errors (${r.validationErrors.length}): fix these in the case, then prepare again`} />;
}

export function ReportCard({ r, onChange }: { r: Report; onChange: () => void }): JSX.Element {
  const can = useCan();
  const me = useIdentity();
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [seen, setSeen] = useState<string | null>(null);
  const action = useAction();
  const { busy } = action;
  const mine = r.maker === me.username;
  const valid = r.validationErrors.length === 0;

  async function run(step: () => Promise<unknown>): Promise<void> {
    if (!(await action.run(step))) return;
    setNote('');
    onChange();
  }
  const fetchCopy = () => run(async () => setSeen((await download(`/reports/${r.id}/content`, reportFileName(r))) ?? r.sha256));
  const readable = () => run(() => download(`/reports/${r.id}/html`, `interdict-report-${r.id}-${r.kind}.html`));
  const approve = () => run(() => api(`/reports/${r.id}/approve`, { body: { sha256: seen ?? r.sha256, ...(note.trim() ? { note: note.trim() } : {}) } }));
  const giveBack = () => run(() => api(`/reports/${r.id}/return`, { body: { note: note.trim() } }));
  const file = () => run(() => api(`/reports/${r.id}/file`, { body: reference.trim() ? { authorityReference: reference.trim() } : {} }));

  const titleId = `report-${r.id}-title`;
  return (
    <article class="panel report" aria-labelledby={titleId} data-report-id={r.id}>
      <h3 id={titleId}>
        Report {r.id}: {REPORT_KIND_LABELS[r.kind] ?? r.kind} {r.reportCode !== r.kind && <span class="ref">{r.reportCode}</span>} <span class="state" data-testid="report-state">{r.state}</span>
      </h3>
      <Steps r={r} />
      <Deadline r={r} />
      <dl class="facts">
        <dt>Prepared</dt><dd>{dateTime(r.createdAt)} by <strong>{r.maker}</strong></dd>
        {r.checker && <><dt>Checked</dt><dd>by <strong>{r.checker}</strong></dd></>}
        {r.profile && <><dt>FIU profile</dt><dd>{r.profile}</dd></>}
        <dt>Content</dt><dd>{r.mediaType}, {r.bytes} bytes, SHA-256 <code title={r.sha256}>{shortHash(r.sha256)}</code></dd>
        {r.filedAt && <><dt>Filed</dt><dd>{dateTime(r.filedAt)}{r.authorityReference ? <> · authority reference <strong>{r.authorityReference}</strong></> : null}</dd></>}
      </dl>
      <Errors r={r} />
      {r.history.length > 0 && (
        <ol class="timeline" aria-label={`History of report ${r.id}`}>
          {r.history.map((h, i) => (
            <li key={i}>
              <span class="muted small">{dateTime(h.at)}</span> · {h.state} by {h.by} <span class="muted small">(sha256 {shortHash(h.sha256)})</span>
              {h.note && <div class="note" dir="auto">“{h.note}”</div>}
            </li>
          ))}
        </ol>
      )}
      {can('reports:export') && <div class="actions" role="group" aria-label={`Report ${r.id} files`}>
        <button type="button" class="secondary" disabled={busy} onClick={() => void fetchCopy()}>Download {/xml/.test(r.mediaType) ? 'XML' : 'JSON'}</button>
        <button type="button" class="secondary" disabled={busy} onClick={() => void readable()}>Download readable copy (HTML)</button>
      </div>}
      {r.state === 'prepared' && can('reports:check') && !mine && valid && (
        <div class="review" role="group" aria-label={`Check report ${r.id}`}>
          <p class="muted small">
            {seen ? <>You downloaded the copy with SHA-256 <code>{shortHash(seen)}</code>; approving names exactly these bytes.</> : 'Download the file and read it before approving: the approval names its SHA-256.'}
          </p>
          <NoteField id={`report-note-${r.id}`} label="Checker's note (required to return)" value={note} onInput={setNote} />
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void approve()}>Approve report</button>
            <button type="button" class="danger" disabled={busy || note.trim() === ''} onClick={() => void giveBack()}>Return to the maker</button>
          </div>
        </div>
      )}
      {r.state === 'prepared' && (mine || !can('reports:check')) && <p class="muted">Waiting for a checker: a supervisor other than {r.maker} approves or returns it.</p>}
      {r.state === 'prepared' && !valid && <p class="muted">A report with validation errors cannot be approved: fix the case and prepare it again.</p>}
      {r.state === 'approved' && can('reports:file') && (
        <div class="actions" role="group" aria-label={`File report ${r.id}`}>
          <div class="field">
            <label for={`authority-ref-${r.id}`}>Authority's reference (optional)</label>
            <input id={`authority-ref-${r.id}`} value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
          </div>
          <button type="button" disabled={busy} onClick={() => void file()}>Mark as filed</button>
        </div>
      )}
      <Problem error={action.error} />
    </article>
  );
}
