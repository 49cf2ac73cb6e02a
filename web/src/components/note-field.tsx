import type { JSX } from 'preact';

/**
 * A person's own words on a step (a maker's reasons, a checker's note, a report's reason): a labelled
 * textarea laid out by its first strong character, so a note written in Arabic reads right to left.
 */
export function NoteField({ id, label, value, onInput, required = false }: { id: string; label: string; value: string; onInput: (value: string) => void; required?: boolean }): JSX.Element {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} required={required} dir="auto" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
