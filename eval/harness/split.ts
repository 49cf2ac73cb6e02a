/**
 * The held-out split: half of the evaluation is for tuning the engine, the other half only for
 * reporting, so the report can say how much of a gain is fitted to the items it was tuned on.
 *
 * The split is by listed party, not by item: every variant of one party (its noisy spellings, its
 * other-script names, its left-out aliases) falls on the same side, so a fix that learns one
 * party's name cannot be measured on another variant of that same name. Negatives (no expected
 * party) are split by item id. The side is a fixed hash (FNV-1a, 32 bit) of that key: it does not
 * depend on the order of the files, the engine, or anything measured.
 */
import { figures, type ScreenedItem } from './metrics.js';

export type Side = 'tune' | 'held-out';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The side of an item: by its first expected party, or by its id when it expects none. */
export function sideOf(item: { id: string; expected: readonly string[] }): Side {
  const key = item.expected.length > 0 ? `party:${[...item.expected].sort()[0]}` : `item:${item.id}`;
  return fnv1a(key) % 2 === 0 ? 'tune' : 'held-out';
}

/**
 * The threshold a tuner would pick from the tune half alone: the lowest of `candidates` whose
 * false-alert rate on the tune half's clean negatives is within `maxFalseAlertRate` (the lowest
 * such threshold gives the highest recall). Undefined when none qualifies.
 */
export function thresholdFromTuneHalf(items: readonly ScreenedItem[], candidates: readonly number[], maxFalseAlertRate: number): number | undefined {
  const negatives = items.filter((i) => i.set === 'negatives' && sideOf(i) === 'tune');
  for (const t of [...candidates].sort((a, b) => a - b)) {
    const rate = figures(negatives, t).falseAlertRate;
    if (rate !== null && rate <= maxFalseAlertRate) return t;
  }
  return undefined;
}
