/**
 * `BENCH_AB_BASE=/path/to/other/checkout node --import tsx bench/monitor-text-ab.ts`: the free-text
 * part of judging alone, this checkout (B) against another (A), in one process. Each side builds its
 * own screener from its own sources over the bundled UN list; the distinct free texts of
 * BENCH_TEXT_EVENTS generated events (default 20,000: remittance lines, half of them "INVOICE
 * <number> <goods>", and descriptions; a repeated text is a cache hit in judging) go through each
 * side's `windows()` (what a text the screener has not met costs before
 * any engine call), in BENCH_TEXT_ROUNDS rounds (default 15) alternating A-B and B-A. Prints each
 * side's median CPU per round, the median of the per-round ratios A/B (above 1: B is faster), and
 * whether both sides gave the same windows for every text.
 *
 * Whole-judging A/Bs (bench/monitor-ab.ts, judge mode) moved by 10-20% between runs with nothing
 * changed on this loaded machine; a few milliseconds per round, repeated, is a steadier measure of
 * one part.
 */
import { join } from 'node:path';
import { bundledUnList } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import { generateEvents } from './monitor-events.js';

const baseRoot = process.env.BENCH_AB_BASE;
if (!baseRoot) {
  process.stderr.write('set BENCH_AB_BASE to the checkout to compare against\n');
  process.exit(2);
}
const N = Number(process.env.BENCH_TEXT_EVENTS ?? 20000);
const ROUNDS = Number(process.env.BENCH_TEXT_ROUNDS ?? 15);
const snap = await readUnXml({ path: bundledUnList });

type Windows = (text: string) => { phrase: string; start: number; end: number }[];

async function side(root: string): Promise<{ windows: Windows; texts: string[] }> {
  const load = (p: string) => import(join(root, 'src', p));
  const [setup, evs, targets] = await Promise.all(['monitoring/setup.ts', 'monitoring/events.ts', 'monitoring/targets.ts'].map(load));
  const base = setup.buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]);
  const screener = setup.buildScreener(base);
  // Each distinct text once: judging meets a repeated text in the screener's text cache.
  const texts = new Set<string>();
  for (const [i, raw] of generateEvents(N, 'text-ab').entries()) {
    for (const t of targets.screeningTargets(evs.parseEvent(raw, `text ${i}`)) as { kind: string; text: string }[]) if (t.kind === 'text') texts.add(t.text);
  }
  return { windows: (text) => screener.windows(text), texts: [...texts] };
}

const a = await side(baseRoot);
const b = await side(process.cwd());
const same = a.texts.length === b.texts.length && a.texts.every((t, i) => JSON.stringify(a.windows(t)) === JSON.stringify(b.windows(b.texts[i] as string)));

function time(s: { windows: Windows; texts: string[] }): number {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const t of s.texts) n += s.windows(t).length;
  const c = process.cpuUsage(c0);
  if (n < 0) throw new Error('unreachable');
  return (c.user + c.system) / 1000;
}
const ta: number[] = [];
const tb: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2 === 0) {
    ta.push(time(a));
    tb.push(time(b));
  } else {
    tb.push(time(b));
    ta.push(time(a));
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const ratios = ta.map((x, i) => x / (tb[i] as number));
process.stdout.write(
  `${JSON.stringify({ texts: a.texts.length, rounds: ROUNDS, aMedianMs: Math.round(median(ta)), bMedianMs: Math.round(median(tb)), medianRatioAoverB: Math.round(median(ratios) * 1000) / 1000, minRatio: Math.round(Math.min(...ratios) * 1000) / 1000, maxRatio: Math.round(Math.max(...ratios) * 1000) / 1000, sameWindows: same })}\n`,
);
