/**
 * Reference data prepared for lookups during processing: the risk-area index, HS prefix tests,
 * Red List category lookup by key or alias, benchmark price by product and month.
 */
import { RiskAreaIndex } from './geo.js';
import type { BenchmarkSeries, RedListClass, ReferenceData } from './types.js';

export interface Reference {
  data: ReferenceData;
  areas: RiskAreaIndex;
  hsIn(code: string, list: string): boolean;
  redListClass(category: string): RedListClass | undefined;
  /** The benchmark for an HS code in a month (or the latest month before it, within 3 months). */
  benchmark(hsCode: string, date: string): { series: BenchmarkSeries; month: string; minor: number } | undefined;
}

export function prepareReference(data: ReferenceData): Reference {
  const areas = new RiskAreaIndex(data.areas);
  const classes = new Map<string, RedListClass>();
  for (const c of data.redList.classes) {
    classes.set(c.key, c);
    for (const a of c.aliases) if (!classes.has(a)) classes.set(a, c);
  }
  return {
    data,
    areas,
    hsIn: (code, list) => (data.hs[list] ?? []).some((p) => code.startsWith(p)),
    redListClass: (category) => classes.get(category.toLowerCase().trim()) ?? classes.get(category.toLowerCase().trim().replace(/s$/, '')),
    benchmark: (hsCode, date) => {
      for (const series of data.benchmarks) {
        if (!series.hsPrefixes.some((p) => hsCode.startsWith(p))) continue;
        let y = Number(date.slice(0, 4));
        let m = Number(date.slice(5, 7));
        for (let back = 0; back <= 3; back++) {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          const minor = series.values.get(month);
          if (minor !== undefined) return { series, month, minor };
          m--;
          if (m === 0) {
            m = 12;
            y--;
          }
        }
      }
      return undefined;
    },
  };
}
