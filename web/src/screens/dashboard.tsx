import type { JSX } from 'preact';
import { rowsOf, unavailable, type AlertRow, type FreezeRecordRow } from '../alerts-api.js';
import { Chart } from '../components/chart.js';
import { Problem } from '../components/problem.js';
import { percent } from '../format.js';
import { useApi } from '../hooks.js';
import { byPack, byRule, dailySeries, dayCountsOf, falsePositiveRates, freezeDelays, type DayCount, type FreezeDelay, type RuleRate } from '../metrics.js';
import type { MonitoringStats } from '../rule-alerts-api.js';

/**
 * Monitoring: alerts per day per rule pack and per rule, the time from listing (and from the list's
 * arrival) to the freeze, and the false-positive rate per rule. Each chart has its numbers beside it.
 *
 * Name-screening alerts (pack `sanctions-screening`, one rule per list) are counted here from the
 * latest 1000 alerts and the freeze records; rule-pack alerts come from the server's
 * GET /monitoring/stats?days=30 when it has it (a pack the stats already count is not counted twice).
 */
const STATS_DAYS = 30;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const count = (v: number | null) => (v === null ? '—' : String(v));

/** One bar per freeze record, in the order they were frozen, measuring one delay. */
function FreezeDelayChart({ delays, title, unit, label, value }: { delays: FreezeDelay[]; title: string; unit: string; label: string; value: (d: FreezeDelay) => number | null }): JSX.Element {
  return (
    <Chart
      title={title}
      x={delays.map((_, i) => i)}
      xLabels={delays.map((d) => d.label)}
      xTitle="Freeze"
      kind="bars"
      yLabel={unit}
      series={[{ label, values: delays.map(value) }]}
      format={count}
    />
  );
}

export function Dashboard(): JSX.Element {
  const alerts = useApi<unknown>('/alerts?limit=1000');
  const freezes = useApi<unknown>('/freeze-records');
  const statsCall = useApi<MonitoringStats>(`/monitoring/stats?days=${STATS_DAYS}`);
  if (unavailable(alerts.error)) {
    return (
      <main aria-labelledby="dash-title">
        <h1 id="dash-title">Monitoring</h1>
        <p class="notice">This server does not serve alerts yet.</p>
      </main>
    );
  }
  const stats = statsCall.data;
  const statsPacks = new Set((stats?.days ?? []).map((d) => d.pack));
  const rows = rowsOf<AlertRow>(alerts.data, 'alerts').filter((a) => !statsPacks.has(byPack(a)));
  const ruleDays = stats?.days ?? [];
  const perPack = dailySeries([...dayCountsOf(rows, byPack), ...ruleDays.map<DayCount>((d) => ({ date: d.date, group: d.pack, count: d.alerts }))]);
  const perRule = dailySeries([...dayCountsOf(rows, byRule), ...ruleDays.map<DayCount>((d) => ({ date: d.date, group: `${d.pack}/${d.ruleId}`, count: d.alerts }))]);
  const ruleRates: RuleRate[] = (stats?.perRule ?? []).map((r) => {
    const closed = ruleDays.filter((d) => d.pack === r.pack && d.ruleId === r.ruleId).reduce((n, d) => n + d.closedFalsePositive + d.closedTrueMatch, 0);
    const fp = ruleDays.filter((d) => d.pack === r.pack && d.ruleId === r.ruleId).reduce((n, d) => n + d.closedFalsePositive, 0);
    return { rule: `${r.pack}/${r.ruleId}`, closed, falsePositives: fp, rate: r.falsePositiveRate };
  });
  const rates = [...falsePositiveRates(rows), ...ruleRates];
  const delays = freezeDelays(rowsOf<FreezeRecordRow>(freezes.data));
  return (
    <main aria-labelledby="dash-title">
      <h1 id="dash-title">Monitoring</h1>
      <Problem error={alerts.error} />
      <p class="muted">
        {plural(rows.length, 'name-screening alert')}{rows.length >= 1000 ? ' (the latest 1000)' : ''}, {plural(delays.length, 'freeze record')}
        {stats ? `, rule-pack alerts of the last ${STATS_DAYS} days from the server's statistics (${plural(ruleDays.reduce((n, d) => n + d.alerts, 0), 'alert')}).` : '. This server gives no rule-pack statistics (GET /monitoring/stats).'}
      </p>
      <Chart title="Alerts per day, per rule pack" x={perPack.days} series={perPack.series} yLabel="alerts" format={count} />
      <Chart title="Alerts per day, per rule" x={perRule.days} series={perRule.series} yLabel="alerts" format={count} />
      <FreezeDelayChart delays={delays} title="Time from listing to freeze (days)" unit="days" label="days since listing" value={(d) => d.listingToFreezeDays} />
      <FreezeDelayChart delays={delays} title="Time from the list's arrival to freeze (hours)" unit="hours" label="hours since the list arrived" value={(d) => d.arrivalToFreezeHours} />
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
