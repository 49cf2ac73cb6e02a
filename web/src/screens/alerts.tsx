import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_STATES, ageHours, ageLabel, isOverdue, listedCaptionOf, packOf, partyNameOf, ruleOf } from '../alert-model.js';
import { rowsOf, unavailable, type AlertRow, type PartyRow } from '../alerts-api.js';
import { Name } from '../components/name.js';
import { designationsOf, designationLine, listCount } from '../designations.js';
import { Problem } from '../components/problem.js';
import { humanState } from '../format.js';
import { qs } from '../api.js';
import type { VersionRow } from '../types.js';
import { useApi } from '../hooks.js';
import { useCan } from '../permissions.js';
import { go } from '../router.js';
import { AlertTabs } from './alert-tabs.js';
import { BulkActions } from './alerts-bulk.js';
import { useDeadlineHours } from './deadline.js';

/**
 * The alert queue: filter, sort, move with the keyboard (j/k or arrows, Enter opens, x selects), and
 * act on several alerts at once where the role may. The count of open alerts past the organisation's
 * deadline stays at the top, because that number is what a supervisor is judged on.
 */
type SortKey = 'score' | 'age' | 'state' | 'party' | 'list' | 'rule';

interface Filters {
  state: string;
  list: string;
  rule: string;
  minScore: string;
  maxScore: string;
  olderThanHours: string;
}

const AGE_CHOICES = [
  { value: '', label: 'any age' },
  { value: '1', label: 'older than 1 hour' },
  { value: '24', label: 'older than 1 day' },
  { value: '72', label: 'older than 3 days' },
  { value: '168', label: 'older than 7 days' },
  { value: '720', label: 'older than 30 days' },
];

const OPEN_QUERY = '?state=open&state=in_review&state=escalated';

function serverQuery(f: Filters): string {
  const base = f.state === 'open-any' ? OPEN_QUERY : f.state ? `?state=${f.state}` : '?';
  const rest = qs({ list: f.list, minScore: f.minScore, maxScore: f.maxScore, minAgeHours: f.olderThanHours, limit: 1000 }).slice(1);
  return `${base}${base.length > 1 ? '&' : ''}${rest}`;
}

function applyFilters(rows: AlertRow[], f: Filters): AlertRow[] {
  const min = f.minScore === '' ? -Infinity : Number(f.minScore);
  const max = f.maxScore === '' ? Infinity : Number(f.maxScore);
  const older = f.olderThanHours === '' ? -Infinity : Number(f.olderThanHours);
  return rows.filter(
    (a) =>
      (f.state === '' || (f.state === 'open-any' ? !a.state.startsWith('closed') : a.state === f.state)) &&
      (f.list === '' || a.listSource === f.list) &&
      (f.rule === '' || ruleOf(a) === f.rule) &&
      a.score >= min &&
      a.score <= max &&
      ageHours(a) >= older,
  );
}

type PartyNames = ReadonlyMap<number, PartyRow>;

