/**
 * An organisation's name met word for word (since 1.129.0). A word's weight comes from how many
 * listed names share its consonant skeleton (prepared.ts tokenWeight), which is what a fuzzy pairing
 * risks; but a firm whose one word shares its consonants with common given names (DIDA with Daoud,
 * AL-HISN with Hassan, EKOGRUPP with Gharib) then weighed as common, and a query naming it exactly
 * scored 0.61-0.64, under the default threshold: 12 of the OFAC SDN file's organisations (2024-05-03)
 * screened by their own primary name did not alert on their own record. Screening must alert on a
 * listed name given word for word, so such a pair's name score is raised to NAME.exactNameFloor.
 *
 * Word for word: the same words as the analysis writes them (case, marks and punctuation aside; not
 * folded, where PPC and PCC are one) in the same order, legal forms and function words aside
 * (GRUPO W S.A. and Grupo W are one name), at least one of them a word (not an initial, particle
 * or number alone). Only for a listed organisation's name of good quality (a weak alias, an acronym
 * reading, stays as it scores) and a query of an organisation or of unknown kind (a person is never
 * lifted so: a shared given name alone must not make a match).
 */
import { isFormWord, type PreparedName, type PreparedToken } from './prepared.js';
import { NAME } from './weights.js';
import { droppedPlacesApart } from './place-conflict.js';

/** The name's word-for-word key, or undefined where it has no word that counts (see above). */
export function exactNameKey(n: PreparedName): string | undefined {
  let key = '';
  let hasWord = false;
  for (const t of n.tokens) {
    if (isFormWord(t)) continue;
    if (isWord(t)) hasWord = true;
    key = key === '' ? t.text : `${key} ${t.text}`;
  }
  return hasWord ? key : undefined;
}

/** Whether a token makes a key worth meeting: a word, not an initial, a particle or a number alone. */
function isWord(t: PreparedToken): boolean {
  return (t.role === 'name' || t.role === 'nisba') && t.script !== 'digits';
}

/**
 * exactNameKey(a) === exactNameKey(b), both defined, without building either key: the scorer asks
 * it of every pair it scores for an organisation's query.
 */
export function sameWords(a: PreparedName, b: PreparedName): boolean {
  const at = a.tokens;
  const bt = b.tokens;
  let i = 0;
  let j = 0;
  let hasWord = false;
  for (;;) {
    while (i < at.length && isFormWord(at[i] as PreparedToken)) i++;
    while (j < bt.length && isFormWord(bt[j] as PreparedToken)) j++;
    if (i === at.length || j === bt.length) return i === at.length && j === bt.length && hasWord;
    const x = at[i] as PreparedToken;
    if (x.text !== (bt[j] as PreparedToken).text) return false;
    if (isWord(x)) hasWord = true;
    i++;
    j++;
  }
}

/** Whether listed name `l` (of a party of kind organisation) may be met word for word at all. */
export function exactNameListed(l: PreparedName): boolean {
  return l.quality !== 'low';
}

/**
 * Whether name score `s` of query name `q` against an organisation's name `l` is raised to
 * NAME.exactNameFloor: under it, and `l` given word for word. The caller has checked the kinds (a
 * query of an organisation or of unknown kind, a listed or compared organisation).
 */
export function raisedWordForWord(s: number, q: PreparedName, l: PreparedName): boolean {
  // Two readings that left out two different places are two branches' names (score.ts pairUp
  // refuses them, since 1.147.0): their words alike, they are no name given word for word.
  return s < NAME.exactNameFloor && exactNameListed(l) && sameWords(q, l) && !droppedPlacesApart(q.droppedPlaces, l.droppedPlaces);
}
