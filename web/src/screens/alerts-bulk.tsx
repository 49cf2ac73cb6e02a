import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Problem } from '../components/problem.js';
import { MOVES } from '../components/state-moves.js';

/**
 * Bulk moves between working states (start review, escalate, reopen) for the selected alerts. Closing
 * is never a bulk action: every closure is a four-eyes decision on one alert, with its own reasons.
 * Each alert is moved on its own, so one refusal (a pending decision) does not stop the others; the
 * refusals are listed.
 */
export function BulkActions({ ids, onDone }: { ids: number[]; onDone: () => void }): JSX.Element {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);

  async function move(to: string): Promise<void> {
    setBusy(true);
    const failed: string[] = [];
    for (const id of ids) {
      try {
        await api(`/alerts/${id}/transition`, { body: { to, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
      } catch (err) {
        failed.push(`alert ${id}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    setFailures(failed);
    setBusy(false);
    onDone();
  }

  return (
    <div class="bulk" role="group" aria-label="Bulk actions">
      <span>{ids.length} selected</span>
      <label for="bulk-reason" class="sr-only">Reason for the move</label>
      <input id="bulk-reason" placeholder="reason (optional)" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      {MOVES.map((m) => (
        <button key={m.to} type="button" class="secondary" disabled={busy || ids.length === 0} onClick={() => void move(m.to)}>
          {m.label}
        </button>
      ))}
      {failures.length > 0 && <Problem error={new Error(failures.join('; '))} />}
    </div>
  );
}
