import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ageHours, ageLabel, isOpen, listedCaptionOf, partyNameOf, ruleOf } from '../alert-model.js';
import { rowsOf, type AlertDetail, type FreezeRecordRow } from '../alerts-api.js';
import { DesignationsTable } from '../components/designations.js';
import { Explanation } from '../components/explanation.js';
import { designationsOf } from '../designations.js';
import { Name } from '../components/name.js';
import { Problem } from '../components/problem.js';
import { StateMoves } from '../components/state-moves.js';
import { humanState } from '../format.js';
import { useApi } from '../hooks.js';
import { useCan } from '../permissions.js';
import type { Explanation as ExplanationData } from '../types.js';
import { CaseGroup } from './case-group.js';
import { CaseParties } from './case-parties.js';
import { Decisions } from './case-decisions.js';
import { CaseRecords } from './case-records.js';
import { CaseReports } from './case-reports.js';
import { Timeline } from './case-timeline.js';

/**
 * One alert worked as a case: both parties side by side, why they matched, what has happened so far,
 * the four-eyes decision, and what the decision left behind (freeze record, allow-list entry, reports).
 */
export function CaseView({ alertId }: { alertId: number }): JSX.Element {
  const can = useCan();
  const detail = useApi<AlertDetail>(`/alerts/${alertId}`);
  const freeze = useApi<unknown>(detail.data ? `/freeze-records?partyId=${detail.data.alert.partyId}` : null);
  const [version, setVersion] = useState(0);
  const refresh = () => {
    detail.reload();
    freeze.reload();
    setVersion((v) => v + 1);
  };
  const d = detail.data;
  if (!d) {
    return (
      <main>
        <p><a href="#/alerts">← Alerts</a></p>
        <Problem error={detail.error} />
        {detail.loading && <p class="muted">Loading alert {alertId}…</p>}
      </main>
    );
  }
  const a = d.alert;
  const partyLabel = d.party ? partyNameOf(a, new Map([[d.party.id, d.party]])) : partyNameOf(a);
  const freezeRecord = rowsOf<FreezeRecordRow>(freeze.data).find((f) => f.alertId === a.id);
  return (
    <main aria-labelledby="case-title">
      <p><a href="#/alerts">← Alerts</a></p>
      <h1 id="case-title">
        Alert {a.id}: <Name text={partyLabel} /> ↔ <Name text={listedCaptionOf(a)} /> <span class="ref">{a.listedPartyRef}</span>
      </h1>
      <p>
        <span class="state" data-testid="alert-state">{humanState(a.state)}</span> · score <strong>{a.score.toFixed(3)}</strong> (threshold {a.threshold}) · {a.listSource} · rule {ruleOf(a)} · raised {ageLabel(ageHours(a))} ago
        {a.caseId ? <> · case {a.caseId}</> : null}
      </p>
      {isOpen(a) && can('alerts:transition') && <StateMoves path={`/alerts/${a.id}/transition`} state={a.state} onDone={refresh} />}
      <CaseGroup alert={a} partyLabel={partyLabel} onChange={refresh} />
      <CaseParties alert={a} party={d.party} />
      <DesignationsTable designations={designationsOf(a.explanation)} id="alert-designations" />
      <h2>Why they matched</h2>
      <Explanation x={a.explanation as ExplanationData} />
      <h2>Timeline</h2>
      <Timeline alert={a} decisions={d.decisions} freeze={freezeRecord} />
      <Decisions alert={a} decisions={d.decisions} onChange={refresh} />
      <CaseRecords key={version} alert={a} onChange={refresh} />
      <CaseReports caseId={a.caseId} />
    </main>
  );
}
