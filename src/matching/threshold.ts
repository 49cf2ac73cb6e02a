/**
 * The default match threshold and its validation.
 *
 * A score is sigmoid(logit(name score) + evidence log-odds); see docs/matching.md. The default was
 * chosen from the evaluation harness's precision/recall figures (docs/matching.md, "Calibration"):
 * the lowest threshold of the sweep that keeps false alerts on clean non-listed names at or under
 * 0.5% (engines 1.4.0 to 1.8.0: 0.47% at 0.64, 28 of 6,000; 0.63 gives 0.52%), which maximises
 * recall under that goal.
 * Callers change it per call (ScreenOptions.threshold, --threshold); it is never read from the
 * environment.
 */
export const DEFAULT_THRESHOLD = 0.64;

/** A threshold must be a number in (0, 1]. Returns the message for a bad one, or undefined. */
export function thresholdProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'threshold must be a number';
  if (value <= 0 || value > 1) return 'threshold must be greater than 0 and at most 1';
  return undefined;
}
