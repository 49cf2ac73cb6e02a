import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SanctionedParty } from '../lists/model.js';
import type { Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';
import type { DiffWorkerData } from './diff-worker.js';
import { moduleWorker } from './worker-thread.js';

/**
 * The diff re-screen spread over worker threads, one per core: screening is CPU-bound (preparing each
 * party's names costs far more than the small index behind it), so a million parties take about
 * 1/cores of the time. Each worker makes its own engines from the list (a second or two to build, less
 * when it reads the data directory's saved engine); below a few tens of thousands of parties that
 * costs more than it saves, and the caller screens in process.
 *
 * Results come back in the order of the queries sent, whichever worker finishes first.
 */
/** Queries per message: small enough to balance the workers, large enough that messaging costs little. */
const BATCH = 250;
/** Batches queued per worker, so it never waits for the next one. */
const BATCHES_IN_FLIGHT = 2;

interface Pending {
  resolve: (found: [number, Match[]][]) => void;
  reject: (err: Error) => void;
}

export class ParallelDiffScreener {
  private constructor(
    private readonly workers: Worker[],
    private readonly pending: Map<number, Pending>,
    private readonly counts: number[],
    /** Per worker, whether its engine was read from the saved engine or built. */
    readonly engineOrigins: ('saved' | 'built')[],
  ) {}

  private next = 0;

  /**
   * `saved`: the data directory whose saved engine the workers read instead of building, and where
   * their notes about it go (a refused or unwritten file).
   */
  static async start(
    parties: readonly SanctionedParty[],
    listVersions: { source: string; hash: string }[],
    targets: readonly SanctionedParty[],
    threshold: number,
    threads = availableParallelism(),
    saved?: { dataDir: string; report: (line: string) => void },
  ): Promise<ParallelDiffScreener> {
    const data: DiffWorkerData = { parties: [...parties], listVersions, targetIds: targets.map((t) => t.id), threshold, ...(saved ? { dataDir: saved.dataDir } : {}) };
    const pending = new Map<number, Pending>();
    const counts: number[] = [];
    const origins: ('saved' | 'built')[] = [];
    const workers = await Promise.all(
      Array.from({ length: Math.max(1, threads) }, (_, w) => {
        const worker = moduleWorker('diff-worker', data);
        counts[w] = 0;
        return new Promise<Worker>((resolve, reject) => {
          let ready = false;
          // A worker that dies fails every batch waiting on the pool: the re-screen fails loudly and
          // can be run again, rather than reporting parties as screened that were not.
          worker.on('error', (err) => {
            if (!ready) return reject(err);
            for (const p of pending.values()) p.reject(err);
            pending.clear();
          });
          worker.on('message', (m: { ready?: true; origin?: 'saved' | 'built'; report?: string; batch?: number; found?: [number, Match[]][]; candidates?: number }) => {
            if (m.report !== undefined) return saved?.report(m.report);
            if (m.ready) {
              ready = true;
              origins[w] = m.origin ?? 'built';
              return resolve(worker);
            }
            counts[w] = m.candidates ?? 0;
            const done = pending.get(m.batch!);
            pending.delete(m.batch!);
            done?.resolve(m.found ?? []);
          });
        });
      }),
    );
    return new ParallelDiffScreener(workers, pending, counts, origins);
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Parties that passed the prefilter, over all workers. */
  get candidates(): number {
    return this.counts.reduce((a, b) => a + b, 0);
  }

  /**
   * Matches per query (mostly empty), in the order given. The queries go out in small batches, each
   * to the worker with the fewest batches in flight (at most BATCHES_IN_FLIGHT each), so a worker
   * slowed by other load on the machine gets less and none sits idle while another has a queue; the
   * next batch is already waiting in a worker's queue when it finishes one.
   */
  async screen(queries: readonly Query[]): Promise<Match[][]> {
    const out: Match[][] = queries.map(() => []);
    const inFlight = this.workers.map(() => 0);
    let sent = 0;
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let failed = false;
      const batches = Math.ceil(queries.length / BATCH);
      if (batches === 0) return resolve();
      const dispatch = (): void => {
        while (sent < batches && !failed) {
          let w = 0;
          for (let k = 1; k < inFlight.length; k++) if ((inFlight[k] as number) < (inFlight[w] as number)) w = k;
          if ((inFlight[w] as number) >= BATCHES_IN_FLIGHT) return;
          const offset = sent * BATCH;
          const slice = queries.slice(offset, offset + BATCH);
          const batch = this.next++;
          sent++;
          inFlight[w] = (inFlight[w] as number) + 1;
          this.pending.set(batch, {
            resolve: (found) => {
              inFlight[w] = (inFlight[w] as number) - 1;
              for (const [i, m] of found) out[offset + i] = m;
              if (++done === batches) resolve();
              else dispatch();
            },
            reject: (err) => {
              failed = true;
              reject(err);
            },
          });
          (this.workers[w] as Worker).postMessage({ batch, queries: slice });
        }
      };
      dispatch();
    });
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
