import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { DesignationsLine, DesignationsTable } from '../components/designations.js';
import { Explanation } from '../components/explanation.js';
import { Name } from '../components/name.js';
import { PartyRecord } from '../components/party-record.js';
import { Problem } from '../components/problem.js';
import { ScoreBar } from '../components/score-bar.js';
import { designationsOf, sourceLabel } from '../designations.js';
import { shortHash } from '../format.js';
import { useApi, useDebounced } from '../hooks.js';
import type { GroupedMatch, PartyHit, ScreenResponse } from '../types.js';

/**
 * Screening as you type: every pause in typing sends one POST /screen with the name and whatever
 * details were given; only the answer to the latest query is shown. Picking a match shows why it
 * matched and the listed party's full record.
 */
const SCHEMAS = ['Person', 'Organization', 'LegalEntity', 'Vessel', 'Aircraft'];

interface Form {
  name: string;
  birthDate: string;
  nationality: string;
  schema: string;
}

function queryOf(f: Form): Record<string, string> | null {
  if (f.name.trim().length < 2) return null;
  const q: Record<string, string> = { schema: f.schema || 'LegalEntity', name: f.name.trim() };
  if (f.birthDate.trim()) q.birthDate = f.birthDate.trim();
  if (f.nationality.trim()) q.nationality = f.nationality.trim();
  return q;
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && <small id={`${id}-hint`} class="muted">{hint}</small>}
    </div>
  );
}

function MatchDetail({ match }: { match: GroupedMatch }): JSX.Element {
  const record = useApi<PartyHit[]>(`/lists/parties/${encodeURIComponent(match.referenceNumber)}`);
  const hit = record.data?.find((h) => h.party.id === match.entityId) ?? record.data?.[0];
  return (
    <div class="match-detail">
      <DesignationsTable designations={designationsOf(match)} id="match-designations" />
      <h2>
        Why <Name text={match.caption} /> <span class="ref">{match.referenceNumber}</span>
      </h2>
      <Explanation x={match.explanation} />
      <h2>Listed record</h2>
      <Problem error={record.error} />
      {record.loading && <p class="muted">Loading the record…</p>}
      {hit && <PartyRecord party={hit.party} version={hit.version} />}
    </div>
  );
}

export function Screening(): JSX.Element {
  const [form, setForm] = useState<Form>({ name: '', birthDate: '', nationality: '', schema: 'Person' });
  const query = useDebounced(queryOf(form), 250);
  const [result, setResult] = useState<ScreenResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    if (!query) {
      setResult(null);
      return;
    }
    const ctl = new AbortController();
    setBusy(true);
    api<ScreenResponse>('/screen', { body: { query, limit: 10 }, signal: ctl.signal }).then(
      (r) => {
        setResult(r);
        setError(null);
        setBusy(false);
        setSelected(r.matches[0]?.entityId ?? null);
      },
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        setError(err);
        setBusy(false);
      },
    );
    return () => ctl.abort();
  }, [key]);

  const set = (k: keyof Form) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setForm({ ...form, [k]: e.currentTarget.value });
  const chosen = result?.matches.find((m) => m.entityId === selected);

  return (
    <main class="screening" aria-labelledby="screening-title">
      <h1 id="screening-title">Screening</h1>
      <form class="screen-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field id="q-name" label="Name (any script)">
          <input id="q-name" type="search" dir="auto" autocomplete="off" spellcheck={false} value={form.name} onInput={set('name')} />
        </Field>
        <Field id="q-birth" label="Birth date" hint="YYYY, YYYY-MM or YYYY-MM-DD">
          <input id="q-birth" inputMode="numeric" aria-describedby="q-birth-hint" value={form.birthDate} onInput={set('birthDate')} />
        </Field>
        <Field id="q-nat" label="Nationality" hint="country name or ISO code">
          <input id="q-nat" aria-describedby="q-nat-hint" value={form.nationality} onInput={set('nationality')} />
        </Field>
        <Field id="q-schema" label="Kind">
          <select id="q-schema" value={form.schema} onChange={set('schema')}>
            {SCHEMAS.map((s) => (
              <option key={s} value={s}>{s === 'LegalEntity' ? 'Any' : s}</option>
            ))}
          </select>
        </Field>
      </form>
      <Problem error={error} />
      <div class="screen-layout">
        <section class="results" aria-label="Matches" aria-busy={busy}>
          {result && (
            <p class="muted small" data-testid="screen-meta">
              {result.matches.length} match{result.matches.length === 1 ? '' : 'es'} at threshold {result.threshold} · <code>{result.algorithmVersion}</code> ·{' '}
              {result.listVersions.map((v) => (
                <code key={v.hash} title={v.hash}>{v.source}@{shortHash(v.hash)} </code>
              ))}
            </p>
          )}
          {!result && !busy && <p class="muted">Type at least two characters of a name.</p>}
          <ol class="match-list">
            {result?.matches.map((m) => (
              <li key={m.entityId}>
                <button type="button" class={`match ${m.entityId === selected ? 'selected' : ''}`} aria-pressed={m.entityId === selected} onClick={() => setSelected(m.entityId)}>
                  <Name text={m.caption} class="name" />
                  <span class="ref">{m.referenceNumber}</span>
                  <span class="muted">{sourceLabel(m.source)}</span>
                  <ScoreBar score={m.score} threshold={result.threshold} />
                  <DesignationsLine designations={designationsOf(m)} />
                </button>
              </li>
            ))}
          </ol>
        </section>
        {chosen && <MatchDetail key={chosen.entityId} match={chosen} />}
      </div>
    </main>
  );
}
