/**
 * UN Security Council reference numbers as other lists cite them.
 *
 * A national list that implements a UN listing usually says so in free text: the UK ConList writes
 * "UN Ref QDi.421." in Other Information, the EU export has a `unitedNationId` attribute. Those
 * citations are the strongest evidence that two records are the same party, so they are parsed
 * into the UN's current form ("QDi.086") and kept on the party as a typed link candidate:
 * `extra` field UN_REFERENCE, read back by `citedUnReferences`.
 *
 * Two formats occur in real files (see ../shared/data/sanctions/SOURCES.md):
 * - current: two-letter regime, i(ndividual) or e(ntity), a dot, a three-digit number: "QDi.086",
 *   "KPe.012". Publishers are careless with case and spacing ("QDI.086", "KPI. 035", "KPe 019").
 * - old (before the 2011-2015 renumbering of the 1267/1988 lists): "QI.A.86.03" = Al-Qaida,
 *   Individual, initial letter A, number 86, listed in 2003; "QE.A.146.14" = Al-Qaida Entity 146;
 *   "TI.A.99.01" / "TE.H.24.01" = Taliban. The UN kept the numbers when it renamed the lists, so
 *   QI.A.86.03 is QDi.086 and TI.A.99.01 is TAi.099. ("Q.I.A.291.11" also occurs.)
 *
 * Other old forms (the Iran annex numbers "E.29.I.11", the Iraq "I.AC.50.20.12.12.(1)") have no
 * mechanical mapping to a current reference; they are reported as unrecognised, never guessed.
 * Neither is a prefix the UN does not use ("DPe.012" is not a UN list): a wrong link is worse than
 * a missing one.
 */
import type { SanctionedParty } from './model.js';

/** The `extra` field name under which readers store a cited UN reference (current form). */
export const UN_REFERENCE_FIELD = 'UN_REFERENCE';

/**
 * Regime prefixes the UN Consolidated List uses or has used (REFERENCE_NUMBER before the i/e).
 * CD Congo, CF Central African Republic, GB Guinea-Bissau, HT Haiti, IQ Iraq, IR Iran, KP DPRK,
 * LY Libya, ML Mali, QD ISIL/Al-Qaida, SD Sudan, SO Somalia, SS South Sudan, TA Taliban, YE Yemen.
 */
export const UN_REGIME_PREFIXES: ReadonlySet<string> = new Set([
  'CD', 'CF', 'GB', 'HT', 'IQ', 'IR', 'KP', 'LY', 'ML', 'QD', 'SD', 'SO', 'SS', 'TA', 'YE',
]);

export type UnRecordKind = 'individual' | 'entity';

export interface UnReference {
  /** Current form, e.g. "QDi.086". */
  ref: string;
  kind: UnRecordKind;
  /** The text as the citing source wrote it, e.g. "QI.A.86.03". */
  raw: string;
  /** Whether the source used the pre-renumbering form. */
  old: boolean;
}

// Old 1267/1988 form: list letter (Q Al-Qaida, T Taliban), I/E, initial, number, two-digit year.
const OLD_FORM = /^(Q|T)\.?([IE])\.([A-Z])\.(\d{1,3})\.(\d{2})(?![\d])/i;
const OLD_LISTS: Record<string, string> = { Q: 'QD', T: 'TA' };
// Current form with the sloppiness seen in the UK file: any case, "." and/or one space.
const CURRENT_FORM = /^([A-Z]{2})([IE])(?:\s?\.\s?|\s)(\d{1,3})(?![\d])/i;

/**
 * Read one reference at the start of `text` (anything may follow it). Returns undefined when the
 * text does not start with a reference in a recognised form.
 */
export function parseUnReference(text: string): UnReference | undefined {
  const old = OLD_FORM.exec(text);
  if (old) {
    const [raw, list, kindLetter, , number] = old;
    return build(OLD_LISTS[list!.toUpperCase()]!, kindLetter!, number!, raw!, true);
  }
  const current = CURRENT_FORM.exec(text);
  if (current) {
    const [raw, prefix, kindLetter, number] = current;
    if (!UN_REGIME_PREFIXES.has(prefix!.toUpperCase())) return undefined;
    return build(prefix!.toUpperCase(), kindLetter!, number!, raw!, false);
  }
  return undefined;
}

function build(prefix: string, kindLetter: string, number: string, raw: string, old: boolean): UnReference {
  const letter = kindLetter.toLowerCase();
  return {
    ref: `${prefix}${letter}.${number.padStart(3, '0')}`,
    kind: letter === 'i' ? 'individual' : 'entity',
    raw: raw.trim(),
    old,
  };
}

export interface CitedReferences {
  refs: UnReference[];
  /** What followed a "UN Ref" label but is not a reference in a recognised form, as written. */
  unrecognised: string[];
}

// "UN Ref", "UN REF:", "UN Ref.", "Un Ref", "UN Reference No:", "UN REF No." ...
const LABEL = /\bUN\s*Ref(?:erence)?\b\s*\.?\s*(?:No\b\.?)?\s*:?\s*/gi;

/**
 * The UN references a free text cites: each one after a "UN Ref" label, plus a current-form
 * reference at the very start of the text (the UK writes "IRe.066. Subordinate entity of AIO." for a
 * few Iran records). A bare reference elsewhere in the text is not taken: "listed as Al-Qaida in
 * Iraq (QE.J.115.04)" names another party, not this one.
 */
export function findCitedUnReferences(text: string): CitedReferences {
  const refs: UnReference[] = [];
  const unrecognised: string[] = [];
  const add = (ref: UnReference) => {
    if (!refs.some((r) => r.ref === ref.ref)) refs.push(ref);
  };
  const leading = parseUnReference(text.trimStart());
  if (leading && !leading.old) add(leading);
  for (const m of text.matchAll(LABEL)) {
    const rest = text.slice(m.index! + m[0].length);
    const ref = parseUnReference(rest);
    if (ref) add(ref);
    else unrecognised.push(firstWord(rest));
  }
  return { refs, unrecognised: unrecognised.filter((u) => u !== '') };
}

/** The token after an unrecognised label, for the warning: up to whitespace, without a final ".". */
function firstWord(text: string): string {
  const word = /^\S+/.exec(text)?.[0] ?? '';
  return word.replace(/[.,;:]+$/, '');
}

/**
 * The UN references a party's record cites (current form), as readers stored them. Empty for a
 * UN party itself: its own reference is `referenceNumber`, not a citation.
 */
export function citedUnReferences(party: SanctionedParty): string[] {
  const out: string[] = [];
  for (const e of party.extra) {
    if (e.field === UN_REFERENCE_FIELD && !out.includes(e.value)) out.push(e.value);
  }
  return out;
}

/** The record kind a current-form reference denotes ("QDi.086" -> individual), if it is one. */
export function unReferenceKind(ref: string): UnRecordKind | undefined {
  const parsed = parseUnReference(ref);
  return parsed && !parsed.old && parsed.ref === ref ? parsed.kind : undefined;
}
