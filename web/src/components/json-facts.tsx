import type { JSX } from 'preact';
import { Name } from './name.js';

/**
 * A JSON value (an event as received, a rule's evidence) as a table of paths and values, so an
 * analyst reads "creditor.name  Al-Nusrah Front ..." instead of braces. Strings go through <Name>:
 * names in Arabic script inside an event are laid out right to left like everywhere else.
 */
export function flatten(value: unknown, path = ''): [string, string][] {
  if (value === null || value === undefined) return path ? [[path, '—']] : [];
  if (Array.isArray(value)) {
    if (value.length === 0) return path ? [[path, '(none)']] : [];
    if (value.every((v) => v === null || typeof v !== 'object')) return [[path, value.map(String).join(', ')]];
    return value.flatMap((v, i) => flatten(v, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return path ? [[path, '(empty)']] : [];
    return entries.flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  }
  return [[path || '(value)', String(value)]];
}

/**
 * `highlight`: values to mark (the strings a rule's evidence quotes), so the analyst sees at once which
 * fields of the event the rule looked at.
 */
export function JsonFacts({ value, caption, highlight }: { value: unknown; caption: string; highlight?: ReadonlySet<string> }): JSX.Element {
  const rows = flatten(value);
  return (
    <table class="json-facts">
      <caption>{caption}</caption>
      <tbody>
        {rows.length === 0 && <tr><td class="muted">(nothing)</td></tr>}
        {rows.map(([k, v]) => (
          <tr key={k} class={highlight?.has(v.toLowerCase()) ? 'hit' : undefined}>
            <th scope="row"><code>{k}</code></th>
            <td>
              <Name text={v} />
              {highlight?.has(v.toLowerCase()) && <span class="hit-mark"> ← in the evidence</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
