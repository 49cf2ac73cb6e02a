import type { JSX } from 'preact';
import { rowsOf, unavailable, type AlertRow, type FreezeRecordRow } from '../alerts-api.js';
import { Chart } from '../components/chart.js';
import { Problem } from '../components/problem.js';
import { percent } from '../format.js';
import { useApi } from '../hooks.js';
import { alertsPerDay, byPack, byRule, falsePositiveRates, freezeDelays } from '../metrics.js';

/**
 * Monitoring: alerts per day per rule pack and per rule, the time from listing (and from the list's
 * arrival) to the freeze, and the false-positive rate per rule. Each chart has its numbers beside it.
 * Computed from the last 1000 alerts and the freeze records the API returns.
 */
export function Dashboard(): JSX.Element {
  const alerts = useApi<unknown>('/alerts?limit=1000');
  const freezes = useApi<unknown>('/freeze-records');
  if (unavailable(alerts.error)) {
    return (
      <main aria-labelledby="dash-title">
        <h1 id="dash-title">Monitoring</h1>
        <p class="notice">This server does not serve alerts yet.</p>
      </main>
    );
  }
  const rows = rowsOf<AlertRow>(alerts.data, 'alerts');
  const perPack = alertsPerDay(rows, byPack);
  const perRule = alertsPerDay(rows, byRule);
  const rates = falsePositiveRates(rows);
  const delays = freezeDelays(rowsOf<FreezeRecordRow>(freezes.data));
  const count = (v: number | null) => (v === null ? '—' : String(v));
  return (
    <main aria-labelledby="dash-title">
      <h1 id="dash-title">Monitoring</h1>
      <Problem error={alerts.error} />
      <p class="muted">{rows.length} alerts{rows.length >= 1000 ? ' (the latest 1000)' : ''}, {delays.length} freeze records.</p>
      <Chart title="Alerts per day, per rule pack" x={perPack.days} series={perPack.series} yLabel="alerts" format={count} />
      <Chart title="Alerts per day, per rule" x={perRule.days} series={perRule.series} yLabel="alerts" format={count} />
      <Chart
        title="Time from listing to freeze (days)"
        x={delays.map((_, i) => i)}
        xLabels={delays.map((d) => d.label)}
        xTitle="Freeze"
        kind="bars"
        yLabel="days"
        series={[{ label: 'days since listing', values: delays.map((d) => d.listingToFreezeDays) }]}
        format={count}
      />
      <Chart
        title="Time from the list's arrival to freeze (hours)"
        x={delays.map((_, i) => i)}
        xLabels={delays.map((d) => d.label)}
        xTitle="Freeze"
        kind="bars"
        yLabel="hours"
        series={[{ label: 'hours since the list arrived', values: delays.map((d) => d.arrivalToFreezeHours) }]}
        format={count}
      />
      <Chart
        title="False-positive rate per rule"
        x={rates.map((_, i) => i)}
        xLabels={rates.map((r) => `${r.rule} (${r.falsePositives}/${r.closed})`)}
        kind="bars"
        yLabel="share of closed alerts"
        series={[{ label: 'false-positive rate', values: rates.map((r) => r.rate) }]}
        format={percent}
      />
    </main>
  );
}
