/**
 * `BASE=<checkout> node --import tsx bench/saved-engine-bytes.ts`: whether this tree's saved engine
 * (saved-engine.ts builtEngineBytes: the bytes a command writes to the data directory) is the same
 * file, byte for byte, as BASE's for the same list: each tree builds and encodes it in this
 * process, and the sizes and SHA-256 digests are printed. A change that claims to leave the engine's
 * stored lists as they were must print "identical". BENCH_NAMES as screen-ab.ts (0: the UN list;
 * a large list wants --max-old-space-size).
 */
import { createHash } from 'node:crypto';
import { benchParties, requireBase } from './ab-setup.js';

interface SavedEngineModule {
  builtEngineBytes(parties: unknown, meta: unknown): { bytes: Buffer };
}

const parties = await benchParties();
const meta = { listVersions: [{ source: 'bytes', hash: 'bytes' }] };
const digests: string[] = [];
for (const [name, dir] of [['base', requireBase()], ['this', new URL('..', import.meta.url).pathname]] as const) {
  const saved = (await import(`${dir}/src/matching/saved-engine.ts`)) as SavedEngineModule;
  const { bytes } = saved.builtEngineBytes(parties, meta);
  const digest = createHash('sha256').update(bytes).digest('hex');
  digests.push(digest);
  process.stdout.write(`${name}: ${bytes.length} bytes, sha256 ${digest}\n`);
}
process.stdout.write(digests[0] === digests[1] ? 'identical\n' : 'DIFFERENT\n');
if (digests[0] !== digests[1]) process.exitCode = 1;
