import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { DECISION_KINDS, DECISION_KIND_LABEL, allowListExpiry, type DecisionKind } from '../decision-model.js';
import { useAction } from '../hooks.js';
import { NoteField } from './note-field.js';
import { Problem } from './problem.js';

const DEFAULT_ALLOW_DAYS = 365;
const MAX_ALLOW_DAYS = 730;

export interface ProposeSettings {
  /** Where the proposal is POSTed. */
  endpoint: string;
  /** Fields the endpoint needs besides kind and note (the alert id for `/decisions`). */
  fields?: Record<string, unknown>;
  /** The conclusion offered first: the likelier one for this kind of alert. */
  initialKind: DecisionKind;
  /** A false positive puts the pair on the allow-list for a number of days the maker chooses. */
  allowList: boolean;
  /** A true match here obliges a freeze (a UN listing): the maker is told before proposing it. */
  freezeNotice: boolean;
}

/**
 * The maker's half of four eyes: a conclusion and the reasons for it. What an approval will set off
 * (allow-list, freeze) is said here, before anyone commits to it.
 */
export function Propose({ settings, idPrefix, onDone }: { settings: ProposeSettings; idPrefix: string; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState<DecisionKind>(settings.initialKind);
  const [note, setNote] = useState('');
  const [days, setDays] = useState(String(DEFAULT_ALLOW_DAYS));
  const action = useAction();
  const allowList = settings.allowList && kind === 'false_positive';
  const daysOk = Number.isInteger(Number(days)) && Number(days) >= 1 && Number(days) <= MAX_ALLOW_DAYS;

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    const body = { ...settings.fields, kind, note: note.trim(), ...(allowList ? { allowListDays: Number(days) } : {}) };
    if (await action.run(() => api(settings.endpoint, { body }))) {
      setNote('');
      onDone();
    }
  }

  return (
    <form class="propose" onSubmit={submit} aria-labelledby={`${idPrefix}propose-title`}>
      <h3 id={`${idPrefix}propose-title`}>Propose a decision (maker)</h3>
      <fieldset>
        <legend>Conclusion</legend>
        {DECISION_KINDS.map((k) => (
          <label key={k} class="inline">
            <input type="radio" name={`${idPrefix}kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {DECISION_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      {allowList && (
        <div class="field">
          <label for={`${idPrefix}allow-days`}>Allow-list for (days)</label>
          <input id={`${idPrefix}allow-days`} type="number" min="1" max={MAX_ALLOW_DAYS} value={days} aria-describedby={`${idPrefix}allow-days-hint`} onInput={(e) => setDays(e.currentTarget.value)} />
          <small id={`${idPrefix}allow-days-hint`} class="muted">{daysOk ? `expires ${allowListExpiry(Number(days))} if approved today; ends earlier if either record changes` : `1 to ${MAX_ALLOW_DAYS} days`}</small>
        </div>
      )}
      {kind === 'true_match' && settings.freezeNotice && <p class="notice small">A UN true match obliges a freeze: approval creates the freeze record.</p>}
      <NoteField id={`${idPrefix}maker-note`} label="Reasons" required value={note} onInput={setNote} />
      <Problem error={action.error} />
      <button type="submit" disabled={action.busy || note.trim() === '' || (allowList && !daysOk)}>Propose</button>
    </form>
  );
}
