/**
 * What kind of organisation a word of its name says it is (since engine 1.104.0): a bank, an armed
 * group, a trading firm, a charity.
 *
 * Organisation words weigh little (common-names.ts ORG_WORDS), because beside a name of its own they
 * distinguish little: "Al-Haramain Islamic Foundation" is Al-Haramain. But two names that share
 * only common words and each end in a word of a different kind name two different things: up to
 * 1.103.0 a counterparty "Islamic International Bank" alerted on the Islamic International Brigade
 * (QDe.099) at 0.71, the bank and the brigade each costing the weight of a common word ("Afghan
 * United Bank" met the Afghan Service Bureau at 0.67 all the same, a bureau being of no kind, below,
 * until 1.119.0 capped a shared place's pairing: matching/place-words.ts).
 * score.ts pairUp charges such words more when the
 * unmatched words of the two names are of kinds that exclude each other (NAME.conflictingKindWeight).
 *
 * Only words whose kind is plain are here. Group, organisation, network, committee, office
 * (bureau), centre, council, union, fund and trust name many kinds (a trust may be a bank or a
 * charity; an office or a bureau, a money exchange) and belong to none; a company's legal form
 * neither (a front company of an armed group is a company too). A movement and a party (since
 * 1.123.0) name a body that is armed or political, one of two kinds, but never a bank, a firm or a
 * charity: up to 1.122.0 a counterparty "Egyptian Islamic Bank" met the Egyptian Islamic Movement
 * (an alias of QDe.003) at 0.86, the bank and the movement each costing an organisation word's
 * weight. Such a word's kinds are a mask of both bits, and two sides exclude each other only when
 * no bit is on both (a front against a movement does not). The words are the English ones of
 * ORG_WORDS; the names' other languages come in through org-words.ts translatedOrgWord (Bataillon,
 * كتيبة, Bewegung).
 */
import { translatedOrgWord } from './org-words.js';

/** Kinds, as bits: a word has one, or two (WORDS_OF_TWO_KINDS); two names' kinds are compared as masks. */
export const ORG_KIND = { finance: 1, armed: 2, commerce: 4, charity: 8, political: 16 } as const;

export type OrgKindName = keyof typeof ORG_KIND;

const KIND_OF = new Map<string, number>();
const WORDS: [OrgKindName, string[]][] = [
  ['finance', ['bank', 'exchange', 'money', 'investment', 'investments']],
  ['armed', ['brigade', 'brigades', 'battalion', 'army', 'front', 'fighting']],
  ['commerce', ['trading', 'trade', 'traders', 'travel', 'transport', 'shipping', 'logistics', 'import', 'export', 'industries', 'industrial', 'industry', 'commerce', 'commercial', 'enterprises', 'enterprise', 'ticaret', 'sanayi', 'nakliyat', 'ithalat', 'ihracat']],
  ['charity', ['foundation', 'charity', 'charitable', 'relief', 'humanitarian', 'welfare', 'aid']],
];
for (const [kind, words] of WORDS) for (const w of words) KIND_OF.set(w, ORG_KIND[kind]);
/** Words of a body that is one of two kinds (above: a movement is armed or political). */
const WORDS_OF_TWO_KINDS: [OrgKindName, OrgKindName, string[]][] = [['armed', 'political', ['movement', 'party']]];
for (const [a, b, words] of WORDS_OF_TWO_KINDS) for (const w of words) KIND_OF.set(w, ORG_KIND[a] | ORG_KIND[b]);

/**
 * Words of a group's own name that say it is armed (since 1.123.0), though they weigh as names, not
 * as organisation words (score.ts tokenOrgKind reads them for a token of no vocabulary class):
 * jihad, the word of EGYPTIAN ISLAMIC JIHAD and of the Islamic Jihad Group, and the mujahideen, its
 * fighters. So "Egyptian Islamic Bank" and EGYPTIAN ISLAMIC JIHAD leave a bank and a jihad unpaired,
 * two kinds; a movement and a jihad do not exclude each other (Egyptian Islamic Movement is an alias
 * of that group). A person's given name Jihad meets no kind on a person's record.
 */
const NAME_WORD_KINDS = new Map<string, number>(
  ['jihad', 'jehad', 'djihad', 'jihadi', 'جهاد', 'الجهاد', 'mujahideen', 'mujahidin', 'mujahidun', 'mujahedin', 'mujahedeen', 'مجاهدين', 'المجاهدين', 'مجاهدون'].map((w): [string, number] => [w, ORG_KIND.armed]),
);

/** The kind a word of a name's own says (NAME_WORD_KINDS), 0 for any other. */
export function nameWordKindOf(text: string): number {
  return NAME_WORD_KINDS.get(text) ?? 0;
}

/** The kind bits of a token's normalised text (0: none), read through its English word where it translates one. */
export function orgKindOf(text: string): number {
  return KIND_OF.get(text) ?? KIND_OF.get(translatedOrgWord(text) ?? '') ?? 0;
}

/**
 * Whether two names' masks of unpaired kinds say two kinds of organisation: each side has one, and
 * no kind is on both (score.ts pairUp charges the words, explain.ts names them).
 */
export function kindsExclude(queryKinds: number, listedKinds: number): boolean {
  return queryKinds !== 0 && listedKinds !== 0 && (queryKinds & listedKinds) === 0;
}

/** Kind names by bit, in ORG_KIND's order. */
const NAMED_BITS = Object.entries(ORG_KIND) as [OrgKindName, number][];

/**
 * The name of a word's kinds, for explanations: "finance", or "armed or political" for a word of two
 * kinds; undefined for 0.
 */
export function orgKindName(kinds: number): string | undefined {
  if (kinds === 0) return undefined;
  return NAMED_BITS.filter(([, bit]) => (kinds & bit) !== 0).map(([name]) => name).join(' or ');
}
