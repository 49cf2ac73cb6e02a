/**
 * Company legal forms written as letters with full stops (since 1.80.0): S.A.R.L., L.L.C., S.p.A.,
 * G.m.b.H., W.L.L., P.L.C., B.V., e.V., A.Ş., and the Arabic ذ.م.م (LLC). The analysis reads a full
 * stop as a space, so such a form was a row of initials, each one a word of the name that the listed
 * company's name lacks: "Al Rashid Trust S.A.R.L." scored 0.47 against AL RASHID TRUST, where
 * "Al Rashid Trust SARL" scores 0.81. A word that spells a legal form (names/common-names.ts
 * LEGAL_FORMS) once its stops are closed up is written so, which the analysis then reads as the
 * form it is.
 *
 * The same letters may be a person's initials (S.A. Rahman, Rahman S.A.), and nothing in a name's
 * text says which it is, so name-variants.ts keeps the name as written beside this reading: each is
 * matched, and the better one counts. Initials that spell no legal form (J.R.R., S.M.) are left alone.
 */
import { LEGAL_FORMS } from '../names/common-names.js';

/**
 * A word of letters each group of one or two followed by a full stop, two groups at least, the last
 * stop perhaps left out (L.L.C); punctuation around it (a comma before, brackets) is no part of it.
 */
const DOTTED_WORD = /(?<![\p{L}\p{N}.])((?:\p{L}{1,2}\.){2,}|(?:\p{L}{1,2}\.)+\p{L}{1,2})(?![\p{L}\p{N}])/gu;

/**
 * `name` with every dotted word that spells a legal form closed up (S.A.R.L. -> SARL, A.Ş. -> AS:
 * the stops and the letters' marks dropped, their case kept), or undefined where it has none.
 */
export function legalFormsClosedUp(name: string): string | undefined {
  if (!name.includes('.')) return undefined;
  let closed = false;
  const out = name.replace(DOTTED_WORD, (word: string) => {
    const letters = word.replace(/\./g, '').normalize('NFKD').replace(/\p{M}/gu, '');
    if (!LEGAL_FORMS.has(letters.toLowerCase())) return word;
    closed = true;
    return letters;
  });
  return closed ? out : undefined;
}

/** Two to four single letters apart at the end of a name, after a word of two letters or more (ROFI S A, EMMR S A S). */
const SPACED_LETTERS_AT_END = /(?<=[\p{L}\p{N}]{2}\S*\s+)((?:\p{L}\s+){1,3}\p{L})\s*$/u;

/**
 * `name` with the single letters it ends in closed up where they spell a legal form (CONSTRUCTORA
 * ROFI S A -> CONSTRUCTORA ROFI SA; A Ş -> AS, marks dropped), or undefined (since 1.129.0). For an organisation's name only
 * (name-variants.ts): a person's name may end in initials (Rahman S A). A form written out before
 * them has been read already ("S A DE C V" has lost its "DE C V": written-out-legal-forms.ts).
 */
export function spacedLegalFormClosedUp(name: string): string | undefined {
  const m = SPACED_LETTERS_AT_END.exec(name);
  if (m === null) return undefined;
  // The letters' marks dropped as legalFormsClosedUp drops them (A Ş -> AS): kept, AŞ was read as
  // the word ash, not the Turkish form A.Ş. (1.131.0).
  const letters = (m[1] as string).replace(/\s+/g, '').normalize('NFKD').replace(/\p{M}/gu, '');
  if (!LEGAL_FORMS.has(letters.toLowerCase())) return undefined;
  return name.slice(0, m.index) + letters;
}

/** A dotted word of single letters only (P.C.C., T.M.G., the last stop perhaps left out: P.E.I). */
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}\p{L}?$/u;

/**
 * `name` with every dotted word of single letters closed up (P.C.C. -> PCC), or undefined where it
 * has none (since 1.128.0): a firm's acronym written with stops (P.C.C. (SINGAPORE) PRIVATE LIMITED,
 * which the OFAC file of 2021 writes PCC SINGAPORE PTE LTD).
 */
export function initialsClosedUp(name: string): string | undefined {
  if (!name.includes('.')) return undefined;
  let closed = false;
  const out = name.replace(DOTTED_WORD, (word: string) => {
    if (!DOTTED_INITIALS.test(word)) return word;
    closed = true;
    return word.replace(/\./g, '');
  });
  return closed ? out : undefined;
}
