import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import type { AlertRow } from '../alerts-api.js';
import { Problem } from '../components/problem.js';
import { dateTime, humanState } from '../format.js';
import { useApi } from '../hooks.js';
import { useCan } from '../permissions.js';
import type { RuleAlert } from '../rule-alerts-api.js';

/**
 * The case this alert is worked in: the other alerts of the same party gathered with it, or, for an
 * alert not yet in a case, a way to open one. A case keeps related alerts (one customer hit by
 * several listed parties) decided together rather than one by one.
 */
interface CaseDetail {
  case: { id: number; title: string; state: string; createdBy: string; createdAt: string; closedAt: string | null };
  alerts: AlertRow[];
}

export function CaseGroup({ alert, partyLabel, onChange }: { alert: AlertRow; partyLabel: string; onChange: () => void }): JSX.Element | null {
  const can = useCan();
  const found = useApi<CaseDetail>(alert.caseId ? `/cases/${alert.caseId}` : null);
  // Rule hits on this case's events (a payment of this customer to a listed group), if any.
  const ruleHits = useApi<{ items: RuleAlert[] }>(alert.caseId ? `/rule-alerts?caseId=${alert.caseId}` : null);
  const [error, setError] = useState<unknown>(null);

  async function open(): Promise<void> {
    try {
      await api('/cases', { body: { partyId: alert.partyId, title: `${partyLabel}: ${alert.listedPartyRef}`, alertIds: [alert.id] } });
      onChange();
    } catch (err) {
      setError(err);
    }
  }

  if (!alert.caseId) {
    return can('cases:write') ? (
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void open()}>Open a case for this party</button>
        <Problem error={error} />
      </div>
    ) : null;
  }
  const c = found.data;
  return (
    <section class="panel" aria-labelledby="case-group-title">
      <h2 id="case-group-title">Case {alert.caseId}{c ? `: ${c.case.title}` : ''}</h2>
      <Problem error={found.error} />
      {c && (
        <>
          <p class="muted">{c.case.state} · opened {dateTime(c.case.createdAt)} by {c.case.createdBy}</p>
          <ul>
            {c.alerts.map((a) => (
              <li key={a.id}>
                {a.id === alert.id ? <strong>alert {a.id} (this one)</strong> : <a href={`#/alerts/${a.id}`}>alert {a.id}</a>} · {a.listedPartyRef} · {a.score.toFixed(3)} · {humanState(a.state)}
              </li>
            ))}
          </ul>
          {(ruleHits.data?.items.length ?? 0) > 0 && (
            <>
              <h3>Rule hits in this case</h3>
              <ul>
                {ruleHits.data!.items.map((r) => (
                  <li key={r.id}><a href={`#/rule-alerts/${r.id}`}>rule alert {r.id}</a> · {r.pack} {r.ruleId} on {r.kind} {r.eventId} · {humanState(r.state)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
