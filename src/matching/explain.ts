/**
 * Explanations, built from the same numbers the score came from, for analysts to read and for
 * replay: which query name met which listed name, each token pairing with its cost, weight and
 * contribution, each piece of other evidence with its sign and weight, and the versions that
 * produced the result (list source + hash, algorithm version, threshold).
 */
import type { AliasQuality, NameType } from '../lists/model.js';
import type { EvidenceItem } from './evidence.js';
import type { PreparedName, PreparedToken } from './prepared.js';
import { similarityBesideDistinctNames, tokenOrgKind, type AlignmentKind, type NameScore } from './score.js';
import { kindsExclude, orgKindName } from '../names/org-kinds.js';
import { distinctClassOf } from './form-shape.js';
import { distinctNamesApart, distinctNamesOf } from '../names/distinct-names.js';

export interface ExplainedToken {
  text: string;
  role: string;
  script: string;
}

export interface ExplainedAlignment {
  kind: AlignmentKind;
  query: ExplainedToken[];
  listed: ExplainedToken[];
  /** Weighted edit cost of the pairing (0 = identical after folding); absent for unmatched tokens. */
  cost?: number;
  similarity: number;
  /** Information weight of the pairing (the smaller of the two sides) or of the unmatched token. */
  weight: number;
  /** Share of the name score this line accounts for (positive: agreement, negative: loss). */
  contribution: number;
}

export interface ExplainedName {
  queryName: string;
  listedName: string;
  nameType: NameType;
  aliasQuality: AliasQuality;
  /** Titles and honorifics removed before matching (Sheikh, Mullah, Dr ...). */
  removedTitles: string[];
  /** S = agreement / (agreement + loss + prior) x (1 - exp(-agreement / sufficiencyScale)). */
  score: number;
  agreement: number;
  loss: number;
  prior: number;
  tokens: ExplainedAlignment[];
  /**
   * Since 1.12.0: set (to that party's reference number) when another party paired every query
   * token and scored at least as high, so this name's unmatched query tokens were charged their
   * whole weight instead of a middle-name or typed-title share.
   */
  queryChargedInFull?: string;
  /**
   * Since 1.88.0: unmatched query and listed tokens that are two different names of the
   * distinct-names table (Mahmoud and Mohammed), which is why they were not paired; absent when none.
   */
  differentNames?: DifferentNames[];
  /**
   * Since 1.104.0: the unpaired words of the two names that say they are different kinds of
   * organisation (a bank against a brigade: names/org-kinds.ts), each charged at the
   * conflicting-kind weight at least; absent when none.
   */
  differentKinds?: { query: OrgKindWord[]; listed: OrgKindWord[] };
}

/** An organisation word and the kind of organisation it names ("armed or political" for a movement). */
export interface OrgKindWord {
  text: string;
  kind: string;
}

/** An unmatched query token and an unmatched listed token that are two different names. */
export interface DifferentNames {
  query: string;
  listed: string;
  /** The names each may be (names/distinct-names.ts): ["Mahmud"] and ["Muhammad"]. */
  queryNames: string[];
  listedNames: string[];
}

export interface ExplainedEvidence {
  kind: EvidenceItem['kind'];
  outcome: string;
  sign: '+' | '-';
  /** Log-odds added to the name evidence. */
  weight: number;
  query?: string;
  listed?: string;
}

