/**
 * Figures from screened items. Definitions (docs/benchmarks.md repeats them):
 * - An alert is a returned match with score >= threshold.
 * - recall: share of positive items whose expected reference is among their alerts.
 * - top-1: share of positive items whose highest-scoring alert is an expected reference.
 * - precision: share of alerts (over all items of the group, positives and negatives) whose
 *   reference is expected for that item. Wrong-party alerts on positives count against it too.
 * - F1: harmonic mean of that precision and recall.
 * - false-alert rate: share of clean negative items with at least one alert.
 * Matches are taken from screen() at threshold 0 with a small limit, so every threshold can be
 * evaluated from one run; alerts beyond the limit are not seen (a limit of 10 covers them in practice).
 */
export interface ScreenedItem {
  id: string;
  set: string;
  script: string;
  kind: string;
  expected: string[];
  /** Highest score first. */
  matches: { ref: string; score: number }[];
}

export interface Figures {
  items: number;
  positives: number;
  negatives: number;
  recall: number | null;
  top1: number | null;
  precision: number | null;
  f1: number | null;
  falseAlertRate: number | null;
  alerts: number;
}

export function figures(items: readonly ScreenedItem[], threshold: number): Figures {
  let positives = 0;
  let negatives = 0;
  let found = 0;
  let top1 = 0;
  let alerts = 0;
  let correctAlerts = 0;
  let alertedNegatives = 0;
  for (const item of items) {
    const above = item.matches.filter((m) => m.score >= threshold);
    alerts += above.length;
    const expected = new Set(item.expected);
    const good = above.filter((m) => expected.has(m.ref)).length;
    correctAlerts += good;
    if (expected.size === 0) {
      negatives++;
      if (above.length > 0) alertedNegatives++;
    } else {
      positives++;
      if (good > 0) found++;
      if (above.length > 0 && expected.has((above[0] as { ref: string }).ref)) top1++;
    }
  }
  const recall = positives > 0 ? found / positives : null;
  const precision = alerts > 0 ? correctAlerts / alerts : positives > 0 ? null : null;
  const f1 = recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : null;
  return {
    items: items.length,
    positives,
    negatives,
    recall,
    top1: positives > 0 ? top1 / positives : null,
    precision,
    f1,
    falseAlertRate: negatives > 0 ? alertedNegatives / negatives : null,
    alerts,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
