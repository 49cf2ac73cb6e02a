/**
 * Giving the event loop a turn during long work on a server's thread, so other requests are answered
 * between the pieces (a list decoded, stored or re-screened while serving). The embedded database's
 * promises settle without a turn of the loop, so awaiting them alone never lets anything else run.
 */

/** Resolves after the microtasks queued now and the I/O callbacks of this turn have run. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Work cut into slices of about `sliceMs`: call `pause()` between units of work; it gives the loop a
 * turn only once the current slice has lasted that long, so short work pays nothing.
 */
export class TimeSlices {
  private since = performance.now();

  constructor(private readonly sliceMs: number) {}

  async pause(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await nextTurn();
    this.since = performance.now();
  }
}

/**
 * Work written as steps: a generator that yields wherever it may pause (every thousand rows of a long
 * loop, say) and returns its result. runSteps does it all at once, runStepsInSlices in slices of
 * about `sliceMs` with the event loop running between them; the same steps, so the same result.
 */
export type Steps<T> = Generator<void, T>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  const slices = new TimeSlices(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slices.pause();
  }
}
