import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { DECISION_KIND_LABEL, allowListExpiry, makerOf, type DecisionView } from '../decision-model.js';
import { dateTime } from '../format.js';
import { useAction } from '../hooks.js';
import { useCan, useIdentity } from '../permissions.js';
import { NoteField } from './note-field.js';
import { Problem } from './problem.js';

export interface ReviewSettings {
  /** The decisions route: `${base}/${id}/approve|reject|withdraw`. */
  base: string;
  /** The server refuses a rejection without the checker's reasons (name alerts). */
  rejectNeedsNote: boolean;
}

/**
 * The checker's half of four eyes, on a pending proposal: approve or reject as someone other than the
 * maker, or withdraw it as the maker. Only the choices the person has are offered; the server decides
 * anyway and its reason is shown when it refuses.
 */
export function Review({ decision, settings, idPrefix, onDone }: { decision: DecisionView; settings: ReviewSettings; idPrefix: string; onDone: () => void }): JSX.Element {
  const can = useCan();
  const me = useIdentity();
  const [note, setNote] = useState('');
  const action = useAction();
  const maker = makerOf(decision);
  const mine = decision.makerUsername === me.username;

  async function act(step: 'approve' | 'reject' | 'withdraw'): Promise<void> {
    const body = step === 'withdraw' || note.trim() === '' ? {} : { note: note.trim() };
    if (await action.run(() => api(`${settings.base}/${decision.id}/${step}`, { body }))) onDone();
  }

  const titleId = `${idPrefix}review-${decision.id}`;
  return (
    <div class="review" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Pending: {DECISION_KIND_LABEL[decision.kind]} — proposed {dateTime(decision.madeAt)} by <strong>{maker}</strong>
      </h3>
      <p class="note" dir="auto">“{decision.makerNote}”</p>
      {decision.allowListDays && <p class="muted">Allow-list for {decision.allowListDays} days if approved (until {allowListExpiry(decision.allowListDays)}).</p>}
      {can('decisions:approve') && !mine && (
        <>
          <NoteField id={`${idPrefix}checker-note-${decision.id}`} label={settings.rejectNeedsNote ? "Checker's note (required to reject)" : "Checker's note"} value={note} onInput={setNote} />
          <div class="actions">
            <button type="button" disabled={action.busy} onClick={() => void act('approve')}>Approve (checker)</button>
            <button type="button" class="danger" disabled={action.busy || (settings.rejectNeedsNote && note.trim() === '')} onClick={() => void act('reject')}>Reject</button>
          </div>
        </>
      )}
      {can('decisions:propose') && mine && (
        <button type="button" class="secondary" disabled={action.busy} onClick={() => void act('withdraw')}>Withdraw my proposal</button>
      )}
      {(!can('decisions:approve') || mine) && <p class="muted">Waiting for a checker: a supervisor other than {maker}.</p>}
      <Problem error={action.error} />
    </div>
  );
}
