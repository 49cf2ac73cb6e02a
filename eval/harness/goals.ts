/**
 * The goals for the harness, checked against the measured figures. Each goal says which
 * items it is read on, so the table can print the goal beside the value and PASS or FAIL.
 */
import { figures, type ScreenedItem } from './metrics.js';

export interface GoalResult {
  goal: string;
  target: string;
  measured: string;
  pass: boolean;
}

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(2)}%`);
const frac = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(4));

export function checkGoals(items: readonly ScreenedItem[], targetScriptOf: (id: string) => string | undefined, threshold: number): GoalResult[] {
  const noisy = figures(items.filter((i) => i.set === 'noisy-variants'), threshold);
  const negatives = figures(items.filter((i) => i.set === 'negatives'), threshold);
  const arToLat = figures(items.filter((i) => i.set === 'un-script-to-latin' && i.script === 'arabic'), threshold);
  const latToAr = figures(items.filter((i) => i.set === 'un-latin-to-script' && targetScriptOf(i.id) === 'arabic'), threshold);
  return [
    { goal: 'recall on noisy variants (noisy-variants)', target: '>= 0.98', measured: frac(noisy.recall), pass: (noisy.recall ?? 0) >= 0.98 },
    { goal: 'false alerts on clean names (negatives)', target: '<= 0.50%', measured: pct(negatives.falseAlertRate), pass: (negatives.falseAlertRate ?? 1) <= 0.005 },
    { goal: 'recall Arabic script -> Latin (un-script-to-latin, Arabic)', target: '>= 0.95', measured: frac(arToLat.recall), pass: (arToLat.recall ?? 0) >= 0.95 },
    { goal: 'recall Latin -> Arabic script (un-latin-to-script, Arabic)', target: '>= 0.95', measured: frac(latToAr.recall), pass: (latToAr.recall ?? 0) >= 0.95 },
  ];
}