export interface Explanation {
  /** One sentence an analyst can read first. */
  summary: string;
  /**
   * How the final score was put together:
   *   finalLogOdds = nameLogOdds + aliasQualityLogOdds + koreanSyllablesLogOdds + evidenceLogOdds,
   *   score = sigmoid(finalLogOdds)
   * (with identifierFloorApplied, the name part was raised to the identifier floor first; with
   * exactNameFloorApplied, the name score to the floor of a name met word for word).
   */
  scoring: {
    nameScore: number | null;
    nameLogOdds: number;
    aliasQualityLogOdds: number;
    /** Two Korean names each holding a syllable the other lacks (engine.ts koreanAdjustment): 0 or negative. */
    koreanSyllablesLogOdds: number;
    identifierFloorApplied: boolean;
    /** The best name was the listed organisation's given word for word, its score raised to NAME.exactNameFloor (exact-names.ts). */
    exactNameFloorApplied: boolean;
    evidenceLogOdds: number;
    finalLogOdds: number;
    score: number;
  };
  name: ExplainedName | null;
  evidence: ExplainedEvidence[];
  threshold: number;
  algorithmVersion: string;
  listVersions: { source: string; hash: string }[];
}

const round = (x: number, digits = 4): number => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function tok(t: PreparedToken): ExplainedToken {
  return { text: t.text, role: t.role, script: t.script };
}

function toks(from: PreparedToken[], at: number[]): ExplainedToken[] {
  const out: ExplainedToken[] = [];
  for (const i of at) out.push(tok(from[i] as PreparedToken));
  return out;
}

export function explainName(q: PreparedName, l: PreparedName, s: NameScore, prior: number): ExplainedName {
  const denominator = s.agreement + s.loss + prior;
  const tokens: ExplainedAlignment[] = [];
  for (const a of s.alignments ?? []) {
    const query = toks(q.tokens, a.query);
    const listed = toks(l.tokens, a.listed);
    const similarity = round(a.similarity, 3);
    const weight = round(a.weight, 3);
    const contribution = round(denominator > 0 ? (a.agreement > 0 ? a.agreement : -a.loss) / denominator : 0);
    // Two literals rather than a spread: the cost (when known) stands between the tokens and the similarity.
    tokens.push(a.cost !== undefined && Number.isFinite(a.cost) ? { kind: a.kind, query, listed, cost: round(a.cost, 3), similarity, weight, contribution } : { kind: a.kind, query, listed, similarity, weight, contribution });
  }
  const out: ExplainedName = {
    queryName: q.full,
    listedName: l.full,
    nameType: l.type === 'query' ? 'primary' : l.type,
    aliasQuality: l.quality,
    removedTitles: [...q.titles, ...l.titles],
    score: round(s.score),
    agreement: round(s.agreement, 3),
    loss: round(s.loss, 3),
    prior,
    tokens,
  };
  const different = differentNames(q, l, s);
  if (different.length > 0) out.differentNames = different;
  const kinds = differentKinds(q, l, s);
  if (kinds) out.differentKinds = kinds;
  return out;
}

/**
 * The unpaired organisation words of each name with their kinds, when the kinds of the two sides
 * exclude each other (as score.ts pairUp judged them: each side has one, no kind on both).
 */
function differentKinds(q: PreparedName, l: PreparedName, s: NameScore): ExplainedName['differentKinds'] {
  const query: OrgKindWord[] = [];
  const listed: OrgKindWord[] = [];
  let queryKinds = 0;
  let listedKinds = 0;
  for (const a of s.alignments ?? []) {
    const side = a.kind === 'unmatched-query' ? q.tokens[a.query[0] as number] : a.kind === 'unmatched-listed' ? l.tokens[a.listed[0] as number] : undefined;
    if (side === undefined) continue;
    const bit = tokenOrgKind(side);
    const kind = bit === 0 ? undefined : orgKindName(bit);
    if (kind === undefined) continue;
    if (a.kind === 'unmatched-query') {
      queryKinds |= bit;
      query.push({ text: side.text, kind });
    } else {
      listedKinds |= bit;
      listed.push({ text: side.text, kind });
    }
  }
  return kindsExclude(queryKinds, listedKinds) ? { query, listed } : undefined;
}

/**
 * The unmatched tokens of the two names that are two different names of the distinct-names table and
 * would have paired on their letters (Mahmoud and Mohammed; not Hasan and Khalil, which the table
 * did not keep apart).
 */
