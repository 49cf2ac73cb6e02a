import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * A uPlot chart with the numbers behind it in a table beside it: the chart is for seeing a trend, the
 * table for the exact values (and for screen readers, to which a canvas says nothing).
 *
 * x values are numbers (unix seconds for time series, or 0..n-1 for categories, with labels).
 */
export interface Series {
  label: string;
  values: (number | null)[];
}

export interface ChartProps {
  title: string;
  x: number[];
  /** Category labels for x (bars per rule); time series leave it out. */
  xLabels?: string[];
  series: Series[];
  kind?: 'line' | 'bars';
  yLabel?: string;
  /** Heading of the table's first column (default: Day, or Rule for categories). */
  xTitle?: string;
  format?: (v: number | null) => string;
}

const DAY_S = 86_400;

// Colour-blind-safe palette (Okabe-Ito), darkened where needed to stand out on white.
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8b6d00'];

export function Chart({ title, x, xLabels, series, kind = 'line', yLabel, xTitle, format = (v) => (v === null ? '—' : String(v)) }: ChartProps): JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || x.length === 0 || series.every((s) => s.values.every((v) => v === null))) return;
    const bars = kind === 'bars' ? uPlot.paths.bars!({ size: [0.6, 40] }) : undefined;
    // Categories sit at 0..n-1 with half a slot of room each side; days get a day of room each side, so
    // a single day is not stretched over years by the automatic range.
    const xRange: [number, number] = xLabels ? [-0.5, x.length - 0.5] : [x[0]! - DAY_S, x[x.length - 1]! + DAY_S];
    const axisStroke = '#1a1f2b';
    const opts: uPlot.Options = {
      width: Math.max(320, el.clientWidth),
      height: 240,
      scales: { x: { time: !xLabels, auto: false, range: xRange } },
      // Days are UTC days (as in the table); the browser's zone would shift them.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      axes: [
        xLabels
          ? { stroke: axisStroke, splits: () => x, values: (_u, splits) => splits.map((v) => xLabels[Math.round(v)] ?? ''), grid: { show: false } }
          : // One tick per day (at most ~10 labels), written as dates: the counts are per day, not per hour.
            { stroke: axisStroke, splits: () => x.filter((_, i) => i % Math.ceil(x.length / 10) === 0), values: (_u, splits) => splits.map((v) => new Date(v * 1000).toISOString().slice(0, 10)) },
        { label: yLabel, stroke: axisStroke, size: 64 },
      ],
      series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: PALETTE[i % PALETTE.length], fill: kind === 'bars' ? PALETTE[i % PALETTE.length] + 'cc' : undefined, width: 2, ...(bars ? { paths: bars, points: { show: false } } : { points: { size: 7 } }) }))],
      // The table beside the chart is the legend, with every number.
      legend: { show: false },
    };
    const plot = new uPlot(opts, [x, ...series.map((s) => s.values)] as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(320, el.clientWidth), height: 240 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [JSON.stringify([x, xLabels, series, kind])]);

  const label = (i: number) => xLabels?.[i] ?? new Date(x[i]! * 1000).toISOString().slice(0, 10);
  return (
    <figure class="chart-block" aria-label={title}>
      <div>
        <figcaption><strong>{title}</strong></figcaption>
        {x.length === 0 || series.every((s) => s.values.every((v) => v === null)) ? <p class="muted">No data yet.</p> : <div ref={host} class="chart" role="img" aria-label={`${title} (chart; the table beside it has the numbers)`} />}
      </div>
      <div class="table-scroll">
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{xTitle ?? (xLabels ? 'Rule' : 'Day')}</th>
              {series.map((s) => <th key={s.label} scope="col" class="num">{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {x.map((_, i) => (
              <tr key={i}>
                <th scope="row">{label(i)}</th>
                {series.map((s) => <td key={s.label} class="num">{format(s.values[i] ?? null)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
