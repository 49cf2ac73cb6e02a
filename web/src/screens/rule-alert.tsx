import type { JSX } from 'preact';
import { ageHours, ageLabel, isOpen } from '../alert-model.js';
import { JsonFacts, flatten } from '../components/json-facts.js';
import { Problem } from '../components/problem.js';
import { StateMoves } from '../components/state-moves.js';
import { dateTime, humanState } from '../format.js';
import { useApi } from '../hooks.js';
import { useCan } from '../permissions.js';
import { eventBody, type RuleAlert, type RuleAlertDetail } from '../rule-alerts-api.js';
import { CaseReports } from './case-reports.js';
import { RuleDecisions } from './rule-decisions.js';

/**
 * The values a rule's evidence quotes from the event (a screened name, a place, a code), to mark them
 * in the event. Bookkeeping fields of the evidence (role, source, kind, score) are left out: their
 * values ("creditor", "un") would mark fields the rule did not single out.
 */
const BOOKKEEPING = /(^|\.)(role|source|kind|score|by|distanceKm)$/;
function quotedValues(evidence: unknown): ReadonlySet<string> {
  return new Set(flatten(evidence).filter(([k, v]) => !BOOKKEEPING.test(k.replace(/\[\d+\]$/, '')) && v.length > 2).map(([, v]) => v.toLowerCase()));
}

/**
 * One rule-pack alert worked as a case: the event as received beside the rule hit and its evidence,
 * the other rules the same event set off, and the moves the role may make. Closing goes through the
 * server, which decides whether it needs a second person; the screen shows its reason when it refuses.
 */
export function RuleAlertView({ id }: { id: number }): JSX.Element {
  const can = useCan();
  const detail = useApi<RuleAlertDetail>(`/rule-alerts/${id}`);
  const siblings = useApi<{ items: RuleAlert[] }>('/rule-alerts?limit=1000');
  const a = detail.data;
  if (!a) {
    return (
      <main>
        <p><a href="#/rule-alerts">← Rule-pack alerts</a></p>
        <Problem error={detail.error} />
        {detail.loading && <p class="muted">Loading rule alert {id}…</p>}
      </main>
    );
  }
  const others = (siblings.data?.items ?? []).filter((s) => s.monitoringEventId === a.monitoringEventId && s.id !== a.id);
  return (
    <main aria-labelledby="rule-alert-title">
      <p><a href="#/rule-alerts">← Rule-pack alerts</a></p>
      <h1 id="rule-alert-title">
        Rule alert {a.id}: {a.ruleId} on {a.kind} <span class="ref">{a.eventId}</span>
      </h1>
      <p>
        <span class="state" data-testid="rule-alert-state">{humanState(a.state)}</span> · pack {a.pack} {a.packVersion} · severity <span class={`severity-${a.severity}`}>{a.severity}</span> · raised {ageLabel(ageHours(a))} ago
        {a.caseId ? <> · case {a.caseId}</> : null}
        {a.stateReason ? <> · <span dir="auto">{a.stateReason}</span></> : null}
      </p>
      {can('rule-alerts:transition') && isOpen(a) && <StateMoves path={`/rule-alerts/${a.id}/transition`} state={a.state} onDone={detail.reload} />}
      {a.hardControl && <p class="notice">Hard control applied: <strong>{a.hardControl}</strong> (the event was stopped, not only flagged).</p>}
      <div class="side-by-side">
        <section class="panel" aria-labelledby="event-title">
          <h2 id="event-title">The event</h2>
          <JsonFacts value={eventBody(a.event)} caption={`${a.kind} ${a.eventId} as received`} highlight={quotedValues(a.evidence)} />
        </section>
        <section class="panel" aria-labelledby="hit-title">
          <h2 id="hit-title">The rule hit</h2>
          <dl class="facts">
            <dt>Rule</dt><dd>{a.ruleId} ({a.pack} {a.packVersion})</dd>
            <dt>Reason code</dt><dd><code>{a.reasonCode}</code></dd>
            <dt>Severity</dt><dd>{a.severity}</dd>
            <dt>Raised</dt><dd>{dateTime(a.createdAt)}</dd>
          </dl>
          <JsonFacts value={a.evidence} caption="Evidence: what the rule saw" />
        </section>
      </div>
      {others.length > 0 && (
        <section aria-labelledby="others-title">
          <h2 id="others-title">Other rules this event set off</h2>
          <ul>
            {others.map((o) => <li key={o.id}><a href={`#/rule-alerts/${o.id}`}>rule alert {o.id}</a> · {o.pack} {o.ruleId} · <code>{o.reasonCode}</code> · {humanState(o.state)}</li>)}
          </ul>
        </section>
      )}
      <RuleDecisions alert={a} decisions={a.decisions ?? []} onChange={detail.reload} />
      <CaseReports caseId={a.caseId} />
    </main>
  );
}
