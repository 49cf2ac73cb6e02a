import type { JSX } from 'preact';
import { isOpen } from '../alert-model.js';
import { DECISION_KIND_LABEL, checkerOf, makerOf, type DecisionView } from '../decision-model.js';
import { dateTime, humanState } from '../format.js';
import { useCan } from '../permissions.js';
import { Propose, type ProposeSettings } from './decision-propose.js';
import { Review, type ReviewSettings } from './decision-review.js';

function Earlier({ past }: { past: readonly DecisionView[] }): JSX.Element | null {
  if (past.length === 0) return null;
  return (
    <table>
      <caption>Earlier decisions</caption>
      <thead>
        <tr><th scope="col">Decision</th><th scope="col">Status</th><th scope="col">Maker</th><th scope="col">Checker</th><th scope="col">Notes</th></tr>
      </thead>
      <tbody>
        {past.map((d) => (
          <tr key={d.id}>
            <td>{DECISION_KIND_LABEL[d.kind]}</td>
            <td>{d.status}</td>
            <td>{makerOf(d)} <span class="muted small">{dateTime(d.madeAt)}</span></td>
            <td>{d.checkerUserId ? <>{checkerOf(d)} <span class="muted small">{dateTime(d.checkedAt)}</span></> : '—'}</td>
            <td dir="auto">{[d.makerNote, d.checkerNote].filter(Boolean).join(' / ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What differs between the kinds of alert: their routes, and what an approval sets off. */
export interface FourEyesSettings {
  /** Keeps the element ids of the two kinds apart ("" for name alerts, "rule-" for rule alerts). */
  idPrefix: string;
  propose: ProposeSettings;
  review: ReviewSettings;
}

/**
 * The four-eyes section of an alert, name or rule-pack alike: the pending proposal to review, or the
 * form to propose one once review has started, and the decisions made before.
 */
export function FourEyes({ state, decisions, onChange, settings }: { state: string; decisions: readonly DecisionView[]; onChange: () => void; settings: FourEyesSettings }): JSX.Element {
  const { idPrefix, propose, review } = settings;
  const can = useCan();
  const pending = decisions.find((d) => d.status === 'pending');
  const past = decisions.filter((d) => d.status !== 'pending');
  // The server accepts a proposal only for an alert under review or escalated.
  const reviewable = state === 'in_review' || state === 'escalated';
  const open = isOpen({ state });
  return (
    <section aria-labelledby={`${idPrefix}decisions-title`}>
      <h2 id={`${idPrefix}decisions-title`}>Decision (four eyes)</h2>
      {pending && <Review decision={pending} settings={review} idPrefix={idPrefix} onDone={onChange} />}
      {!pending && reviewable && can('decisions:propose') && <Propose settings={propose} idPrefix={idPrefix} onDone={onChange} />}
      {!pending && state === 'open' && can('decisions:propose') && <p class="muted">Start the review to propose a decision: an alert is decided only after someone has looked at it.</p>}
      {!pending && open && !can('decisions:propose') && <p class="muted">No decision proposed yet.</p>}
      {!open && <p>Closed as <strong>{humanState(state).replace(/^closed /, '')}</strong>.</p>}
      <Earlier past={past} />
    </section>
  );
}
