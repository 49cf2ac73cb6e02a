/**
 * `node --import tsx bench/ftm-import.ts`: importing a FollowTheMoney JSON Lines file larger than the
 * 256 MiB whole-file limit (docs/lists.md, "Large FollowTheMoney files"). Writes a synthetic
 * OpenSanctions-like export of BENCH_FTM_MB megabytes (default 300; persons and companies with the
 * properties a real export carries, a Sanction record for every tenth, notes of a realistic length),
 * then, in this one process:
 *   1. baseline: reading the file and hashing it with SHA-256 (the floor any import pays),
 *   2. `ListStore.importFile`: streamed parse, hash, original kept gzipped, snapshot written a party
 *      per line, manifest,
 *   3. loading the version on a fresh store (the snapshot read a line at a time),
 * printing wall and CPU seconds of each, the peak resident memory, and the import's ratio to the
 * baseline. The file and the data directory are removed at the end.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListStore } from '../src/lists/store.js';

const megabytes = Number(process.env.BENCH_FTM_MB ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'interdict-ftm-bench-'));
const file = join(dir, 'synthetic-export.ftm.jsonl');

const GIVEN = ['Ahmad', 'Mohammed', 'Ivan', 'Olena', 'Fatima', 'Yusuf', 'Hassan', 'Sergei', 'Layla', 'Omar'];
const FAMILY = ['Haddad', 'Petrov', 'Khalil', 'Shevchenko', 'Mansour', 'Saleh', 'Ivanova', 'Nasser', 'Hamdan', 'Kovalenko'];
const NOTE = 'Listed for participating in the financing, planning, facilitating, preparing or perpetrating of acts or activities by, in conjunction with, under the name of, on behalf of, or in support of a listed group. ';

function entityLines(i: number): string {
  const person = i % 3 !== 0;
  const id = `syn-${i}`;
  const name = person ? `${GIVEN[i % 10]} ${GIVEN[(i >> 3) % 10]} ${FAMILY[(i >> 6) % 10]} ${i.toString(36)}` : `${FAMILY[i % 10]} ${i.toString(36)} Trading Company`;
  const properties = person
    ? { name: [name], alias: [`${name.toUpperCase()}`, `Abu ${FAMILY[(i >> 2) % 10]}`], birthDate: [`${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`], nationality: [['sy', 'iq', 'ru', 'ua'][i % 4]], gender: ['male'], notes: [NOTE.repeat(1 + (i % 4))], topics: ['sanction'] }
    : { name: [name], alias: [`${name} LLC`], jurisdiction: [['ae', 'tr', 'cy'][i % 3]], notes: [NOTE.repeat(1 + (i % 3))], topics: ['sanction'] };
  const lines = [JSON.stringify({ id, schema: person ? 'Person' : 'Company', caption: name, properties, datasets: ['synthetic'], first_seen: '2020-01-01T00:00:00', target: true })];
  if (i % 10 === 0) {
    lines.push(JSON.stringify({ id: `${id}-sanction`, schema: 'Sanction', properties: { entity: [id], authority: ['Synthetic authority'], program: ['Synthetic programme'], listingDate: ['2020-01-01'] }, datasets: ['synthetic'] }));
  }
  return lines.join('\n') + '\n';
}

async function writeFile(): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let i = 0;
  while (bytes < megabytes * 1024 * 1024) {
    let text = '';
    for (let k = 0; k < 200; k++) text += entityLines(i++);
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return i;
}

async function measured<T>(label: string, work: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(`${label.padEnd(28)} wall ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  return { value, wall, cpu };
}

try {
  const entities = await writeFile();
  const size = statSync(file).size;
  console.log(`file: ${(size / 1024 / 1024).toFixed(0)} MiB, ${entities} listed entities (+ a Sanction for every tenth); load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const baseline = await measured('baseline: read + SHA-256', async () => {
    const h = createHash('sha256');
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer);
    return h.digest('hex');
  });
  const home = join(dir, 'home');
  const imported = await measured('import (streamed)', () => new ListStore(home).importFile(file));
  if (imported.value.version.hash !== baseline.value) throw new Error('the version hash is not the SHA-256 of the file');
  const loaded = await measured('load on a fresh store', async () => {
    const store = new ListStore(home);
    return store.load((await store.versions())[0]!);
  });
  console.log(`parties ${loaded.value.parties.length} (version ${imported.value.version.hash.slice(0, 12)}, ${imported.value.version.counts.parties} counted at import)`);
  console.log(`import / baseline: ${(imported.cpu / baseline.cpu).toFixed(1)}x CPU, ${(imported.wall / baseline.wall).toFixed(1)}x wall`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
