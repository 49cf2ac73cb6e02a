/** Reads every committed labelled set (eval/data/*.jsonl) in a stable order. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalItem } from '../lib/item.js';
import { readJsonl } from '../lib/jsonl.js';

export function loadEvalItems(dir: string): EvalItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no labelled sets in ${dir}: run node --import tsx eval/build/main.ts`);
  return files.flatMap((f) => readJsonl<EvalItem>(join(dir, f)));
}
