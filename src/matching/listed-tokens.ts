/**
 * The listed names' tokens as flat typed arrays, name after name: name `id` has the tokens at
 * start[id] .. start[id + 1], each with its vocabulary id, its weight and whether it is an initial.
 *
 * On a large list the prepared names and tokens are objects scattered over a heap far larger than
 * the caches (200,000 names: ~800,000 token objects), and the per-candidate bound (score.ts
 * pairBound) read a name object, its tokens array and every token object of ~160 candidates per
 * query, a cache miss each, only to refuse half of them from their ids and weights (and whether the
 * name had titles removed). Here those
 * numbers sit side by side, so a candidate's first pass costs a few reads of neighbouring memory.
 */
import type { PreparedName, PreparedToken } from './prepared.js';
import { listedShareFloor } from './score.js';

export class ListedTokens {
  /** Name `id`'s tokens are at start[id] .. start[id + 1] of the arrays below. */
  readonly start: Int32Array;
  /** Vocabulary id of each token (PreparedToken.id; -1 when it has none). */
  readonly ids: Int32Array;
  /** PreparedToken.weight of each token. */
  readonly weights: Float64Array;
  /** 1 where the token is an initial (role 'initial'), else 0. */
  readonly initial: Uint8Array;
  /**
   * Per token: the least the scorer charges it when it stays unmatched, weight x score.ts
   * listedShareFloor (the product pairBound adds for it), read by candidates()' final test.
   */
  readonly lossFloor: Float64Array;
  /** Per name: 1 when titles were removed from it (PreparedName.titles, which score.ts facesItsTitle reads), else 0. */
  readonly titled: Uint8Array;

  constructor(names: readonly PreparedName[]) {
    const n = names.length;
    this.start = new Int32Array(n + 1);
    let tokens = 0;
    for (let id = 0; id < n; id++) {
      tokens += (names[id] as PreparedName).tokens.length;
      this.start[id + 1] = tokens;
    }
    this.ids = new Int32Array(tokens);
    this.weights = new Float64Array(tokens);
    this.initial = new Uint8Array(tokens);
    this.lossFloor = new Float64Array(tokens);
    this.titled = new Uint8Array(n);
    let k = 0;
    for (let id = 0; id < n; id++) {
      const name = names[id] as PreparedName;
      this.titled[id] = name.titles.length > 0 ? 1 : 0;
      for (let j = 0; j < name.tokens.length; j++) {
        const t = name.tokens[j] as PreparedToken;
        this.ids[k] = t.id;
        this.weights[k] = t.weight;
        this.initial[k] = t.role === 'initial' ? 1 : 0;
        this.lossFloor[k] = t.weight * listedShareFloor(name.tokens, j);
        k++;
      }
    }
  }
}
