/**
 * The list side of a match engine before its index: every listed name analysed, weighted and
 * interned into the vocabulary, and every party's facts. MatchEngine.build computes it from the
 * parties (prepareList); a saved engine (engine-snapshot.ts) keeps it, because on a fresh process
 * the analysis is most of the build, and rebuilds only the index from it.
 */
import type { SanctionedParty } from '../lists/model.js';
import { formKey } from './index.js';
import { assignWeights, interning, partyFacts, prepareName, type Frequencies, type PreparedFacts, type PreparedName, type PreparedToken } from './prepared.js';
import { hyphenJoined, nameVariants } from './name-variants.js';

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
        const prepare = (text: string, kept: boolean) => prepareName(text, p, nameIndex, n.type, n.quality, undefined, kept ? interned : undefined);
        const prepared = prepare(variant, true);
        if (prepared.tokens.length === 0) continue;
        const joined = joinedReading(prepared, prepare);
        for (const reading of joined === undefined ? [prepared] : [prepared, joined]) {
          ids.push(names.length);
          names.push(reading);
          for (const t of reading.tokens) {
            // A joined reading is the same name's letters read otherwise: it counts for no word's
            // frequency (ISIL-WA read as ISILWA would make Sliwa, of one skeleton, commoner).
            if (reading === prepared) seenSkeletons.add(t.skeleton);
            noteInterned(vocab, mixedKeys, t);
          }
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

/**
 * The reading of prepared name `name` with its hyphenated words joined (name-variants.ts
 * hyphenJoined), where that gives other tokens; else undefined. It is shown as the name as listed
 * (`name.full`), since that is what the list says; its tokens tell how it was read. Both the list
 * and a compared record (engine.ts compare) add it, so a pair scores the same either way.
 * `prepare(text, kept)` prepares a text as `name` was; kept is false for a reading only compared (the
 * list must not intern the tokens of a name it does not keep: its vocabulary holds the kept names'
 * tokens).
 */
export function joinedReading(name: PreparedName, prepare: (text: string, kept: boolean) => PreparedName): PreparedName | undefined {
  const joinedText = hyphenJoined(name.full);
  if (joinedText === undefined) return undefined;
  const probe = prepare(joinedText, false);
  if (probe.tokens.length === 0 || sameTokens(probe, name)) return undefined;
  const joined = prepare(joinedText, true);
  joined.full = name.full;
  return joined;
}

/** Whether two prepared names hold the same tokens in the same order (by folded form, role and written letters). */
export function sameTokens(a: PreparedName, b: PreparedName): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  for (let i = 0; i < a.tokens.length; i++) {
    const x = a.tokens[i] as PreparedToken;
    const y = b.tokens[i] as PreparedToken;
    if (x.folded !== y.folded || x.role !== y.role || x.written !== y.written) return false;
  }
  return true;
}
