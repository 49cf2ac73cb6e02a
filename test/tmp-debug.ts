import { readFileSync, readdirSync } from 'node:fs';
import { prepareName } from '../src/matching/prepared.js';
const names = new Set<string>();
for (const f of readdirSync('eval/data')) for (const l of readFileSync(`eval/data/${f}`, 'utf8').trim().split('\n')) { const it = JSON.parse(l); for (const n of [it.query.name].flat()) names.add(n); }
const xml = readFileSync('data/lists/un-consolidated-2026-01-28.xml', 'utf8');
for (const m of xml.matchAll(/>([^<]*[\u0600-\u06ff\u0400-\u04ff][^<]*)</g)) names.add(m[1] as string);
const seen = new Map<string, number>();
for (const n of names) {
  if (!/[\u0600-\u06ff\u0400-\u04ff]/.test(n)) continue;
  for (const t of prepareName(n, 0, 0, 'alias', 'good').tokens as any[]) {
    if (t.script === 'latin' || t.vocabulary === undefined) continue;
    const k = `${t.text}/${t.folded}/${t.script}/${t.vocabulary}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
}
for (const [k, c] of [...seen].sort((a, b) => b[1] - a[1])) console.log(c, k);
