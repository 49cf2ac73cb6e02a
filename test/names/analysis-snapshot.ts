/**
 * A fingerprint of everything name analysis produces, to prove a speed change to src/names or
 * prepared.ts prepareName changed no value. For every name of the analysis corpus
 * (bench/analysis-corpus.ts: UN list, eval sets, bench queries, synthetic names) and of a seeded
 * set of random strings (every script, case, mark and separator the normaliser handles), it records
 * analyseName's output, prepareName's tokens (every field, JSON), assignWeights with no list
 * frequencies (the population commonness) and tokenKeys of every token, and hashes the records in
 * chunks of CHUNK names (a difference then names its chunk; the tree's own dump finds the name).
 *
 * Generate the committed digest from the tree before the change (the test compares with it):
 *   TREE=/work/base node --import tsx test/names/analysis-snapshot.ts > test/names/analysis-digest.json
 * DUMP=file writes every record, one name a line, to compare two trees' records with diff.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { analysisCorpus } from '../../bench/analysis-corpus.js';
import { Rng } from '../../eval/lib/prng.js';

export const CHUNK = 1000;

export interface AnalysisDigest {
  names: number;
  chunks: string[];
}

interface Tree {
  analyseName(full: string): unknown;
  prepareName(full: string, party: number, nameIndex: number, type: 'query', quality: 'good'): { tokens: object[] };
  assignWeights(name: unknown, freq: { parties: number; df: Map<string, number> }): void;
  tokenKeys(t: object): string[];
}

export async function loadTree(root: string): Promise<Tree> {
  const tokens = (await import(`${root}/src/names/tokens.ts`)) as Pick<Tree, 'analyseName'>;
  const prepared = (await import(`${root}/src/matching/prepared.ts`)) as Omit<Tree, 'analyseName'>;
  return { analyseName: tokens.analyseName, prepareName: prepared.prepareName, assignWeights: prepared.assignWeights, tokenKeys: prepared.tokenKeys };
}

/** Pieces random names are made of: letters of each script, their look-alikes, marks and separators. */
const PIECES = [
  'abdul', 'abd', 'al', 'el', 'ul', 'as', 'ad', 'abu', 'umm', 'bin', 'ibn', 'ould', 'allah', 'rahman', 'haji', 'mullah', 'sheikh', 'mc', 'mac',
  'sch', 'tsch', 'kh', 'gh', 'dh', 'th', 'zh', 'ch', 'sh', 'ph', 'ck', 'ts', 'tz', 'ou', 'oo', 'ee', 'ei', 'ey', 'ay', 'ia', 'yu', 'x', 'c', 'y', 'v', 'w',
  'A', 'B', 'D', 'M', 'Mc', 'GmbH', 'LLC', 'Ltd', 'qari', 'jamaat', 'group', 'groupe', 'islamique', 'front',
  'é', 'ü', 'ß', 'æ', 'ł', 'đ', 'č', 'ć', 'š', 'ž', 'ğ', 'ş', 'ț', 'ḥ', 'ṣ', 'ġ', 'ʿ', 'ʾ', 'Ö', 'Ł', 'Ž',
  'عبد', 'ال', 'الله', 'محمد', 'علي', 'ی', 'ک', 'ى', 'ة', 'أ', 'إ', 'آ', 'ؤ', 'ئ', 'و', 'ي', 'ع', 'ه', 'ح', 'س', 'ز', 'ث', 'پ', 'چ', 'ـ', 'َ', 'ّ', 'ﷲ', 'ﻻ', '٣',
  'Ал', 'ё', 'е', 'й', 'щ', 'ъ', 'ь', 'ю', 'я', 'г', 'і', 'ї', 'є', 'ґ', 'ў', 'қ', 'ҳ', 'Е', 'Ё', 'Мухаммад',
  '김', '王', 'ا', 'Ａ', 'ｂ', 'ﬁ', '①', '²', '\u200b', '\u200f', '\u00ad', '\ufeff', '😀', '™',
  ' ', ' ', ' ', '-', "'", '’', '`', '.', ',', '(', ')', ';', '/', '_', '  ', '\t', '0', '7', 'ABD', 'AL-', 'Abd-al-', 'bin ', 'Abou ',
];

/** Random strings from PIECES (seeded): the corner cases real names rarely combine. */
export function randomNames(count: number, seed = 'analysis-snapshot-v1'): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = rng.int(1, 12);
    for (let k = 0; k < n; k++) {
      let p = rng.pick(PIECES);
      if (rng.chance(0.2)) p = p.toUpperCase();
      else if (rng.chance(0.2)) p = p.charAt(0).toUpperCase() + p.slice(1);
      s += p;
      if (rng.chance(0.35)) s += ' ';
    }
    out.push(s);
  }
  return out;
}

export async function snapshotNames(): Promise<string[]> {
  const corpus = await analysisCorpus();
  return [...corpus.listed, ...corpus.queries, ...randomNames(30000)];
}

/** One name's record: everything the analysis gives it, as JSON. */
export function record(tree: Tree, full: string): string {
  const analysed = tree.analyseName(full);
  const prepared = tree.prepareName(full, -1, 0, 'query', 'good');
  tree.assignWeights(prepared, { parties: 0, df: new Map() });
  const keys = prepared.tokens.map((t) => tree.tokenKeys(t));
  return JSON.stringify([full, analysed, prepared, keys]);
}

export function digest(tree: Tree, names: string[], dump?: (line: string) => void): AnalysisDigest {
  const chunks: string[] = [];
  for (let s = 0; s < names.length; s += CHUNK) {
    const h = createHash('sha256');
    for (let i = s; i < Math.min(names.length, s + CHUNK); i++) {
      const line = record(tree, names[i] as string);
      h.update(line).update('\n');
      dump?.(line);
    }
    chunks.push(h.digest('hex').slice(0, 16));
  }
  return { names: names.length, chunks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tree = await loadTree(process.env.TREE ?? new URL('../..', import.meta.url).pathname.replace(/\/$/, ''));
  const lines: string[] = [];
  const d = digest(tree, await snapshotNames(), process.env.DUMP ? (l) => lines.push(l) : undefined);
  if (process.env.DUMP) writeFileSync(process.env.DUMP, `${lines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify(d, null, 1)}\n`);
}
