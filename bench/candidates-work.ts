/**
 * `BENCH_NAMES=200000 BENCH_QUERIES=2000 node --max-old-space-size=8000 --import tsx bench/candidates-work.ts`:
 * what one cold pass of the benchmark's queries makes index.ts candidates() do, per call: the
 * postings markUnitSets marks, those the admitting walks read and the names they admit, the merged
 * readings' names (split lists) credited, the later units credited from the admitted names' own
 * tokens instead of their postings (scanAdmitted), the initials' carriers read at the end, the
 * names admitted and returned; and the split lists built for new query forms (splitNames). Counts
 * only (the wrappers cost time), to tell which part of candidates() a change can shrink before
 * timing it. BENCH_NAMES: 0 = the UN list, else a synthetic list (ab-setup.ts).
 */
import { MatchEngine } from '../src/matching/engine.js';
import { NameIndex, type QueryForms } from '../src/matching/index.js';
import { parseQuery } from '../src/matching/query.js';
import type { RetrievalPlan, Unit } from '../src/matching/retrieval-plan.js';
import type { Postings } from '../src/matching/postings.js';
import { benchNames, benchParties, benchRawQueries } from './ab-setup.js';

/** The private members of NameIndex this script wraps or reads. */
interface Inner {
  postings: Postings;
  touched: number[];
  maxInitials: number;
  initialCarriers: Int32Array[];
  splitCache: Map<string, { names: Int32Array }>;
  walk(u: Unit, serial: number, minInitials: number, bit: number): void;
  scanAdmitted(u: Unit, serial: number): void;
  markUnitSets(plan: RetrievalPlan, forms: QueryForms, admitting: number, needed: number): boolean;
  creditSplit(ids: Int32Array, serial: number, credit: number, w: number, minInitials: number, bit: number): void;
  admitByPairingInitials(plan: RetrievalPlan, fewest: number): void;
  splitNames(folded: string): { names: Int32Array };
  candidates(...args: unknown[]): number[];
}

const counts = new Map<string, number>();
const add = (key: string, n: number): void => void counts.set(key, (counts.get(key) ?? 0) + n);
const postingsOf = (index: Inner, u: Unit): number => {
  let n = 0;
  for (const v of u.vocab) n += index.postings.count(v);
  return n;
};

const proto = NameIndex.prototype as unknown as Inner;
const { walk, scanAdmitted, markUnitSets, creditSplit, admitByPairingInitials, splitNames, candidates } = proto;
proto.walk = function (this: Inner, u, serial, minInitials, bit) {
  const mode = bit !== 0 ? 'by unit sets' : minInitials === 0 ? 'every name' : minInitials > this.maxInitials ? 'none (credit only)' : 'by initials';
  const before = this.touched.length;
  walk.call(this, u, serial, minInitials, bit);
  add(`walk, admitting ${mode}: postings`, postingsOf(this, u));
  add(`walk, admitting ${mode}: names admitted`, this.touched.length - before);
};
proto.scanAdmitted = function (this: Inner, u, serial) {
  add('scanAdmitted: admitted names read', this.touched.length);
  add('scanAdmitted: postings not walked', postingsOf(this, u));
  scanAdmitted.call(this, u, serial);
};
proto.markUnitSets = function (this: Inner, plan, forms, admitting, needed) {
  const marked = markUnitSets.call(this, plan, forms, admitting, needed);
  add('calls marking unit sets', marked ? 1 : 0);
  if (marked) {
    for (let j = 1; j < plan.units.length; j++) {
      const u = plan.units[j] as Unit;
      add('markUnitSets: postings marked', postingsOf(this, u));
      if ((plan.splitCredit[u.position] as number) > 0) add('markUnitSets: split-list names marked', (forms.split[u.position] as Int32Array).length);
    }
  }
  add('units', plan.units.length);
  add('units admitting every name or by sets', admitting);
  return marked;
};
proto.creditSplit = function (this: Inner, ids, serial, credit, w, minInitials, bit) {
  const before = this.touched.length;
  creditSplit.call(this, ids, serial, credit, w, minInitials, bit);
  add('creditSplit: split-list names read', ids.length);
  add('creditSplit: names admitted', this.touched.length - before);
};
proto.admitByPairingInitials = function (this: Inner, plan, fewest) {
  const before = this.touched.length;
  let carriers = 0;
  for (const v of plan.pairingInitials) carriers += (this.initialCarriers[v] as Int32Array).length;
  admitByPairingInitials.call(this, plan, fewest);
  add('admitByPairingInitials: carriers read', carriers);
  add('admitByPairingInitials: names admitted', this.touched.length - before);
};
proto.splitNames = function (this: Inner, folded) {
  const known = this.splitCache.has(folded);
  const lists = splitNames.call(this, folded);
  if (!known) {
    add('splitNames: new forms (whole pass)', 1);
    add('splitNames: names in their lists (whole pass)', lists.names.length);
  }
  return lists;
};
proto.candidates = function (this: Inner, ...args) {
  const out = candidates.apply(this, args);
  add('calls', 1);
  add('names admitted (touched)', this.touched.length);
  add('names returned', out.length);
  return out;
};

const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'bench', hash: 'candidates-work' }] });
const queries = benchRawQueries(parties, Number(process.env.BENCH_QUERIES ?? 2000)).map((q) => parseQuery(q));
for (const q of queries) engine.screen(q);
const calls = counts.get('calls') ?? 1;
process.stdout.write(`${benchNames > 0 ? `synthetic list of ${benchNames} names` : 'UN list'}, ${queries.length} queries, cold pass: ${calls} candidates() calls\n`);
for (const [key, n] of counts) process.stdout.write(`${key.padEnd(56)} ${String(n).padStart(10)}  ${(n / calls).toFixed(1).padStart(9)} per call\n`);