function differentNames(q: PreparedName, l: PreparedName, s: NameScore): DifferentNames[] {
  // The unmatched tokens of each side that are names of the table, each with its class (looked up once).
  const unmatchedQuery: [PreparedToken, number][] = [];
  const unmatchedListed: [PreparedToken, number][] = [];
  for (const a of s.alignments ?? []) {
    if (a.kind === 'unmatched-query') classed(q.tokens, a.query, unmatchedQuery);
    else if (a.kind === 'unmatched-listed') classed(l.tokens, a.listed, unmatchedListed);
  }
  const out: DifferentNames[] = [];
  for (const [qt, qc] of unmatchedQuery) {
    for (const [lt, lc] of unmatchedListed) {
      if (distinctNamesApart(qc, lc) && similarityBesideDistinctNames(qt, lt) > 0) out.push({ query: qt.text, listed: lt.text, queryNames: distinctNamesOf(qc), listedNames: distinctNamesOf(lc) });
    }
  }
  return out;
}

/** Appends tokens[i] for each i of `at` that is a name of the distinct-names table, with its class. */
function classed(tokens: PreparedToken[], at: number[], out: [PreparedToken, number][]): void {
  for (const i of at) {
    const t = tokens[i] as PreparedToken;
    const c = distinctClassOf(t);
    if (c !== 0) out.push([t, c]);
  }
}

export function explainEvidence(items: EvidenceItem[]): ExplainedEvidence[] {
  const out: ExplainedEvidence[] = [];
  for (const e of items) {
    const x: ExplainedEvidence = { kind: e.kind, outcome: e.outcome, sign: e.sign, weight: round(e.weight, 3) };
    // Present only when given, in this order (as the items are serialised).
    if (e.query !== undefined) x.query = e.query;
    if (e.listed !== undefined) x.listed = e.listed;
    out.push(x);
  }
  return out;
}

export function summarise(name: ExplainedName | null, evidence: ExplainedEvidence[], score: number, threshold: number): string {
  const parts: string[] = [];
  if (name) {
    let matched = 0;
    let unmatchedQ = 0;
    for (const t of name.tokens) {
      if (t.kind === 'unmatched-query') unmatchedQ++;
      else if (t.kind !== 'unmatched-listed') matched++;
    }
    const quality = name.nameType === 'alias' ? ` (${name.aliasQuality} alias)` : name.nameType === 'original-script' ? ' (original script)' : ' (primary name)';
    const inFull = name.queryChargedInFull !== undefined ? ` (charged in full: ${name.queryChargedInFull} pairs every query token)` : '';
    const different = name.differentNames?.map((d) => `"${d.query}" and "${d.listed}" are different names`).join(', ');
    const kinds = name.differentKinds && `${name.differentKinds.query.map((w) => `"${w.text}" (${w.kind})`).join(', ')} and ${name.differentKinds.listed.map((w) => `"${w.text}" (${w.kind})`).join(', ')} name different kinds of organisation`;
    const notes = [different, kinds].filter((x) => x).join('; ');
    parts.push(`"${name.queryName}" met "${name.listedName}"${quality}: ${matched} token pairing(s)${unmatchedQ > 0 ? `, ${unmatchedQ} query token(s) unmatched${inFull}` : ''}${notes ? ` (${notes})` : ''}, name score ${name.score}`);
  } else {
    parts.push('no name compared');
  }
  const forE: string[] = [];
  const againstE: string[] = [];
  for (const e of evidence) {
    if (e.sign === '+' && e.weight > 0) forE.push(`${e.kind} ${e.outcome}`);
    else if (e.sign === '-') againstE.push(`${e.kind} ${e.outcome}`);
  }
  if (forE.length) parts.push(`for: ${forE.join('; ')}`);
  if (againstE.length) parts.push(`against: ${againstE.join('; ')}`);
  parts.push(`score ${round(score)} ${score >= threshold ? '>=' : '<'} threshold ${threshold}`);
  return parts.join('. ');
}

export { round };
