/**
 * A person's names joined with the family name the list gives as an alias of its own (since
 * 1.138.0). The UN list writes a person's given names and the name the family or the person is
 * known by apart: QDi.429 has the alias "Muhammad Abd-al-Karim" and the low-quality alias
 * "Al-Habu"; LYi.023 the name "Ahmad Oumar Imhamad al-Fitouri" and the alias "Al Dabbashi". Other
 * lists and the payments that name these people write them together, OFAC as "AL-HABU, Muhammad
 * Abd-al-Karim", the UK as "Ahmad Oumar AL-DABBASHI". Met by either part alone, such a name left
 * its other part unpaired and scored 0.43 to 0.55.
 *
 * Only a one-word alias that is a family name by its form, the article and one name (Al-Habu,
 * al-Libi, Al Dabbashi), is joined: a one-word nickname (Terminator, Lydia) or given name (Yusuf)
 * the list gives is no family name, and joined to the given names it would say a name nobody uses.
 * It is joined to every Latin name of the party of two words or more, in place of the name's own
 * last word where that is a family name of the same form (al-Fitouri), else after it. The joined
 * name is as good as the weaker of its two parts (a low-quality alias makes it low), and is shown
 * with the two names it joins, so the analyst sees the list did not write it whole.
 */
import type { AliasQuality, PartyName } from '../lists/model.js';

/** One name of the party joined with one of its family-name aliases. */
export interface FamilyAliasName {
  /** The joined name, as analysed. */
  text: string;
  /** How the explanation shows it: the joined name and the two names it joins. */
  shown: string;
  /** The index of the name whose given names it keeps, among the party's names. */
  nameIndex: number;
  quality: AliasQuality;
}

/** The article and one name, hyphen, space or apostrophe between: Al-Habu, al Libi, El-Hakim. */
const FAMILY_ALIAS = /^(?:al|el)[-\s\u2019'‘]+[\p{L}\u2019'‘]+$/iu;

/** A name's last word when it is a family name of that form, with the space before it. */
const LAST_FAMILY_WORD = /\s+(?:al|el)[-\s\u2019'‘]+[\p{L}\u2019'‘]+$/iu;

/** A name ending in a word the article and name after it belong to: Abd, Abdul, Abu, Abou, Umm, bin, ibn, bint, ould. */
const COMPOUND_END = /(?:^|[\s-])(?:abd|abdul|abdel|abu|abou|umm|bin|ben|ibn|bint|ould)$/i;

/** Latin letters, marks, spaces and the punctuation names carry: no Arabic or Cyrillic name is joined. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s\-'\u2019‘.]+$/u;

/** How much a quality is worth, to take the weaker of two (the list's low is the weakest). */
function strength(q: AliasQuality): number {
  return q === 'low' ? 0 : q === 'good' ? 2 : 1;
}

/**
 * The joined names of a person's names `names` (a list party's, in order): each of its family-name
 * aliases with each of its other Latin names of two words or more. None for a party without such an
 * alias. The caller keeps only the joined names whose tokens its other names do not already hold.
 */
export function familyAliasNames(names: readonly PartyName[]): FamilyAliasName[] {
  const families: PartyName[] = [];
  for (const n of names) if (n.type === 'alias' && FAMILY_ALIAS.test(n.full.trim())) families.push(n);
  if (families.length === 0) return [];
  const out: FamilyAliasName[] = [];
  const seen = new Set<string>();
  names.forEach((given, nameIndex) => {
    if (given.type === 'original-script' || families.includes(given)) return;
    const full = given.full.trim();
    // A nickname in English ("The Uncle", "The Doctor") is no given name to join a family name to.
    if (!LATIN_NAME.test(full) || full.split(/\s+/).length < 2 || /^the\s/i.test(full)) return;
    // The last word goes only where it is a family name of its own: after Abd, Abu or bin the
    // article and name are the compound's (Abd al-Muhsin, Abu al-Qassim), and the name stays whole.
    const cut = full.replace(LAST_FAMILY_WORD, '');
    const stem = cut !== full && COMPOUND_END.test(cut) ? full : cut;
    for (const family of families) {
      const text = `${stem} ${family.full.trim()}`;
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const quality = strength(family.quality) < strength(given.quality) ? family.quality : given.quality;
      out.push({ text, shown: `${text} (the names ${full} and ${family.full.trim()} joined)`, nameIndex, quality });
    }
  });
  return out;
}

/**
 * familyAliasNames of a compared record's names (engine.ts compare), read as a custom list reads a
 * party's names (lists/custom.ts): the first the primary name, the others aliases of unspecified quality.
 */
export function recordFamilyAliasNames(names: readonly string[]): FamilyAliasName[] {
  return familyAliasNames(names.map((full, i) => (i === 0 ? { type: 'primary', full, quality: 'good' } : { type: 'alias', full, quality: 'unspecified' })));
}
