/**
 * The list side of a match engine before its index: every listed name analysed, weighted and
 * interned into the vocabulary, and every party's facts. MatchEngine.build computes it from the
 * parties (prepareList); a saved engine (engine-snapshot.ts) keeps it, because on a fresh process
 * the analysis is most of the build, and rebuilds only the index from it.
 */
import type { PartyKind, SanctionedParty } from '../lists/model.js';
import { formKey } from './index.js';
import { assignWeights, interning, isFormWord, oneWordBesidesForms, partyFacts, prepareName, unsaidAsWord, type Frequencies, type PreparedFacts, type PreparedName, type PreparedToken } from './prepared.js';
import { hyphenJoined, nameVariants } from './name-variants.js';
import { runOnNasabApart } from './run-on-nasab.js';
import { droppedPlaceCountries } from './place-conflict.js';
import { familyAliasNames } from './family-alias-names.js';
import { organisationReadings } from './organisation-readings.js';
import { nameAcronyms, qualifiedAcronyms } from '../names/acronyms.js';
import { isCommonGivenName } from '../names/common-names.js';
import { knownNamesOf, NAMED_SO_BY, shownKnownName } from '../names/known-names.js';
import { nameTooLong } from '../names/name-limits.js';

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
  const takenAcronyms = listedOneWordNames(parties);
  for (let p = 0; p < parties.length; p++) {
    const party = parties[p] as SanctionedParty;
    const organisation = party.kind === 'organization';
    const ids: number[] = [];
    const seenSkeletons = new Set<string>();
    // Every reading of the party's names is one of its names, its tokens in the vocabulary.
    const keep = (reading: PreparedName): void => {
      markListedReading(reading, party);
      ids.push(names.length);
      names.push(reading);
      for (const t of reading.tokens) noteInterned(vocab, mixedKeys, t);
    };
    party.names.forEach((n, nameIndex) => {
      // A name longer than any name can be is kept in the list but not read (lists/overlong-names.ts).
      if (nameTooLong(n.full) !== undefined) return;
      const variants = nameVariants(n.full, organisation);
      for (const variant of variants) {
        const prepare = (text: string, kept: boolean) => prepareName(text, p, nameIndex, n.type, n.quality, undefined, kept ? interned : undefined, organisation);
        const prepared = prepare(variant, true);
        if (prepared.tokens.length === 0) continue;
        // Only the name as listed counts for a word's frequency: a joined or parted reading is the
        // same name's letters read otherwise, an acronym its initials (ISIL-WA read as ISILWA would
        // make Sliwa, of one skeleton, commoner; BINALSHIBH apart, Ship).
        for (const t of prepared.tokens) seenSkeletons.add(t.skeleton);
        keep(prepared);
        for (const reading of wordBoundaryReadings(prepared, prepare)) keep(reading);
        if (organisation) {
          for (const acronym of acronymReadings(variant, (text) => prepareName(text, p, nameIndex, n.type, 'low', undefined, interned), takenAcronyms)) keep(acronym);
        }
      }
      // An organisation's dotted initials closed up and formal country names short
      // (organisation-readings.ts), not counted in a word's frequency.
      if (organisation) {
        for (const closed of organisationReadings(variants)) {
          const reading = prepareName(closed, p, nameIndex, n.type, n.quality, undefined, interned, organisation);
          if (reading.tokens.length > 0) keep(reading);
        }
      }
    });
    // A person's names joined with its family-name alias (family-alias-names.ts), as other lists
    // write them; like an acronym reading, not counted in a word's frequency.
    if (party.kind === 'person') {
      for (const joined of familyAliasNames(party.names)) {
        const reading = prepareName(joined.text, p, joined.nameIndex, 'alias', joined.quality, undefined, interned, false);
        if (reading.tokens.length === 0 || ids.some((id) => sameTokens(names[id] as PreparedName, reading))) continue;
        reading.full = joined.shown;
        keep(reading);
      }
    }
    // The names a public source gives the party and its entry leaves out (names/known-names.ts),
    // shown with who gives them; like an acronym reading, not counted in a word's frequency.
    for (const known of knownNamesOf(party.source, party.referenceNumber, party.names.map((n) => n.full))) {
      const reading = prepareName(known.name, p, 0, 'alias', 'aka', undefined, interned, organisation);
      if (reading.tokens.length === 0) continue;
      reading.full = shownKnownName(known);
      keep(reading);
    }
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

const NONE_TAKEN: ReadonlySet<string> = new Set();

/** How an acronym reading shows the name it was read off: "ISIL (initials of Islamic State ...)". */
const INITIALS_OF = ' (initials of ';

/**
 * A name as lists write an acronym: one word of two to five letters, the first and last capitals
 * (HTS, MAEI, ISWAP; JuA and LeT with the particle's letter in lower case). Jit, a word, is not one.
 */
const WRITTEN_ACRONYM = /^[A-Z][A-Za-z]{0,3}[A-Z]$/;

/**
 * Sets `name.acronym` for a name of a party of kind `kind`: an organisation's one-word name in
 * capitals, or an acronym reading (acronymReadings, known by how it is shown). Read from the name's
 * text and the party's kind alone, so a saved engine's names (engine-snapshot.ts) are marked the same.
 */
export function markAcronym(name: PreparedName, kind: PartyKind): void {
  // A known name (names/known-names.ts) is shown with who gives it; its own words are before that.
  const known = name.full.indexOf(NAMED_SO_BY);
  const written = known < 0 ? name.full : name.full.slice(0, known);
  name.acronym = kind === 'organization' && (WRITTEN_ACRONYM.test(written.trim()) || name.full.includes(INITIALS_OF) || acronymWithForms(name, written));
}

/**
 * What a listed reading carries besides its tokens, read from its text and its party alone (markAcronym,
 * then markDroppedPlaces, which reads the acronym mark): one call for a build and for a saved engine
 * read back (engine-snapshot.ts), so the two mark every name alike.
 */
export function markListedReading(name: PreparedName, party: SanctionedParty): void {
  markAcronym(name, party.kind);
  markDroppedPlaces(name, party);
}

/**
 * Sets `name.droppedPlaces` for a reading of an organisation's name that leaves out a place the name
 * writes in parentheses (place-conflict.ts droppedPlaceCountries, since 1.144.0). Read from the
 * party's name and the reading's tokens alone, so a saved engine's names are marked the same. A
 * known name or an acronym reading is no reading of the name it is filed under.
 */
function markDroppedPlaces(name: PreparedName, party: SanctionedParty): void {
  if (party.kind !== 'organization' || name.acronym || name.full.includes(NAMED_SO_BY)) return;
  const source = party.names[name.nameIndex]?.full;
  if (source !== undefined) name.droppedPlaces = droppedPlaceCountries(source, name.tokens);
}

/**
 * Whether a name is one word that can only be an acronym beside legal forms and function words
 * only: CNOOC LIMITED, MTS PJSC (since 1.142.0). That word is then met as a one-word acronym is:
 * CNEC (China Nuclear Engineering Corporation) met CNOOC LIMITED at 0.75 on the vowels its
 * consonants leave free, while CNOOC alone refused it. Lists write every name in capitals, so the
 * word must also be unpronounceable (unsaidAsWord): KOTI CORP and TAMAS COMPANY are names, and their
 * misspellings (KITI CORP, TAMMAS COMPANY) are found.
 */
function acronymWithForms(name: PreparedName, written: string): boolean {
  if (name.tokens.length < 2 || !oneWordBesidesForms(name.tokens)) return false;
  const own = (name.tokens.find((t) => !isFormWord(t)) as PreparedToken).text;
  for (const word of written.split(/[^\p{L}\p{N}]+/u)) if (WRITTEN_ACRONYM.test(word) && word.toLowerCase() === own) return unsaidAsWord(own);
  return false;
}

/** What a one-word name is: letters and digits only, once inner apostrophes are off. */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/** The one-word names the parties' names hold (upper case, accents kept), the acronyms a list writes itself. */
function listedOneWordNames(parties: readonly SanctionedParty[]): Set<string> {
  const out = new Set<string>();
  for (const party of parties) {
    if (party.kind !== 'organization') continue;
    for (const n of party.names) {
      for (const variant of nameVariants(n.full)) {
        const word = variant.trim().replace(/['\u2019.]/g, '').toUpperCase();
        if (ONE_WORD.test(word)) out.add(word);
      }
    }
  }
  return out;
}

/**
 * An organisation name's acronyms (names/acronyms.ts) as names of their own, prepared by `prepare`
 * (as a low-quality alias: the list did not write them), each shown as "ISIL (initials of Islamic
 * State in Iraq and the Levant)" so the analyst sees what the engine read. Both the list and a
 * compared organisation record add them (engine.ts compare). A list leaves out an acronym it
 * writes as a whole name itself (`taken`, listedOneWordNames): SIG is Special Industries Group's
 * alias (IRe.073), and read off another party's name as well it made every query naming SIG alert
 * on both; a compared record has no list around it and takes all of its acronyms.
 */
export function acronymReadings(name: string, prepare: (text: string) => PreparedName, taken: ReadonlySet<string> = NONE_TAKEN): PreparedName[] {
  const out: PreparedName[] = [];
  const add = (text: string, shown: string): void => {
    const reading = prepare(text);
    if (reading.tokens.length === 0) return;
    reading.full = shown;
    out.push(reading);
  };
  for (const acronym of nameAcronyms(name, isCommonGivenName)) if (!taken.has(acronym)) add(acronym, `${acronym}${INITIALS_OF}${name})`);
  // A branch's name, its group's acronym and what follows the dash ("ISIS West Africa (initials of
  // Islamic State of Iraq and Syria – West Africa)"), with the group's other acronym said as such.
  for (const q of qualifiedAcronyms(name, isCommonGivenName)) {
    const other = q.standsFor === undefined ? '' : `, ${q.text.slice(0, q.text.indexOf(' '))} for ${q.standsFor}`;
    add(q.text, `${q.text}${INITIALS_OF}${name}${other})`);
  }
  return out;
}

/**
 * The readings of prepared name `name` where its words begin and end otherwise, each where it gives
 * other tokens: its hyphenated words joined (name-variants.ts hyphenJoined, since 1.14.0: KIM
 * KWANG-IL as KIM KWANGIL) and a nasab run onto the article and name after it read apart
 * (run-on-nasab.ts, since 1.135.0: BINALSHIBH as BIN AL-SHIBH). Each is shown as the name as listed
 * (`name.full`), since that is what the list says; its tokens tell how it was read. Both the list
 * and a compared record (engine.ts compare) add them, so a pair scores the same either way.
 * `prepare(text, kept)` prepares a text as `name` was; kept is false for a reading only compared (the
 * list must not intern the tokens of a name it does not keep: its vocabulary holds the kept names'
 * tokens).
 */
export function wordBoundaryReadings(name: PreparedName, prepare: (text: string, kept: boolean) => PreparedName): PreparedName[] {
  const out: PreparedName[] = [];
  for (const read of WORD_BOUNDARY_READINGS) {
    const text = read(name.full);
    if (text === undefined) continue;
    const probe = prepare(text, false);
    if (probe.tokens.length === 0 || sameTokens(probe, name) || out.some((r) => sameTokens(probe, r))) continue;
    const reading = prepare(text, true);
    reading.full = name.full;
    out.push(reading);
  }
  return out;
}

/** How each of wordBoundaryReadings is made from a name's text: the reading, or undefined. */
const WORD_BOUNDARY_READINGS: readonly ((full: string) => string | undefined)[] = [hyphenJoined, runOnNasabApart];

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
