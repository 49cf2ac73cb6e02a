import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ALL_STATES, ageHours, ageLabel, isOverdue, listedCaptionOf, packOf, partyNameOf, ruleOf } from '../alert-model.js';
import { rowsOf, unavailable, type AlertRow, type PartyRow } from '../alerts-api.js';
import { Name } from '../components/name.js';
import { designationsOf, designationLine, listCount } from '../designations.js';
import { Problem } from '../components/problem.js';
import { QueueTable, type QueueColumn } from '../components/queue-table.js';
import { SelectField } from '../components/select-field.js';
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

/** "3 lists" beside a listed party who is one person on several lists (its designations, issue 8). */
function ListCount({ alert }: { alert: AlertRow }): JSX.Element | null {
  const designations = designationsOf(alert.explanation);
  const lists = listCount(designations);
  if (lists < 2) return null;
  return <span class="badge lists-count" title={`Designated on ${designationLine(designations)}`}>{lists} lists</span>;
}

/** The queue's columns; all but the id and the listed party sort. */
function columnsOf(names: ReadonlyMap<number, PartyRow>, deadlineHours: number): QueueColumn<AlertRow>[] {
  return [
    { key: 'id', label: '#', cell: (a) => <a href={`#/alerts/${a.id}`}>{a.id}</a> },
    { key: 'party', label: 'Party', cell: (a) => <Name text={partyNameOf(a, names)} />, sort: (a, b) => partyNameOf(a, names).localeCompare(partyNameOf(b, names)) },
    { key: 'listed', label: 'Listed party', cell: (a) => <><Name text={listedCaptionOf(a)} /> <span class="ref">{a.listedPartyRef}</span><ListCount alert={a} /></> },
    { key: 'list', label: 'List', cell: (a) => a.listSource, sort: (a, b) => a.listSource.localeCompare(b.listSource) },
    { key: 'rule', label: 'Rule', cell: (a) => <>{ruleOf(a)} <span class="muted small">{packOf(a)}</span></>, sort: (a, b) => ruleOf(a).localeCompare(ruleOf(b)) },
    { key: 'score', label: 'Score', cell: (a) => a.score.toFixed(3), cellClass: () => 'num', sort: (a, b) => a.score - b.score },
    { key: 'state', label: 'State', cell: (a) => <span class="state">{humanState(a.state)}</span>, sort: (a, b) => ALL_STATES.indexOf(a.state) - ALL_STATES.indexOf(b.state) },
    { key: 'age', label: 'Age', cell: (a) => ageLabel(ageHours(a)), cellClass: (a) => (isOverdue(a, deadlineHours) ? 'overdue' : ''), sort: (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) },
  ];
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
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  const all = rowsOf<AlertRow>(alerts.data, 'alerts');
  const rows = useMemo(() => applyFilters(all, filters), [alerts.data, filters]);
  const columns = useMemo(() => columnsOf(names, deadline.hours), [names, deadline.hours]);
  const overdue = rowsOf<AlertRow>(overdueRows.data, 'alerts').filter((a) => isOverdue(a, deadline.hours)).length;
  const lists = [...new Set([...(versions.data ?? []).map((v) => v.source), ...all.map((a) => a.listSource)])].sort();
  const rules = [...new Set(all.map(ruleOf))].sort();
  const set = (k: keyof Filters) => (v: string) => setFilters({ ...filters, [k]: v });

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
        <SelectField id="f-state" label="State" value={filters.state} onChange={set('state')} options={[{ value: 'open-any', label: 'open, any stage' }, { value: '', label: 'all' }, ...ALL_STATES.map((s) => ({ value: s, label: humanState(s) }))]} />
        <SelectField id="f-list" label="List" value={filters.list} onChange={set('list')} options={[{ value: '', label: 'all lists' }, ...lists.map((l) => ({ value: l, label: l }))]} />
        <SelectField id="f-rule" label="Rule" value={filters.rule} onChange={set('rule')} options={[{ value: '', label: 'all rules' }, ...rules.map((r) => ({ value: r, label: r }))]} />
        <div class="field">
          <label for="f-min">Score from</label>
          <input id="f-min" type="number" min="0" max="1" step="0.05" size={5} value={filters.minScore} onInput={(e) => set('minScore')(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="f-max">Score to</label>
          <input id="f-max" type="number" min="0" max="1" step="0.05" size={5} value={filters.maxScore} onInput={(e) => set('maxScore')(e.currentTarget.value)} />
        </div>
        <SelectField id="f-age" label="Age" value={filters.olderThanHours} onChange={set('olderThanHours')} options={AGE_CHOICES} />
      </form>
      <Problem error={alerts.error} />
      {bulk && <BulkActions ids={[...selected]} onDone={() => { setSelected(new Set()); alerts.reload(); overdueRows.reload(); }} />}
      <p class="muted small" id="queue-help">
        {rows.length} of {all.length} alerts. Keys: j / k or arrows move, Enter opens{bulk ? ', x selects' : ''}.
      </p>
      <QueueTable
        rows={rows}
        rowId={(a) => a.id}
        columns={columns}
        initialSort={{ key: 'score', desc: true }}
        onOpen={(a) => go('alerts', a.id)}
        idAttribute="data-alert-id"
        describedBy="queue-help"
        resetKey={JSON.stringify(filters)}
        // Every role may mark rows (x); only those who may move alerts get the checkboxes and bulk moves.
        selection={{ selected, onChange: setSelected, checkboxes: bulk }}
      />
    </main>
  );
}
