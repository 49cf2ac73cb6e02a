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
 * Only words whose kind is plain are here. Group, organisation, movement, network, committee,
 * office (bureau), centre, council, union, fund and trust name many kinds (a trust may be a bank or
 * a charity; an office or a bureau, a money exchange) and belong to none; a company's legal form neither (a front
 * company of an armed group is a company too). The words are the English ones of ORG_WORDS; the
 * names' other languages come in through org-words.ts translatedOrgWord (Bataillon, كتيبة).
 */
import { translatedOrgWord } from './org-words.js';

/** Kinds, as bits: a word has at most one; two names' kinds are compared as masks. */
export const ORG_KIND = { finance: 1, armed: 2, commerce: 4, charity: 8 } as const;

export type OrgKindName = keyof typeof ORG_KIND;

const KIND_OF = new Map<string, number>();
const WORDS: [OrgKindName, string[]][] = [
  ['finance', ['bank', 'exchange', 'money', 'investment', 'investments']],
  ['armed', ['brigade', 'brigades', 'battalion', 'army', 'front', 'fighting']],
  ['commerce', ['trading', 'trade', 'traders', 'travel', 'transport', 'shipping', 'logistics', 'import', 'export', 'industries', 'industrial', 'industry', 'commerce', 'commercial', 'enterprises', 'enterprise', 'ticaret', 'sanayi', 'nakliyat']],
  ['charity', ['foundation', 'charity', 'charitable', 'relief', 'humanitarian', 'welfare', 'aid']],
];
for (const [kind, words] of WORDS) for (const w of words) KIND_OF.set(w, ORG_KIND[kind]);

/** The kind bit of a token's normalised text (0: none), read through its English word where it translates one. */
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

/** Kind names by bit (a map built once: explanations ask for every unpaired token). */
const NAME_OF = new Map<number, OrgKindName>((Object.entries(ORG_KIND) as [OrgKindName, number][]).map(([name, bit]) => [bit, name]));

/** The name of a kind bit, for explanations (undefined for 0 and for a mask of several kinds). */
export function orgKindName(bit: number): OrgKindName | undefined {
  return NAME_OF.get(bit);
}
