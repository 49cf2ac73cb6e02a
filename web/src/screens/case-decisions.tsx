import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import type { AlertRow, DecisionRow } from '../alerts-api.js';
import { isOpen } from '../alert-model.js';
import { Problem } from '../components/problem.js';
import { dateTime, humanState } from '../format.js';
import { useCan, useIdentity } from '../permissions.js';

/**
 * Four eyes: one person proposes closing the alert (the maker), a different person approves or
 * rejects it (the checker). The server enforces who may do what; the screen only offers what makes
 * sense and shows the server's reason when it refuses (e.g. a maker trying to approve their own).
 */
const KIND: Record<string, string> = { true_match: 'True match', false_positive: 'False positive' };
const DEFAULT_ALLOW_DAYS = 365;
const MAX_ALLOW_DAYS = 730;

function expiry(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function Propose({ alert, onDone }: { alert: AlertRow; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState<'true_match' | 'false_positive'>('false_positive');
  const [note, setNote] = useState('');
  const [days, setDays] = useState(String(DEFAULT_ALLOW_DAYS));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/decisions', { body: { alertId: alert.id, kind, note: note.trim(), ...(kind === 'false_positive' ? { allowListDays: Number(days) } : {}) } });
      setNote('');
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const daysOk = Number.isInteger(Number(days)) && Number(days) >= 1 && Number(days) <= MAX_ALLOW_DAYS;
  return (
    <form class="propose" onSubmit={submit} aria-labelledby="propose-title">
      <h3 id="propose-title">Propose a decision (maker)</h3>
      <fieldset>
        <legend>Conclusion</legend>
        {(['true_match', 'false_positive'] as const).map((k) => (
          <label key={k} class="inline">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {KIND[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'false_positive' && (
        <div class="field">
          <label for="allow-days">Allow-list for (days)</label>
          <input id="allow-days" type="number" min="1" max={MAX_ALLOW_DAYS} value={days} aria-describedby="allow-days-hint" onInput={(e) => setDays(e.currentTarget.value)} />
          <small id="allow-days-hint" class="muted">{daysOk ? `expires ${expiry(Number(days))} if approved today; ends earlier if either record changes` : `1 to ${MAX_ALLOW_DAYS} days`}</small>
        </div>
      )}
      {kind === 'true_match' && alert.listSource === 'un' && <p class="notice small">A UN true match obliges a freeze: approval creates the freeze record.</p>}
      <div class="field">
        <label for="maker-note">Reasons</label>
        <textarea id="maker-note" required dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <Problem error={error} />
      <button type="submit" disabled={busy || note.trim() === '' || (kind === 'false_positive' && !daysOk)}>Propose</button>
    </form>
  );
}

function Review({ decision, onDone }: { decision: DecisionRow; onDone: () => void }): JSX.Element {
  const can = useCan();
  const identity = useIdentity();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mine = decision.makerUsername === identity.username;

  async function act(action: 'approve' | 'reject' | 'withdraw'): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await api(`/decisions/${decision.id}/${action}`, { body: action === 'withdraw' ? {} : note.trim() ? { note: note.trim() } : {} });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="review" role="group" aria-labelledby={`review-${decision.id}`}>
      <h3 id={`review-${decision.id}`}>
        Pending: {KIND[decision.kind]} — proposed {dateTime(decision.madeAt)} by <strong>{decision.makerUsername}</strong>
      </h3>
      <p class="note" dir="auto">“{decision.makerNote}”</p>
      {decision.allowListDays && <p class="muted">Allow-list for {decision.allowListDays} days if approved (until {expiry(decision.allowListDays)}).</p>}
      {can('decisions:approve') && !mine && (
        <>
          <div class="field">
            <label for={`checker-note-${decision.id}`}>Checker's note (required to reject)</label>
            <textarea id={`checker-note-${decision.id}`} dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void act('approve')}>Approve (checker)</button>
            <button type="button" class="danger" disabled={busy || note.trim() === ''} onClick={() => void act('reject')}>Reject</button>
          </div>
        </>
      )}
      {can('decisions:propose') && mine && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void act('withdraw')}>Withdraw my proposal</button>
      )}
      {(!can('decisions:approve') || mine) && <p class="muted">Waiting for a checker: a supervisor other than {decision.makerUsername}.</p>}
      <Problem error={error} />
    </div>
  );
}

export function Decisions({ alert, decisions, onChange }: { alert: AlertRow; decisions: DecisionRow[]; onChange: () => void }): JSX.Element {
  const can = useCan();
  const pending = decisions.find((d) => d.status === 'pending');
  const past = decisions.filter((d) => d.status !== 'pending');
  // The server accepts a proposal only for an alert under review or escalated.
  const reviewable = alert.state === 'in_review' || alert.state === 'escalated';
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decision (four eyes)</h2>
      {pending && <Review decision={pending} onDone={onChange} />}
      {!pending && reviewable && can('decisions:propose') && <Propose alert={alert} onDone={onChange} />}
      {!pending && alert.state === 'open' && can('decisions:propose') && <p class="muted">Start the review to propose a decision: an alert is decided only after someone has looked at it.</p>}
      {!pending && isOpen(alert) && !can('decisions:propose') && <p class="muted">No decision proposed yet.</p>}
      {!isOpen(alert) && <p>Closed as <strong>{humanState(alert.state).replace(/^closed /, '')}</strong>.</p>}
      {past.length > 0 && (
        <table>
          <caption>Earlier decisions</caption>
          <thead>
            <tr><th scope="col">Decision</th><th scope="col">Status</th><th scope="col">Maker</th><th scope="col">Checker</th><th scope="col">Notes</th></tr>
          </thead>
          <tbody>
            {past.map((d) => (
              <tr key={d.id}>
                <td>{KIND[d.kind]}</td>
                <td>{d.status}</td>
                <td>{d.makerUsername} <span class="muted small">{dateTime(d.madeAt)}</span></td>
                <td>{d.checkerUserId ? <>{d.checkerUsername} <span class="muted small">{dateTime(d.checkedAt)}</span></> : '—'}</td>
                <td dir="auto">{[d.makerNote, d.checkerNote].filter(Boolean).join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
