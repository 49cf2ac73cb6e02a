/**
 * `BASE=<checkout> IMPORT_LIST=<list file> node --max-old-space-size=8000 --import tsx bench/import-freeze.ts`:
 * how long a real server's event loop stalls while `POST /lists/import` takes a new version of a list,
 * BASE's server against this tree's.
 *
 * Set-up (once, with this tree's code, untimed): a data directory holding the bundled UN list and
 * IMPORT_LIST in force, the embedded database with PARTIES (default 2,000) parties of the
 * organisation named after listed parties (so the re-screen finds some), and the saved engine.
 * Then per round and tree, in a child process of its own (the trees take turns, the order turning
 * each round): a copy of that directory, the tree's server started on it (buildServer, the saved
 * engine read), and a new version of IMPORT_LIST sent to `POST /lists/import` (a UN XML file gets a
 * later dateGenerated and one name changed; any other file one party added), while a client in the
 * same process asks /health every 20 ms (timed from when each request is due, so a stall counts as
 * waiting) and perf_hooks monitorEventLoopDelay samples the loop.
 * Prints per sample the import's wall time, the longest wait for /health, the answers, the loop
 * delay's max and p99, the stalls over STALL_MS (default 250) with their start in the import, and
 * the answer's re-screen timings, with the load average. ROUNDS (default 2).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadAverage, requireBase } from './ab-setup.js';

const here = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const list = process.env.IMPORT_LIST;
if (!list) throw new Error('IMPORT_LIST must name a list file (bench/synthetic-list-file.ts writes one; or the UN XML)');
const isUn = /<CONSOLIDATED_LIST/.test(readFileSync(list).subarray(0, 4096).toString('latin1'));
const stallMs = Number(process.env.STALL_MS ?? 250);

/** The next version of the list: for the UN XML a later date and one changed name, else one party added. */
function nextVersion(bytes: Buffer, round: number): Buffer {
  if (!isUn) return Buffer.concat([bytes, Buffer.from(`${JSON.stringify({ id: `IMPORT.${round}`, schema: 'Person', name: [`Importa Round${round} Freezeless`] })}\n`)]);
  const text = bytes
    .toString('utf8')
    .replace(/dateGenerated="[^"]+"/, `dateGenerated="2026-11-${String(10 + round).padStart(2, '0')}T00:00:00.000Z"`)
    .replace(/<FIRST_NAME>ERIC<\/FIRST_NAME>/, `<FIRST_NAME>ERICK${round}</FIRST_NAME>`);
  return Buffer.from(text, 'utf8');
}

async function setUp(dir: string): Promise<void> {
  const { ListStore } = await import('../src/lists/store.js');
  const { openDatabase } = await import('../src/store/database.js');
  const { recordVersionsInForce } = await import('../src/screening/list-arrival.js');
  const { upsertParty } = await import('../src/store/parties-repo.js');
  const { ScreeningService } = await import('../src/screening/service.js');
  const store = new ListStore(dir);
  await store.ensureBundledUn();
  if (!isUn) await store.importFile(list!);
  const database = await openDatabase({ dataDir: dir });
  try {
    await recordVersionsInForce(database.db, store, 'system:bench');
    const loaded = await new ScreeningService(store).get();
    const listed = [...loaded.parties.values()];
    const count = Number(process.env.PARTIES ?? 2000);
    for (let i = 0; i < count; i++) {
      const p = listed[(i * 7919) % listed.length]!;
      await upsertParty(database.db, { orgId: `C${i}`, schema: p.kind === 'person' ? 'Person' : 'Organization', properties: { name: [p.caption] } });
    }
  } finally {
    await database.close();
  }
}

