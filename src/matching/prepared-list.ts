/**
 * The list side of a match engine before its index: every listed name analysed, weighted and
 * interned into the vocabulary, and every party's facts. MatchEngine.build computes it from the
 * parties (prepareList); a saved engine (engine-snapshot.ts) keeps it, because on a fresh process
 * the analysis is most of the build, and rebuilds only the index from it.
 */
import type { SanctionedParty } from '../lists/model.js';
import { formKey } from './index.js';
import { assignWeights, interning, partyFacts, prepareName, type Frequencies, type PreparedFacts, type PreparedName, type PreparedToken } from './prepared.js';
import { nameVariants } from './name-variants.js';

export interface PreparedList {
  /** Every listed name variant with tokens, in party order (a name's index id is its position). */
  names: PreparedName[];
  /** Per party, the index ids of its names (consecutive, ascending). */
  partyNames: number[][];
  facts: PreparedFacts[];
  freq: Frequencies;
  /** vocab[id]: the first listed token (in name order) interned as `id`, representing them all. */
  vocab: PreparedToken[];
  /** Vocabulary ids whose tokens do not all have the same retrieval keys (see prepareList). */
  mixedKeys: number[];
}

/** Analyses, weighs and interns the parties' names, and prepares their facts. */
export function prepareList(parties: readonly SanctionedParty[]): PreparedList {
  const names: PreparedName[] = [];
  const partyNames: number[][] = [];
  const facts: PreparedFacts[] = [];
  const df = new Map<string, number>();
  // The vocabulary: listed tokens interned by everything their similarity depends on, in the order
  // the names' tokens come (prepareName asks once per shared analysed token, see Interning).
  const intern = new Map<string, number>();
  const interned = interning((fields) => {
    const key = formKey(fields);
    let id = intern.get(key);
    if (id === undefined) {
      id = intern.size;
      intern.set(key, id);
    }
    return id;
  });
  const vocab: PreparedToken[] = [];
  const mixedKeys: number[] = [];
  for (let p = 0; p < parties.length; p++) {
    const party = parties[p] as SanctionedParty;
    const ids: number[] = [];
    const seenSkeletons = new Set<string>();
    party.names.forEach((n, nameIndex) => {
      for (const variant of nameVariants(n.full)) {
        const prepared = prepareName(variant, p, nameIndex, n.type, n.quality, undefined, interned);
        if (prepared.tokens.length === 0) continue;
        ids.push(names.length);
        names.push(prepared);
        for (const t of prepared.tokens) {
          seenSkeletons.add(t.skeleton);
          noteInterned(vocab, mixedKeys, t);
        }
      }
    });
    // Document frequency counts parties, not names: a party's many aliases do not make its name common.
    for (const s of seenSkeletons) df.set(s, (df.get(s) ?? 0) + 1);
    partyNames.push(ids);
    facts.push(partyFacts(party));
  }
  const freq: Frequencies = { parties: parties.length, df };
  const listed = { vocab, byId: new Float64Array(vocab.length) };
  for (const n of names) assignWeights(n, freq, listed);
  return { names, partyNames, facts, freq, vocab, mixedKeys };
}

/**
 * Records token `t` (its id already set) in the vocabulary: the first token of an id represents it;
 * a later one whose retrieval keys differ from the first's marks the id as mixed. The per-query
 * pair-check memo answers for an id as a whole only where its tokens share their keys (memo.ts
 * PairCheckMemo). Since 1.9.0 the intern key holds what the keys read (the folded form and the Abd
 * role, which fix the skeleton), so no id is mixed; the check stays as a guard should the key ever
 * leave something out. Shared with a saved engine's loading, which rebuilds the vocabulary from the
 * saved ids the same way.
 */
export function noteInterned(vocab: PreparedToken[], mixedKeys: number[], t: PreparedToken): void {
  const first = vocab[t.id];
  if (first === undefined) {
    vocab[t.id] = t;
  } else if (first.skeleton !== t.skeleton || (first.role === 'abd') !== (t.role === 'abd')) {
    mixedKeys.push(t.id);
  }
}
