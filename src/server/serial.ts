/**
 * Runs jobs one after another. List imports and re-screens go through one of these: two re-screens at
 * once would raise the same (party, listed party) pairs in opposite orders and deadlock in the
 * database, and a re-screen must see the version in force that its import put there.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  get queued(): number {
    return this.waiting;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined).finally(() => {
      this.waiting -= 1;
    });
    return next;
  }
}
