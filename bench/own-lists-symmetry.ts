/**
 * `node --import tsx bench/own-lists-symmetry.ts`: whether the vocabulary's own similarity lists
 * (src/matching/vocabulary-matches.ts) are symmetric, which would let a build compute each unordered
 * pair once: for every stored pair (a, b) with b also stored, is a in b's list with the very same
 * similarity (bit for bit)? Counts pairs, missing reverses and differing values. BENCH_NAMES as
 * screen-ab.ts (0: the UN list).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { benchParties, loadAverage } from './ab-setup.js';

const parties = await benchParties();
const store = MatchEngine.build(parties, { listVersions: [{ source: 'sym', hash: 'sym' }] }).indexKeys.vocabularyMatches;
const position = new Map<number, number>();
store.entries.forEach((v, k) => position.set(v, k));
let pairs = 0;
let missing = 0;
let differ = 0;
const examples: string[] = [];
for (let k = 0; k < store.size; k++) {
  const a = store.entries[k] as number;
  const list = store.list(k);
  for (let j = 0; j < list.vocab.length; j++) {
    const b = list.vocab[j] as number;
    const kb = position.get(b);
    if (kb === undefined) continue;
    pairs++;
    const back = store.list(kb);
    const at = back.vocab.indexOf(a);
    if (at < 0) missing++;
    else if (back.similarity[at] !== list.similarity[j]) {
      differ++;
      if (examples.length < 5) examples.push(`${a}->${b} ${list.similarity[j]} vs ${back.similarity[at]}`);
    }
  }
}
process.stdout.write(`${store.size} lists, ${pairs} pairs between stored entries: ${missing} without the reverse pair, ${differ} with another value${examples.length > 0 ? ` (${examples.join('; ')})` : ''}; load ${loadAverage()}\n`);
