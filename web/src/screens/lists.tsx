import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { qs } from '../api.js';
import { Name } from '../components/name.js';
import { Problem } from '../components/problem.js';
import { day, shortHash } from '../format.js';
import { useApi } from '../hooks.js';
import type { DiffResponse, VersionRow } from '../types.js';
import { UpdateEffects } from './list-effects.js';

/**
 * The lists: every imported version with the one in force and its age (a list that stopped updating
 * is a compliance failure: UN listings must be acted on within hours), and the difference between any
 * two versions, with amendments that change screening marked.
 */
function Versions({ versions }: { versions: VersionRow[] }): JSX.Element {
  return (
    <table class="versions">
      <caption>Imported versions</caption>
      <thead>
        <tr>
          <th scope="col">List</th><th scope="col">Version</th><th scope="col">Published</th><th scope="col">Imported</th>
          <th scope="col" class="num">Age (days)</th><th scope="col" class="num">Parties</th><th scope="col">In force</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.hash} class={v.inForce ? 'in-force' : ''}>
            <td>{v.source}</td>
            <td><code title={v.hash}>{shortHash(v.hash)}</code> <span class="muted small">{v.fileName}</span></td>
            <td>{day(v.generatedAt)}</td>
            <td>{day(v.importedAt)}</td>
            <td class="num">{v.ageDays}</td>
            <td class="num">{v.counts.parties}</td>
            <td>{v.inForce ? <strong>in force</strong> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffView({ diff }: { diff: DiffResponse }): JSX.Element {
  return (
    <section class="diff" aria-label="Differences">
      <p>
        <code title={diff.old.hash}>{shortHash(diff.old.hash)}</code> ({day(diff.old.generatedAt)}) → <code title={diff.new.hash}>{shortHash(diff.new.hash)}</code> ({day(diff.new.generatedAt)}):{' '}
        <strong>{diff.added.length}</strong> added, <strong>{diff.removed.length}</strong> removed, <strong>{diff.amended.length}</strong> amended ({diff.amended.filter((a) => a.identifying).length} re-screened)
      </p>
      <div class="diff-cols">
        <div>
          <h3>Added</h3>
          {diff.added.length === 0 ? <p class="muted">None.</p> : <ul class="refs">{diff.added.map((r) => <li key={r}><a href={`#/lists/party/${encodeURIComponent(r)}`}>{r}</a></li>)}</ul>}
        </div>
        <div>
          <h3>Removed</h3>
          {diff.removed.length === 0 ? <p class="muted">None.</p> : <ul class="refs">{diff.removed.map((r) => <li key={r}>{r}</li>)}</ul>}
        </div>
      </div>
      <h3>Amended</h3>
      <table class="amended">
        <thead>
          <tr><th scope="col">Party</th><th scope="col">Field</th><th scope="col">Removed</th><th scope="col">Added</th></tr>
        </thead>
        <tbody>
          {diff.amended.flatMap((a) =>
            a.changes.map((c, i) => (
              <tr key={`${a.id}-${i}`} class={a.identifying ? 'identifying' : ''}>
                {i === 0 && (
                  <th scope="row" rowSpan={a.changes.length}>
                    <a href={`#/lists/party/${encodeURIComponent(a.ref)}`}>{a.ref}</a> <Name text={a.caption} />
                    {a.identifying && <span class="badge">re-screen</span>}
                  </th>
                )}
                <td>{c.field}</td>
                <td class="removed">{c.removed.map((v, j) => <div key={j}><Name text={v} /></div>)}</td>
                <td class="added">{c.added.map((v, j) => <div key={j}><Name text={v} /></div>)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

function label(v: VersionRow): string {
  return `${v.source} ${day(v.generatedAt ?? v.importedAt)} ${shortHash(v.hash)}${v.inForce ? ' (in force)' : ''}`;
}

export function Lists(): JSX.Element {
  const versions = useApi<VersionRow[]>('/lists/versions');
  const [oldHash, setOld] = useState('');
  const [newHash, setNew] = useState('');
  const [compare, setCompare] = useState<string | null>(null);
  const diff = useApi<DiffResponse>(compare);

  // Default to the most recent pair of one list: what the last update changed.
  useEffect(() => {
    const rows = versions.data;
    if (!rows || oldHash) return;
    const current = rows.find((v) => v.inForce);
    const older = rows.filter((v) => current && v.source === current.source && v.hash !== current.hash).sort((a, b) => (b.generatedAt ?? b.importedAt).localeCompare(a.generatedAt ?? a.importedAt))[0];
    if (current && older) {
      setOld(older.hash);
      setNew(current.hash);
    }
  }, [versions.data]);

  const rows = versions.data ?? [];
  return (
    <main aria-labelledby="lists-title">
      <h1 id="lists-title">Lists</h1>
      <Problem error={versions.error} />
      <Versions versions={rows} />
      <h2>Compare two versions</h2>
      <form
        class="diff-form"
        onSubmit={(e) => {
          e.preventDefault();
          setCompare(`/lists/diff${qs({ old: oldHash, new: newHash })}`);
        }}
      >
        <div class="field">
          <label for="diff-old">Older version</label>
          <select id="diff-old" value={oldHash} onChange={(e) => setOld(e.currentTarget.value)}>
            <option value="">choose…</option>
            {rows.map((v) => <option key={v.hash} value={v.hash}>{label(v)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="diff-new">Newer version</label>
          <select id="diff-new" value={newHash} onChange={(e) => setNew(e.currentTarget.value)}>
            <option value="">choose…</option>
            {rows.map((v) => <option key={v.hash} value={v.hash}>{label(v)}</option>)}
          </select>
        </div>
        <button type="submit" disabled={!oldHash || !newHash || oldHash === newHash}>Show differences</button>
      </form>
      <Problem error={diff.error} />
      {diff.loading && <p class="muted">Comparing…</p>}
      {diff.data && <DiffView diff={diff.data} />}
      <UpdateEffects versions={rows} />
    </main>
  );
}
