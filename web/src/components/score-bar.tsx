import type { JSX } from 'preact';

/** A score in [0, 1] as a number and a bar, with the threshold marked, so ranking reads at a glance. */
export function ScoreBar({ score, threshold }: { score: number; threshold?: number }): JSX.Element {
  return (
    <span class="score">
      <span class="score-num">{score.toFixed(3)}</span>
      <span class="score-bar" aria-hidden="true">
        <span class="score-fill" style={{ width: `${Math.round(score * 100)}%` }} />
        {threshold !== undefined && <span class="score-threshold" style={{ left: `${Math.round(threshold * 100)}%` }} />}
      </span>
    </span>
  );
}
