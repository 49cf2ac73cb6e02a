/**
 * The brute-force baseline: no index, every listed name compared with every query. A name's score
 * is the mean, over the query's words, of the best Jaro-Winkler against any word of the listed
 * name ("best token-pair JW"); a party's score is its best name's. Text is normalised once at
 * build time (NFKD, marks removed, lower case, any-ascii for Arabic and Cyrillic) so the timing is
 * of the comparisons, as it would be in a tuned brute-force screener.
 */
import anyAscii from 'any-ascii';
import type { SanctionedParty } from '../src/lists/model.js';
import { jaroWinkler } from './jaro-winkler.js';

export function baselineWords(name: string): string[] {
  return anyAscii(name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

export class BruteForceJw {
  private readonly names: { party: number; words: string[] }[] = [];

  constructor(private readonly parties: readonly SanctionedParty[]) {
    parties.forEach((p, i) => {
      for (const n of p.names) {
        const words = baselineWords(n.full);
        if (words.length > 0) this.names.push({ party: i, words });
      }
    });
  }

  get nameCount(): number {
    return this.names.length;
  }

  screen(query: string, threshold: number, limit: number): { ref: string; score: number }[] {
    const q = baselineWords(query);
    if (q.length === 0) return [];
    const best = new Map<number, number>();
    for (const name of this.names) {
      let sum = 0;
      for (const qw of q) {
        let top = 0;
        for (const w of name.words) {
          const s = jaroWinkler(qw, w);
          if (s > top) top = s;
        }
        sum += top;
      }
      const score = sum / q.length;
      if (score >= threshold && score > (best.get(name.party) ?? -1)) best.set(name.party, score);
    }
    return [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([i, score]) => ({ ref: (this.parties[i] as SanctionedParty).referenceNumber, score }));
  }
}
