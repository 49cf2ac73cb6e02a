import type { JSX } from 'preact';
import { api } from '../api.js';
import { useAction } from '../hooks.js';
import { Problem } from './problem.js';

/**
 * The working states an open alert moves between by hand. Closing is not among them: an alert is
 * closed only by an approved four-eyes decision.
 */
export const MOVES = [
  { to: 'in_review', label: 'Start review' },
  { to: 'escalated', label: 'Escalate' },
  { to: 'open', label: 'Back to open' },
] as const;

/** Buttons for the moves away from `state`, POSTed to `path` (an alert's or a rule alert's transition route). */
export function StateMoves({ path, state, onDone }: { path: string; state: string; onDone: () => void }): JSX.Element {
  const action = useAction();
  async function move(to: string): Promise<void> {
    if (await action.run(() => api(path, { body: { to } }))) onDone();
  }
  return (
    <div class="actions" role="group" aria-label="Working state">
      {MOVES.filter((m) => m.to !== state).map((m) => <button key={m.to} type="button" class="secondary" onClick={() => void move(m.to)}>{m.label}</button>)}
      <Problem error={action.error} />
    </div>
  );
}
