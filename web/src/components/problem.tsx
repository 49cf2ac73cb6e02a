import type { JSX } from 'preact';
import { ApiError } from '../api.js';

/** A failed request as the analyst should see it: the server's message and each field at fault. */
export function Problem({ error }: { error: unknown }): JSX.Element | null {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError && Array.isArray(error.details) ? (error.details as { field?: string; message?: string; path?: string }[]) : [];
  return (
    <div class="problem" role="alert">
      <strong>{error instanceof ApiError ? `${error.status}: ` : ''}</strong>
      {message}
      {details.length > 0 && (
        <ul>
          {details.map((d, i) => (
            <li key={i}>
              {d.field ?? d.path ? <code>{d.field ?? d.path}</code> : null} {d.message ?? JSON.stringify(d)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