const SORTERS: Record<SortKey, (a: AlertRow, b: AlertRow, names: PartyNames) => number> = {
  score: (a, b) => a.score - b.score,
  age: (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  state: (a, b) => ALL_STATES.indexOf(a.state) - ALL_STATES.indexOf(b.state),
  party: (a, b, names) => partyNameOf(a, names).localeCompare(partyNameOf(b, names)),
  list: (a, b) => a.listSource.localeCompare(b.listSource),
  rule: (a, b) => ruleOf(a).localeCompare(ruleOf(b)),
};

function SortHeader({ k, label, sort, setSort }: { k: SortKey; label: string; sort: { key: SortKey; desc: boolean }; setSort: (s: { key: SortKey; desc: boolean }) => void }): JSX.Element {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="link" onClick={() => setSort({ key: k, desc: active ? !sort.desc : true })}>
        {label}
        {active ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void }): JSX.Element {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** "3 lists" beside a listed party who is one person on several lists (its designations, issue 8). */
function ListCount({ alert }: { alert: AlertRow }): JSX.Element | null {
  const designations = designationsOf(alert.explanation);
  const lists = listCount(designations);
  if (lists < 2) return null;
  return <span class="badge lists-count" title={`Designated on ${designationLine(designations)}`}>{lists} lists</span>;
}

export function AlertQueue(): JSX.Element {
  const can = useCan();
  const deadline = useDeadlineHours();
  const [filters, setFilters] = useState<Filters>({ state: 'open-any', list: '', rule: '', minScore: '', maxScore: '', olderThanHours: '' });
  // The server filters what it can (state, list, score band, age); rule is filtered here, and
  // applyFilters runs on every row anyway, so a filter the server ignores still holds on screen.
  const alerts = useApi<unknown>(`/alerts${serverQuery(filters)}`);
  const overdueRows = useApi<unknown>(`/alerts${OPEN_QUERY}&minAgeHours=${deadline.hours}&limit=1000`);
  const versions = useApi<VersionRow[]>('/lists/versions');
  // Alert rows carry the party's id only; the names come from the parties list (first 1000).
  const partyList = useApi<unknown>('/parties?limit=1000');
  const names = useMemo(() => new Map(rowsOf<PartyRow>(partyList.data, 'items').map((p) => [p.id, p])), [partyList.data]);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'score', desc: true });
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const table = useRef<HTMLTableSectionElement>(null);

  const all = rowsOf<AlertRow>(alerts.data, 'alerts');
  const rows = useMemo(() => {
    const sorted = applyFilters(all, filters).sort((a, b) => SORTERS[sort.key](a, b, names));
    return sort.desc ? sorted.reverse() : sorted;
  }, [alerts.data, filters, sort, names]);
  const overdue = rowsOf<AlertRow>(overdueRows.data, 'alerts').filter((a) => isOverdue(a, deadline.hours)).length;
  const lists = [...new Set([...(versions.data ?? []).map((v) => v.source), ...all.map((a) => a.listSource)])].sort();
  const rules = [...new Set(all.map(ruleOf))].sort();
  const set = (k: keyof Filters) => (v: string) => {
    setFilters({ ...filters, [k]: v });
    setCursor(0);
  };

  // Keep the cursor row focused (and so in view), so the keyboard and screen readers follow it. A
  // layout effect: focus moves in the same frame as the highlight, never a key press behind it.
  useLayoutEffect(() => {
    const row = table.current?.querySelectorAll('tr')[cursor];
    if (row && table.current?.contains(document.activeElement)) row.focus();
  }, [cursor]);

  function onKey(e: KeyboardEvent): void {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLButtonElement) return;
    const current = rows[cursor];
    // Functional updates: two quick presses move two rows even before the screen has caught up.
    if (e.key === 'j' || e.key === 'ArrowDown') setCursor((c) => Math.min(rows.length - 1, c + 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') setCursor((c) => Math.max(0, c - 1));
    else if (e.key === 'Enter' && current) go('alerts', current.id);
    else if ((e.key === 'x' || e.key === ' ') && current) {
      const next = new Set(selected);
      if (next.has(current.id)) next.delete(current.id);
      else next.add(current.id);
      setSelected(next);
    } else return;
    e.preventDefault();
  }

  if (unavailable(alerts.error)) {
    return (
      <main aria-labelledby="alerts-title">
        <h1 id="alerts-title">Alerts</h1>
        <p class="notice">This server does not serve alerts yet.</p>
      </main>
    );
  }

  const bulk = can('alerts:transition');
  return (
    <main aria-labelledby="alerts-title">
      <AlertTabs current="names" />
      <h1 id="alerts-title">Alerts</h1>
      <p class={overdue > 0 ? 'notice' : 'muted'} data-testid="overdue">
        <strong class={overdue > 0 ? 'overdue' : ''}>{overdue >= 1000 ? '1000+' : overdue}</strong> open alert{overdue === 1 ? '' : 's'} older than the deadline of {deadline.hours} hours
        {deadline.fromServer ? '' : ' (default: the server does not state one)'}.
      </p>
      <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <Select id="f-state" label="State" value={filters.state} onChange={set('state')} options={[{ value: 'open-any', label: 'open, any stage' }, { value: '', label: 'all' }, ...ALL_STATES.map((s) => ({ value: s, label: humanState(s) }))]} />
        <Select id="f-list" label="List" value={filters.list} onChange={set('list')} options={[{ value: '', label: 'all lists' }, ...lists.map((l) => ({ value: l, label: l }))]} />
        <Select id="f-rule" label="Rule" value={filters.rule} onChange={set('rule')} options={[{ value: '', label: 'all rules' }, ...rules.map((r) => ({ value: r, label: r }))]} />
        <div class="field">
          <label for="f-min">Score from</label>
          <input id="f-min" type="number" min="0" max="1" step="0.05" size={5} value={filters.minScore} onInput={(e) => set('minScore')(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="f-max">Score to</label>
          <input id="f-max" type="number" min="0" max="1" step="0.05" size={5} value={filters.maxScore} onInput={(e) => set('maxScore')(e.currentTarget.value)} />
        </div>
        <Select id="f-age" label="Age" value={filters.olderThanHours} onChange={set('olderThanHours')} options={AGE_CHOICES} />
      </form>
      <Problem error={alerts.error} />
      {bulk && <BulkActions ids={[...selected]} onDone={() => { setSelected(new Set()); alerts.reload(); overdueRows.reload(); }} />}
      <p class="muted small" id="queue-help">
        {rows.length} of {all.length} alerts. Keys: j / k or arrows move, Enter opens{bulk ? ', x selects' : ''}.
      </p>
      <table class="queue" aria-describedby="queue-help">
        <thead>
          <tr>
            {bulk && (
              <th scope="col">
                <input type="checkbox" aria-label="Select all shown" checked={rows.length > 0 && rows.every((r) => selected.has(r.id))} onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())} />
              </th>
            )}
            <th scope="col">#</th>
            <SortHeader k="party" label="Party" sort={sort} setSort={setSort} />
            <th scope="col">Listed party</th>
            <SortHeader k="list" label="List" sort={sort} setSort={setSort} />
            <SortHeader k="rule" label="Rule" sort={sort} setSort={setSort} />
            <SortHeader k="score" label="Score" sort={sort} setSort={setSort} />
            <SortHeader k="state" label="State" sort={sort} setSort={setSort} />
            <SortHeader k="age" label="Age" sort={sort} setSort={setSort} />
          </tr>
        </thead>
        <tbody ref={table} onKeyDown={onKey}>
          {rows.map((a, i) => (
            <tr key={a.id} tabIndex={i === cursor ? 0 : -1} class={i === cursor ? 'cursor' : ''} aria-selected={selected.has(a.id)} onClick={() => setCursor(i)} onDblClick={() => go('alerts', a.id)} onFocus={() => setCursor(i)} data-alert-id={a.id}>
              {bulk && (
                <td>
                  <input type="checkbox" aria-label={`Select alert ${a.id}`} checked={selected.has(a.id)} onChange={() => { const n = new Set(selected); if (n.has(a.id)) n.delete(a.id); else n.add(a.id); setSelected(n); }} />
                </td>
              )}
              <td><a href={`#/alerts/${a.id}`}>{a.id}</a></td>
              <td><Name text={partyNameOf(a, names)} /></td>
              <td><Name text={listedCaptionOf(a)} /> <span class="ref">{a.listedPartyRef}</span><ListCount alert={a} /></td>
              <td>{a.listSource}</td>
              <td>{ruleOf(a)} <span class="muted small">{packOf(a)}</span></td>
              <td class="num">{a.score.toFixed(3)}</td>
              <td><span class="state">{humanState(a.state)}</span></td>
              <td class={isOverdue(a, deadline.hours) ? 'overdue' : ''}>{ageLabel(ageHours(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