/** One sample: this process serves `tree` on a copy of the template and imports the next version. */
async function child(tree: string, template: string, round: number): Promise<void> {
  const { buildServer } = (await import(`${tree}/src/server/app.ts`)) as typeof import('../src/server/app.js');
  const { createApiKey } = (await import(`${tree}/src/auth/keys-repo.ts`)) as typeof import('../src/auth/keys-repo.js');
  const { DEFAULT_SETTINGS } = (await import(`${tree}/src/config/settings.ts`)) as typeof import('../src/config/settings.js');
  const dir = mkdtempSync(join(tmpdir(), 'import-freeze-run-'));
  cpSync(template, dir, { recursive: true });
  const settings = { ...DEFAULT_SETTINGS, server: { ...DEFAULT_SETTINGS.server, rateLimitMax: 1_000_000 } };
  const server = await buildServer({ dataDir: dir, settings, report: (line) => process.stderr.write(`${line}\n`) });
  try {
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    const { key } = await createApiKey(server.database.db, { username: 'bench', name: 'bench', role: 'admin', actor: 'system:bench' });
    const body = nextVersion(readFileSync(list!), round);
    const name = basename(list!);

    let running = true;
    let longest = 0;
    let answered = 0;
    const stalls: [number, number][] = [];
    let started = performance.now();
    const pinger = (async () => {
      while (running) {
        const due = performance.now() + 20;
        await new Promise((r) => setTimeout(r, 20));
        const res = await fetch(`${url}/health`, { headers: { connection: 'close' } });
        if (res.status !== 200) throw new Error(`/health answered ${res.status}`);
        await res.text();
        const waited = performance.now() - due;
        if (running) {
          longest = Math.max(longest, waited);
          answered++;
        }
      }
    })();
    // A 5 ms tick: a gap well over it is the loop held by one piece of work.
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      if (now - last > stallMs) stalls.push([Math.round(last - started), Math.round(now - last)]);
      last = now;
    }, 5);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    await new Promise((r) => setTimeout(r, 200));
    delay.enable();
    const load = loadAverage();
    started = performance.now();
    last = started;
    const res = await fetch(`${url}/lists/import?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/octet-stream' }, body: new Uint8Array(body) });
    const answer = (await res.json()) as { version?: { hash: string }; rescreen?: { timings: unknown; targets: number; alerts: unknown } ; message?: string };
    const wallMs = performance.now() - started;
    running = false;
    delay.disable();
    clearInterval(ticker);
    await pinger;
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(answer)}`);
    const ms = (ns: number) => Math.round(ns / 1e6);
    process.stdout.write(
      `${tree === here ? 'this' : 'base'} round ${round}: import ${Math.round(wallMs)} ms; slowest health ${Math.round(longest)} ms, ${answered} answered; ` +
        `loop delay max ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms; load ${load}\n` +
        `  stalls over ${stallMs} ms [start, ms]: ${JSON.stringify(stalls)}\n  rescreen: ${JSON.stringify({ targets: answer.rescreen?.targets, alerts: answer.rescreen?.alerts, timings: answer.rescreen?.timings })}\n`,
    );
  } finally {
    await server.app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PHASES=1: the steps of the route called one by one in this process (the tree's own functions), each
 * with the longest stall of the loop while it ran, to see which step holds the thread and how long.
 */
async function phases(tree: string, template: string, round: number): Promise<void> {
  const { buildServer } = (await import(`${tree}/src/server/app.ts`)) as typeof import('../src/server/app.js');
  const { recordListVersion } = (await import(`${tree}/src/screening/list-arrival.ts`)) as typeof import('../src/screening/list-arrival.js');
  const { rescreenForNewVersion } = (await import(`${tree}/src/screening/rescreen.ts`)) as typeof import('../src/screening/rescreen.js');
  const { readListFiles } = (await import(`${tree}/src/lists/read.ts`)) as typeof import('../src/lists/read.js');
  const dir = mkdtempSync(join(tmpdir(), 'import-freeze-run-'));
  cpSync(template, dir, { recursive: true });
  const server = await buildServer({ dataDir: dir, report: (line) => process.stderr.write(`${line}\n`) });
  try {
    const body = nextVersion(readFileSync(list!), round);
    const name = basename(list!);
    let last = performance.now();
    let worst = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const out: string[] = [];
    const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      await new Promise((r) => setTimeout(r, 50));
      worst = 0;
      last = performance.now();
      const t = performance.now();
      const result = await work();
      await new Promise((r) => setTimeout(r, 10)); // lets the ticker see a stall that ends the step
      out.push(`${label} ${Math.round(performance.now() - t - 10)} ms (longest stall ${Math.round(worst)} ms)`);
      return result;
    };
    const load = loadAverage();
    await step('parse alone', () => readListFiles([{ name, bytes: body }]));
    // The tree's route imports off the thread when it can (this tree), else on it (the base).
    const offThread = (await import(`${tree}/src/lists/import-off-thread.ts`).catch(() => undefined)) as typeof import('../src/lists/import-off-thread.js') | undefined;
    const result = await step('store import', () =>
      offThread ? offThread.importOffThread(server.store, [{ name, bytes: body }], { origin: 'bench' }, (line) => process.stderr.write(`${line}\n`)) : server.store.importBytes(body, name, { origin: 'bench' }),
    );
    await step('record in database', () => recordListVersion(server.database.db, server.store, result.version, 'system:bench'));
    await step('engine swap', () => server.screening.get());
    await step('re-screen', () => rescreenForNewVersion({ db: server.database.db, store: server.store, service: server.screening }, { current: result.version, ...(result.previousInForce ? { previous: result.previousInForce } : {}) }));
    clearInterval(ticker);
    process.stdout.write(`${tree === here ? 'this' : 'base'} phases round ${round} (load ${load}): ${out.join('; ')}\n`);
  } finally {
    await server.app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, tree, template, round] = process.argv.slice(2);
if (mode === '--child') {
  await (process.env.PHASES === '1' ? phases : child)(tree!, template!, Number(round));
} else {
  const base = requireBase();
  const template = mkdtempSync(join(tmpdir(), 'import-freeze-template-'));
  try {
    await setUp(template);
    const trees = [base, here];
    for (let r = 0; r < Number(process.env.ROUNDS ?? 2); r++) {
      for (let j = 0; j < trees.length; j++) {
        const tree = trees[(j + r) % trees.length]!;
        execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', tree, template, String(r)], { stdio: 'inherit' });
      }
    }
  } finally {
    rmSync(template, { recursive: true, force: true });
  }
}
