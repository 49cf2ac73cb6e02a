/**
 * Names in the Somali Latin alphabet (since 1.87.0). Somali writes the Arabic ʿayn as c and ḥ as x,
 * and long vowels doubled: Maxamed Cumar is Mohamed Omar, Cabdullaahi Abdullahi, Xasan Hassan, Ciise
 * Isa, Jaamac Jama. Read as any Latin name, c was a k and x a ks, so "Maxamed Cumar Maxamed" scored
 * 0.48 on MOHAMED OMAR MOHAMED (SOi.025), "Xasan Daahir Aweys" 0.59 on HASSAN DAHIR AWEYS (QDi.042),
 * and "Cabdifataax Abuukar Cabdi" met nothing; the UN list itself writes one name so (QDi.141,
 * MAXAMED CABDULLAAH CIISE).
 *
 * c and x are letters of most Latin alphabets (Carlos, Alexander, Xavier, the Chinese Xi), so the
 * alphabet is recognised by its own spellings of the commonest names (SOMALI_WORD), as
 * normalise.ts turkishSpelling recognises Turkish by ı, ğ and ə; in a name holding one, every x is
 * read h and every c, the ʿayn, is left out as the ʿayn of other spellings is (Cabdi is Abdi). The
 * doubled vowels need nothing: the fold counts a doubled letter once (keys.ts phoneticFold).
 *
 * The reading is a second variant of the name (matching/name-variants.ts), not the only one: a
 * writer who transliterates the letters (Максамед Кабдуллаах Киисе, from MAXAMED CABDULLAAH CIISE)
 * meets the name as written, and read only the Somali way the eval lost six such items.
 */

/** A word only the Somali alphabet spells so (either case): the commonest names with c or x in them. */
const SOMALI_WORD = /(?:^|[^\p{L}])(?:maxa?m[ae]d|axm[ae]d|xass?an|xuss?e+y?n|xaa?ji|faarax|xamza|maxmuud|xirsi|cabd\p{L}*|cumar|cismaan|cusmaan|ciise|cilmi|jaamac|cawil|sacaa?d|mascuud)(?![\p{L}])/iu;

const SOMALI_LETTER = /[cCxX]/g;
const SOMALI_READ: Record<string, string> = { c: '', C: '', x: 'h', X: 'H' };

/**
 * Name `full` with its x read h and its c (the ʿayn) left out where one of its words is spelt in the
 * Somali alphabet (SOMALI_WORD), else `full` itself. No c or x is left after it, so reading a name
 * twice gives the same text.
 */
export function somaliSpelling(full: string): string {
  if (!SOMALI_WORD.test(full)) return full;
  return full.replace(SOMALI_LETTER, (c: string) => SOMALI_READ[c] as string);
}
