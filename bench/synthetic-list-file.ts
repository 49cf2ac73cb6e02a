/**
 * `node --import tsx bench/synthetic-list-file.ts <out.jsonl> [names]`: the synthetic list
 * (bench/synthetic-list.ts, default 200,000 names) written as an own watch list in JSON Lines
 * (src/lists/custom.ts), so a data directory can import it and its commands, server and monitor
 * start on a large list (bench/component-start-ab.ts START_LIST). Names and birth dates only.
 */
import { writeFileSync } from 'node:fs';
import { syntheticListJsonl } from './synthetic-list.js';

const [out, count] = process.argv.slice(2);
if (!out) throw new Error('usage: synthetic-list-file.ts <out.jsonl> [names]');
writeFileSync(out, syntheticListJsonl(Number(count ?? 200_000)));
