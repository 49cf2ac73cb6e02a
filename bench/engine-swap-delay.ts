/**
 * `BASE=<checkout> SWAP_LIST=<list.jsonl> node --max-old-space-size=8000 --import tsx
 * bench/engine-swap-delay.ts`: how long a server's event loop stalls while a new version of a large
 * list comes into force, BASE's screening service against this tree's, in one process.
 *
 * Each tree gets a data directory holding the bundled UN list and SWAP_LIST (bench/synthetic-list-file.ts
 * writes a 200,000-name one) and a started screening service (src/screening/service.ts, its engine made
 * as the server makes it at start). Then per round and tree: a new version of SWAP_LIST (one party
 * added) is imported, untimed, and the service is asked for its engine, as the re-screen after an
 * import does, while (a) perf_hooks monitorEventLoopDelay samples the loop and (b) an HTTP client
 * asks a health route served by this process every 20 ms (next request due 20 ms after each
 * answer, its time counted from then).
 * Prints per sample the swap's wall time, the loop delay's max and p99, the slowest health answer
 * and how many were answered, with the load average; the trees take turns, the order turning each
 * round. SWAP_SOURCES=list screens the large list alone (no linking against the UN list), else every
 * list in force. ROUNDS (default 2).
 */
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadAverage, requireBase } from './ab-setup.js';

type Version = { source: string; hash: string };
type Store = { ensureBundledUn(): Promise<unknown>; importFile(path: string): Promise<{ version: Version }> };
type Service = { get(): Promise<{ versions: Version[]; start: { origin: string } }> };
type Tree = { name: string; store: Store; service: Service; dir: string };

const base = requireBase();
const here = new URL('..', import.meta.url).pathname;
const list = process.env.SWAP_LIST;
if (!list) throw new Error('SWAP_LIST must name a list file (bench/synthetic-list-file.ts writes one)');
const rounds = Number(process.env.ROUNDS ?? 2);
const work = mkdtempSync(join(tmpdir(), 'engine-swap-'));

async function setUp(name: string, root: string): Promise<Tree> {
  const { ListStore } = (await import(`${root}/src/lists/store.ts`)) as { ListStore: new (dir: string) => Store };
  const { ScreeningService } = (await import(`${root}/src/screening/service.ts`)) as {
    ScreeningService: new (store: Store, sources?: string[], report?: (line: string) => void) => Service;
  };
  const dir = join(work, name);
  const store = new ListStore(dir);
  await store.ensureBundledUn();
  const { version } = await store.importFile(list!);
  const sources = process.env.SWAP_SOURCES === 'list' ? [version.source] : undefined;
  const service = new ScreeningService(store, sources, (line) => process.stderr.write(`${name}: ${line}\n`));
  await service.get();
  return { name, store, service, dir };
}

/** A health route on this process's loop, asked every 20 ms; returns the slowest answer and the count. */
async function healthPinger(): Promise<{ stop: () => Promise<{ maxMs: number; answered: number }> }> {
  const server = createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  let running = true;
  let maxMs = 0;
  let answered = 0;
  const loop = (async () => {
    while (running) {
      // Timed from when the request is due (20 ms after the last answer): a stall that holds the
      // timer back counts as waiting, as it does for a client whose request arrives then.
      const due = performance.now() + 20;
      await new Promise((r) => setTimeout(r, 20));
      // A fresh connection each time: a kept-alive one may be closed by the server's keep-alive
      // timer, which fires late after a stall, just as the client reuses it.
      await (await fetch(url, { headers: { connection: 'close' } })).text();
      maxMs = Math.max(maxMs, performance.now() - due);
      answered++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await new Promise((r) => server.close(r));
      return { maxMs, answered };
    },
  };
}

async function sample(tree: Tree, round: number): Promise<void> {
  // The same file name: an own list's source key is its file's name.
  const file = join(mkdtempSync(join(work, `${tree.name}-${round}-`)), basename(list!));
  copyFileSync(list!, file);
  appendFileSync(file, `${JSON.stringify({ id: `swap-${round}`, schema: 'Person', name: [`Swap Round ${round} Added`] })}\n`);
  const { version } = await tree.store.importFile(file);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const pinger = await healthPinger();
  await new Promise((r) => setTimeout(r, 100));
  delay.enable();
  const load = loadAverage();
  const t = performance.now();
  const loaded = await tree.service.get();
  const swapMs = performance.now() - t;
  delay.disable();
  const health = await pinger.stop();
  if (!loaded.versions.some((v) => v.hash === version.hash)) throw new Error(`${tree.name}: the new version is not in force after the swap`);
  const ms = (ns: number) => Math.round(ns / 1e6);
  process.stdout.write(
    `${tree.name} round ${round}: swap ${Math.round(swapMs)} ms (${loaded.start.origin}); loop delay max ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms; ` +
      `slowest health ${Math.round(health.maxMs)} ms, ${health.answered} answered; load ${load}\n`,
  );
}

try {
  const trees = [await setUp('base', base), await setUp('this', here)];
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < trees.length; j++) await sample(trees[(j + r) % trees.length] as Tree, r);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
