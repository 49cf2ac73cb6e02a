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
