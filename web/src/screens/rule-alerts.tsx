import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ALL_STATES, ageHours, ageLabel, isOverdue } from '../alert-model.js';
import { qs } from '../api.js';
import { unavailable } from '../alerts-api.js';
import { Problem } from '../components/problem.js';
import { QueueTable, type QueueColumn } from '../components/queue-table.js';
import { SelectField } from '../components/select-field.js';
import { humanState } from '../format.js';
import { useApi } from '../hooks.js';
import { go } from '../router.js';
import type { RuleAlert } from '../rule-alerts-api.js';
import { AlertTabs } from './alert-tabs.js';
import { useDeadlineHours } from './deadline.js';

/**
 * The rule-pack alert queue: alerts raised by monitoring rules on events (a payment to a listed
 * group, oil sold far below market, an antiquity without pre-2011 provenance). Filters for state,
 * pack and rule go to the server; j/k or arrows move, Enter opens the alert beside its event.
 */
interface Filters {
  state: string;
  pack: string;
  ruleId: string;
}

const OPEN = ['open', 'in_review', 'escalated'];

/** The queue's columns; none sorts: the rows come newest first and the filters narrow them. */
function columnsOf(deadlineHours: number): QueueColumn<RuleAlert>[] {
  return [
    { key: 'id', label: '#', cell: (a) => <a href={`#/rule-alerts/${a.id}`}>{a.id}</a> },
    { key: 'event', label: 'Event', cell: (a) => <>{a.kind} <span class="ref">{a.eventId}</span></> },
    { key: 'pack', label: 'Pack', cell: (a) => <>{a.pack} <span class="muted small">{a.packVersion}</span></> },
    { key: 'rule', label: 'Rule', cell: (a) => a.ruleId },
    { key: 'reason', label: 'Reason', cell: (a) => <><code>{a.reasonCode}</code>{a.hardControl ? <> <span class="state" title={`hard control ${a.hardControl}: the event was stopped`}>stopped</span></> : null}</> },
    { key: 'severity', label: 'Severity', cell: (a) => a.severity, cellClass: (a) => `severity-${a.severity}` },
    { key: 'state', label: 'State', cell: (a) => <span class="state">{humanState(a.state)}</span> },
    { key: 'age', label: 'Age', cell: (a) => ageLabel(ageHours(a)), cellClass: (a) => (isOverdue(a, deadlineHours) ? 'overdue' : '') },
  ];
}

export function RuleAlertQueue(): JSX.Element {
  const deadline = useDeadlineHours();
  const [filters, setFilters] = useState<Filters>({ state: 'open-any', pack: '', ruleId: '' });
  const states = filters.state === 'open-any' ? OPEN.map((s) => `state=${s}&`).join('') : filters.state ? `state=${filters.state}&` : '';
  const alerts = useApi<{ items: RuleAlert[] }>(`/rule-alerts?${states}${qs({ pack: filters.pack, ruleId: filters.ruleId, limit: 1000 }).slice(1)}`);
  // Every rule alert (the latest 1000), for the choices in the filters.
  const everything = useApi<{ items: RuleAlert[] }>('/rule-alerts?limit=1000');
  const rows = useMemo(
    () => (alerts.data?.items ?? []).filter((a) => (filters.state === 'open-any' ? OPEN.includes(a.state) : true)).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    [alerts.data, filters.state],
  );
  const known = everything.data?.items ?? [];
  const packs = [...new Set(known.map((a) => a.pack))].sort();
  const rules = [...new Set(known.filter((a) => !filters.pack || a.pack === filters.pack).map((a) => a.ruleId))].sort();
  const set = (k: keyof Filters) => (v: string) => setFilters({ ...filters, [k]: v, ...(k === 'pack' ? { ruleId: '' } : {}) });
  const columns = useMemo(() => columnsOf(deadline.hours), [deadline.hours]);

  if (unavailable(alerts.error)) {
    return (
      <main aria-labelledby="rule-alerts-title">
        <AlertTabs current="rules" />
        <h1 id="rule-alerts-title">Rule-pack alerts</h1>
        <p class="notice">This server does not serve rule-pack alerts (GET /rule-alerts); monitoring runs with <code>interdict monitor</code>.</p>
      </main>
    );
  }

  return (
    <main aria-labelledby="rule-alerts-title">
      <AlertTabs current="rules" />
      <h1 id="rule-alerts-title">Rule-pack alerts</h1>
      <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField id="r-state" label="State" value={filters.state} onChange={set('state')} options={[{ value: 'open-any', label: 'open, any stage' }, { value: '', label: 'all' }, ...ALL_STATES.map((s) => ({ value: s, label: humanState(s) }))]} />
        <SelectField id="r-pack" label="Rule pack" value={filters.pack} onChange={set('pack')} options={[{ value: '', label: 'all packs' }, ...packs.map((p) => ({ value: p, label: p }))]} />
        <SelectField id="r-rule" label="Rule" value={filters.ruleId} onChange={set('ruleId')} options={[{ value: '', label: 'all rules' }, ...rules.map((r) => ({ value: r, label: r }))]} />
      </form>
      <Problem error={alerts.error} />
      <p class="muted small" id="rule-queue-help">{rows.length} alert{rows.length === 1 ? '' : 's'}. Keys: j / k or arrows move, Enter opens.</p>
      <QueueTable
        rows={rows}
        rowId={(a) => a.id}
        columns={columns}
        onOpen={(a) => go('rule-alerts', a.id)}
        idAttribute="data-rule-alert-id"
        describedBy="rule-queue-help"
        resetKey={JSON.stringify(filters)}
      />
    </main>
  );
}
