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
import type { Steps } from '../util/event-loop.js';

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

  private constructor(start: Int32Array) {
    const n = start.length - 1;
    const tokens = start[n] as number;
    this.start = start;
    this.ids = new Int32Array(tokens);
    this.weights = new Float64Array(tokens);
    this.initial = new Uint8Array(tokens);
    this.lossFloor = new Float64Array(tokens);
    this.titled = new Uint8Array(n);
  }

  /** The tokens of `names`, pausing (`yield`) every `step` names: a server's thread runs it in slices (index.ts buildSteps). */
  static *build(names: readonly PreparedName[], step: number): Steps<ListedTokens> {
    const n = names.length;
    const start = new Int32Array(n + 1);
    let tokens = 0;
    for (let id = 0; id < n; id++) {
      tokens += (names[id] as PreparedName).tokens.length;
      start[id + 1] = tokens;
    }
    const listed = new ListedTokens(start);
    let k = 0;
    for (let id = 0; id < n; id++) {
      if (id % step === step - 1) yield;
      const name = names[id] as PreparedName;
      listed.titled[id] = name.titles.length > 0 ? 1 : 0;
      for (let j = 0; j < name.tokens.length; j++) {
        const t = name.tokens[j] as PreparedToken;
        listed.ids[k] = t.id;
        listed.weights[k] = t.weight;
        listed.initial[k] = t.role === 'initial' ? 1 : 0;
        listed.lossFloor[k] = t.weight * listedShareFloor(name.tokens, j);
        k++;
      }
    }
    return listed;
  }
}
