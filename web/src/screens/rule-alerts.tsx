import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_STATES, ageHours, ageLabel, isOverdue } from '../alert-model.js';
import { qs } from '../api.js';
import { unavailable } from '../alerts-api.js';
import { Problem } from '../components/problem.js';
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

export function RuleAlertQueue(): JSX.Element {
  const deadline = useDeadlineHours();
  const [filters, setFilters] = useState<Filters>({ state: 'open-any', pack: '', ruleId: '' });
  const states = filters.state === 'open-any' ? OPEN.map((s) => `state=${s}&`).join('') : filters.state ? `state=${filters.state}&` : '';
  const alerts = useApi<{ items: RuleAlert[] }>(`/rule-alerts?${states}${qs({ pack: filters.pack, ruleId: filters.ruleId, limit: 1000 }).slice(1)}`);
  // Every rule alert (the latest 1000), for the choices in the filters.
  const everything = useApi<{ items: RuleAlert[] }>('/rule-alerts?limit=1000');
  const [cursor, setCursor] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const rows = useMemo(
    () => (alerts.data?.items ?? []).filter((a) => (filters.state === 'open-any' ? OPEN.includes(a.state) : true)).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    [alerts.data, filters.state],
  );
  const known = everything.data?.items ?? [];
  const packs = [...new Set(known.map((a) => a.pack))].sort();
  const rules = [...new Set(known.filter((a) => !filters.pack || a.pack === filters.pack).map((a) => a.ruleId))].sort();
  const set = (k: keyof Filters) => (v: string) => {
    setFilters({ ...filters, [k]: v, ...(k === 'pack' ? { ruleId: '' } : {}) });
    setCursor(0);
  };

  useLayoutEffect(() => {
    const row = body.current?.querySelectorAll('tr')[cursor];
    if (row && body.current?.contains(document.activeElement)) row.focus();
  }, [cursor]);

  function onKey(e: KeyboardEvent): void {
    const current = rows[cursor];
    if (e.key === 'j' || e.key === 'ArrowDown') setCursor((c) => Math.min(rows.length - 1, c + 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') setCursor((c) => Math.max(0, c - 1));
    else if (e.key === 'Enter' && current) go('rule-alerts', current.id);
    else return;
    e.preventDefault();
  }

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
        <Select id="r-state" label="State" value={filters.state} onChange={set('state')} options={[{ value: 'open-any', label: 'open, any stage' }, { value: '', label: 'all' }, ...ALL_STATES.map((s) => ({ value: s, label: humanState(s) }))]} />
        <Select id="r-pack" label="Rule pack" value={filters.pack} onChange={set('pack')} options={[{ value: '', label: 'all packs' }, ...packs.map((p) => ({ value: p, label: p }))]} />
        <Select id="r-rule" label="Rule" value={filters.ruleId} onChange={set('ruleId')} options={[{ value: '', label: 'all rules' }, ...rules.map((r) => ({ value: r, label: r }))]} />
      </form>
      <Problem error={alerts.error} />
      <p class="muted small" id="rule-queue-help">{rows.length} alert{rows.length === 1 ? '' : 's'}. Keys: j / k or arrows move, Enter opens.</p>
      <table class="queue" aria-describedby="rule-queue-help">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Event</th>
            <th scope="col">Pack</th>
            <th scope="col">Rule</th>
            <th scope="col">Reason</th>
            <th scope="col">Severity</th>
            <th scope="col">State</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKey}>
          {rows.map((a, i) => (
            <tr key={a.id} tabIndex={i === cursor ? 0 : -1} class={i === cursor ? 'cursor' : ''} onClick={() => setCursor(i)} onDblClick={() => go('rule-alerts', a.id)} onFocus={() => setCursor(i)} data-rule-alert-id={a.id}>
              <td><a href={`#/rule-alerts/${a.id}`}>{a.id}</a></td>
              <td>{a.kind} <span class="ref">{a.eventId}</span></td>
              <td>{a.pack} <span class="muted small">{a.packVersion}</span></td>
              <td>{a.ruleId}</td>
              <td><code>{a.reasonCode}</code>{a.hardControl ? <> <span class="state" title={`hard control ${a.hardControl}: the event was stopped`}>stopped</span></> : null}</td>
              <td class={`severity-${a.severity}`}>{a.severity}</td>
              <td><span class="state">{humanState(a.state)}</span></td>
              <td class={isOverdue(a, deadline.hours) ? 'overdue' : ''}>{ageLabel(ageHours(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
