import type { JSX } from 'preact';

export interface Choice {
  value: string;
  label: string;
}

/** A labelled choice among fixed values (the queues' filters). */
export function SelectField({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: readonly Choice[]; onChange: (v: string) => void }): JSX.Element {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
