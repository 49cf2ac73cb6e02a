import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { isOpen } from '../alert-model.js';
import { Problem } from '../components/problem.js';
import { dateTime, humanState } from '../format.js';
import { useCan, useIdentity } from '../permissions.js';
import type { RuleAlert, RuleAlertDecision } from '../rule-alerts-api.js';

/**
 * Four eyes on a rule alert, as on a name alert: a maker proposes closing it as a true match or a
 * false positive, a different person approves or rejects. No allow-list and no freeze follow: a rule
 * alert judges one event. The server enforces the rules and the screen shows its reason when it refuses.
 */
const KIND: Record<string, string> = { true_match: 'True match', false_positive: 'False positive' };

function Propose({ alert, onDone }: { alert: RuleAlert; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState<'true_match' | 'false_positive'>('true_match');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`/rule-alerts/${alert.id}/decisions`, { body: { kind, note: note.trim() } });
      setNote('');
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="propose" onSubmit={submit} aria-labelledby="rule-propose-title">
      <h3 id="rule-propose-title">Propose a decision (maker)</h3>
      <fieldset>
        <legend>Conclusion</legend>
        {(['true_match', 'false_positive'] as const).map((k) => (
          <label key={k} class="inline">
            <input type="radio" name="rule-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {KIND[k]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="rule-maker-note">Reasons</label>
        <textarea id="rule-maker-note" required dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <Problem error={error} />
      <button type="submit" disabled={busy || note.trim() === ''}>Propose</button>
    </form>
  );
}

function Review({ decision, onDone }: { decision: RuleAlertDecision; onDone: () => void }): JSX.Element {
  const can = useCan();
  const me = useIdentity();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const maker = decision.makerUsername ?? `user ${decision.makerUserId}`;
  const mine = decision.makerUsername === me.username;
  async function act(action: 'approve' | 'reject' | 'withdraw'): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await api(`/rule-alert-decisions/${decision.id}/${action}`, { method: 'POST', ...(action === 'withdraw' ? {} : { body: note.trim() ? { note: note.trim() } : {} }) });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="review" role="group" aria-labelledby={`rule-review-${decision.id}`}>
      <h3 id={`rule-review-${decision.id}`}>Pending: {KIND[decision.kind]} — proposed {dateTime(decision.madeAt)} by <strong>{maker}</strong></h3>
      <p class="note" dir="auto">“{decision.makerNote}”</p>
      {can('decisions:approve') && !mine && (
        <>
          <div class="field">
            <label for={`rule-checker-note-${decision.id}`}>Checker's note</label>
            <textarea id={`rule-checker-note-${decision.id}`} dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void act('approve')}>Approve (checker)</button>
            <button type="button" class="danger" disabled={busy} onClick={() => void act('reject')}>Reject</button>
          </div>
        </>
      )}
      {can('decisions:propose') && mine && <button type="button" class="secondary" disabled={busy} onClick={() => void act('withdraw')}>Withdraw my proposal</button>}
      {(!can('decisions:approve') || mine) && <p class="muted">Waiting for a checker: a supervisor other than {maker}.</p>}
      <Problem error={error} />
    </div>
  );
}

export function RuleDecisions({ alert, decisions, onChange }: { alert: RuleAlert; decisions: RuleAlertDecision[]; onChange: () => void }): JSX.Element {
  const can = useCan();
  const pending = decisions.find((d) => d.status === 'pending');
  const past = decisions.filter((d) => d.status !== 'pending');
  const reviewable = alert.state === 'in_review' || alert.state === 'escalated';
  return (
    <section aria-labelledby="rule-decisions-title">
      <h2 id="rule-decisions-title">Decision (four eyes)</h2>
      {pending && <Review decision={pending} onDone={onChange} />}
      {!pending && reviewable && can('decisions:propose') && <Propose alert={alert} onDone={onChange} />}
      {!pending && alert.state === 'open' && can('decisions:propose') && <p class="muted">Start the review to propose a decision.</p>}
      {!isOpen(alert) && <p>Closed as <strong>{humanState(alert.state).replace(/^closed /, '')}</strong>.</p>}
      {past.length > 0 && (
        <table>
          <caption>Earlier decisions</caption>
          <thead><tr><th scope="col">Decision</th><th scope="col">Status</th><th scope="col">Maker</th><th scope="col">Checker</th><th scope="col">Notes</th></tr></thead>
          <tbody>
            {past.map((d) => (
              <tr key={d.id}>
                <td>{KIND[d.kind]}</td>
                <td>{d.status}</td>
                <td>{d.makerUsername ?? `user ${d.makerUserId}`} <span class="muted small">{dateTime(d.madeAt)}</span></td>
                <td>{d.checkerUserId ? <>{d.checkerUsername ?? `user ${d.checkerUserId}`} <span class="muted small">{dateTime(d.checkedAt)}</span></> : '—'}</td>
                <td dir="auto">{[d.makerNote, d.checkerNote].filter(Boolean).join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
