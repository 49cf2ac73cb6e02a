import type { JSX } from 'preact';
import { rowsOf, unavailable, type AlertRow } from '../alerts-api.js';
import { dateTime, shortHash } from '../format.js';
import { useApi } from '../hooks.js';
import type { VersionRow } from '../types.js';

/**
 * What each list update triggered: the screening runs it started (re-screens after a diff, or a full
 * re-screen) with parties screened and alerts raised, and the alerts raised against it and where they
 * stand now (each alert records the list version that raised it).
 */
interface RunRow {
  id: number;
  kind: string;
  listSource: string;
  listVersionHash: string;
  startedAt: string;
  finishedAt: string | null;
  partiesScreened: number;
  alertsRaised: number;
}

function seconds(run: RunRow): string {
  return run.finishedAt ? `${((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000).toFixed(1)} s` : 'running';
}

export function UpdateEffects({ versions }: { versions: VersionRow[] }): JSX.Element | null {
  const alerts = useApi<unknown>('/alerts?limit=1000');
  const runs = useApi<unknown>('/screening/runs?limit=500');
  if (unavailable(alerts.error)) return <p class="muted">This server does not serve alerts yet, so the effects of each update are not shown.</p>;
  if (!alerts.data) return null;
  const byVersion = new Map<string, AlertRow[]>();
  for (const a of rowsOf<AlertRow>(alerts.data, 'alerts')) byVersion.set(a.listVersionHash, [...(byVersion.get(a.listVersionHash) ?? []), a]);
  const runRows = rowsOf<RunRow>(runs.data);
  return (
    <section aria-labelledby="effects-title">
      <h2 id="effects-title">What each update triggered</h2>
      <table class="effects">
        <thead>
          <tr>
            <th scope="col">Version</th><th scope="col">Screening runs</th>
            <th scope="col" class="num">Alerts raised</th><th scope="col" class="num">Still open</th><th scope="col" class="num">True matches</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const list = byVersion.get(v.hash) ?? [];
            const own = runRows.filter((r) => r.listVersionHash === v.hash && r.kind !== 'party-change');
            return (
              <tr key={v.hash}>
                <td>{v.source} <code title={v.hash}>{shortHash(v.hash)}</code></td>
                <td>
                  {own.length === 0 ? <span class="muted">none</span> : own.map((r) => (
                    <div key={r.id}>{r.kind} {dateTime(r.startedAt)}: {r.partiesScreened} parties screened, {r.alertsRaised} alerts, {seconds(r)}</div>
                  ))}
                </td>
                <td class="num">{list.length}</td>
                <td class="num">{list.filter((a) => !a.state.startsWith('closed')).length}</td>
                <td class="num">{list.filter((a) => a.state === 'closed_true_match').length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
