import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { rowsOf, unavailable, type AlertRow, type AllowListRow, type FreezeRecordRow } from '../alerts-api.js';
import { Problem } from '../components/problem.js';
import { dateTime, shortHash } from '../format.js';
import { useApi } from '../hooks.js';
import { useCan } from '../permissions.js';

/**
 * What the decision left behind: the freeze record (every moment from the listing to the freeze, the
 * proof that a UN listing was acted on without delay) or the allow-list entry with its expiry.
 */
function duration(ms: number): string {
  const h = ms / 3_600_000;
  return h < 1 ? `${Math.round(ms / 60_000)} min` : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`;
}

export function FreezeRecord({ record }: { record: FreezeRecordRow }): JSX.Element {
  const t = record.timeline;
  return (
    <section class="panel" aria-labelledby="freeze-title">
      <h2 id="freeze-title">Freeze record {record.id}</h2>
      <dl class="facts">
        <dt>Listed on</dt><dd>{record.listedOn ?? '—'} {t.listingToFreezeDays !== null && <span class="muted">({t.listingToFreezeDays} days before the freeze)</span>}</dd>
        <dt>List version arrived</dt><dd>{dateTime(record.listVersionArrivedAt)} <code title={record.listVersionHash}>{shortHash(record.listVersionHash)}</code></dd>
        <dt>Alert</dt><dd>{dateTime(record.alertAt)} <span class="muted">(+{duration(t.arrivalToAlertMs)})</span></dd>
        <dt>Decided</dt><dd>{dateTime(record.decidedAt)} <span class="muted">(+{duration(t.alertToDecisionMs)})</span></dd>
        <dt>Approved</dt><dd>{dateTime(record.approvedAt)} <span class="muted">(+{duration(t.decisionToApprovalMs)})</span></dd>
        <dt>Frozen</dt><dd><strong>{dateTime(record.frozenAt)}</strong> <span class="muted">(arrival to freeze {duration(t.arrivalToFreezeMs)})</span></dd>
      </dl>
    </section>
  );
}

function AllowListEntry({ entry, onChange }: { entry: AllowListRow; onChange: () => void }): JSX.Element {
  const can = useCan();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const expired = Date.parse(entry.expiresAt) < Date.now();
  async function revoke(): Promise<void> {
    try {
      await api(`/allow-list/${entry.id}/revoke`, { body: { note: note.trim() } });
      onChange();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section class="panel" aria-labelledby={`allow-${entry.id}`}>
      <h2 id={`allow-${entry.id}`}>Allow-list entry {entry.id}</h2>
      <p>
        From {dateTime(entry.createdAt)} until <strong>{dateTime(entry.expiresAt)}</strong>
        {entry.revokedAt ? ` · revoked ${dateTime(entry.revokedAt)} by ${entry.revokedBy ?? '?'}` : expired ? ' · expired' : ' · active'}
      </p>
      <p class="muted small">It suppresses new alerts for this pair only while neither record changes.</p>
      {!entry.revokedAt && !expired && can('allowlist:revoke') && (
        <div class="actions">
          <div class="field">
            <label for={`revoke-note-${entry.id}`}>Why revoke</label>
            <input id={`revoke-note-${entry.id}`} dir="auto" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          <button type="button" class="danger" disabled={note.trim() === ''} onClick={() => void revoke()}>Revoke</button>
        </div>
      )}
      <Problem error={error} />
    </section>
  );
}

/** The parent remounts this (a new `key`) after a decision, so both lists are fetched again. */
export function CaseRecords({ alert, onChange }: { alert: AlertRow; onChange: () => void }): JSX.Element {
  const freeze = useApi<unknown>(`/freeze-records?partyId=${alert.partyId}`);
  const allow = useApi<unknown>(`/allow-list?partyId=${alert.partyId}`);
  const record = rowsOf<FreezeRecordRow>(freeze.data).find((f) => f.alertId === alert.id);
  const entries = rowsOf<AllowListRow>(allow.data).filter((e) => e.listedPartyId === alert.listedPartyId);
  return (
    <>
      {!unavailable(freeze.error) && <Problem error={freeze.error} />}
      {record && <FreezeRecord record={record} />}
      {entries.map((e) => <AllowListEntry key={e.id} entry={e} onChange={() => { allow.reload(); onChange(); }} />)}
    </>
  );
}
