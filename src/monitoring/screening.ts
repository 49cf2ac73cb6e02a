/**
 * Screening of everything an event names: each party (as a person, organisation or vessel query
 * with its country, birth date and identifiers) and each free-text field (remittance information,
 * purpose, descriptions, vessel names, notes). A hit is evidence for the rules and a finding of its
 * own: a party hit blocks the event (hard control C2), a text hit alerts.
 *
 * Two things keep this fast enough for payment streams:
 * - A cache keyed by the query: counterparties repeat (salaries, suppliers, remitters), and the
 *   same name screened against the same list version gives the same answer. The cache belongs to
 *   one Screener, i.e. one list version and threshold; a new list version means a new Screener.
 * - Free text is not screened word by word. It is cut into windows of 2 to 6 words, and only
 *   windows made mostly of words that occur in the list's names (compared as consonant skeletons,
 *   so transliterations still meet), with one word rare in the list or only list words, go to the
 *   engine.
 *   "Invoice 4411 cement" never reaches it; "for al-Nusrah Front brothers" does.
 */
import type { SanctionedParty } from '../lists/model.js';
import type { Match, MatchEngine } from '../matching/engine.js';
import type { Query, QuerySchema } from '../matching/query.js';
import { analyseName, nameText, type NameToken } from '../names/tokens.js';
import { STOP_WORDS } from '../names/common-names.js';
import { phoneticFold, skeleton } from '../names/keys.js';
import { isPlainAscii } from '../names/normalise.js';
import type { Party } from './party.js';

export interface ScreeningTarget {
  kind: 'party' | 'text';
  /** Where in the event: "creditor", "remittance.unstructured[0]", "transport.vessel", ... */
  path: string;
  /** For parties, the role; for texts, the field. */
  role: string;
  text: string;
  query?: Query;
  /**
   * For a party of the event (targets.ts): the party itself, instead of `query`. EngineScreener
   * builds its cache key straight from it (partyCacheKey) and its query (partyQuery) only when the
   * cache does not know the key: a warm worker finds nearly every party in the cache, and the
   * query's ten arrays per party were a tenth of what judging allocated.
   */
  party?: Party;
}

export interface ScreeningHit {
  kind: 'party' | 'text';
  path: string;
  role: string;
  /** What was screened: the party's name, or the window of text that matched. */
  screened: string;
  entityId: string;
  referenceNumber: string;
  caption: string;
  source: string;
  score: number;
  summary: string;
}

/** What the monitoring core needs from screening; a test or a remote service can stand in. */
export interface Screener {
  readonly threshold: number;
  readonly listVersions: { source: string; hash: string }[];
  screen(target: ScreeningTarget): ScreeningHit[];
}

/** A word of a text as windows() judges it. */
export interface WindowToken {
  text: string;
  stop: boolean;
  known: boolean;
  rare: boolean;
}

/** A word of digits alone in a normalised text (words are split on single spaces). */
const HAS_NUMBER_WORD = /(?:^| )[0-9]+(?: |$)/;
const DIGITS_ONLY = /^[0-9]+$/;

/** Arabic one-letter proclitics: wa- (and), fa- (so), bi- (with), li- (for), ka- (like). */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

const SCHEMA: Record<string, QuerySchema> = { person: 'Person', organization: 'Organization', 'financial-institution': 'Organization', vessel: 'Vessel' };

export function partyQuery(p: Party): Query | undefined {
  const name = p.name ? [p.name] : [];
  const ids = [...p.ids, ...(p.lei ? [p.lei] : [])];
  if (name.length === 0 && ids.length === 0) return undefined;
  return {
    id: p.role,
    schema: (p.type && SCHEMA[p.type]) || 'LegalEntity',
    name,
    birthDate: p.birthDate ? [p.birthDate] : [],
    nationality: [],
    country: p.country ? [p.country] : [],
    gender: [],
    idNumber: ids,
    passportNumber: [],
    address: [],
    imoNumber: [],
  };
}

/**
 * The screener's cache key of a query: every field of a monitoring query the engine reads (the
 * fields left out are always empty here; the id is only echoed back).
 */
export function queryCacheKey(q: Query): string {
  return `${q.schema}\u0001${q.name.join('\u0002')}\u0001${q.country.join(',')}\u0001${q.birthDate.join(',')}\u0001${q.idNumber.join(',')}\u0001${q.imoNumber.join(',')}`;
}

/**
 * queryCacheKey(partyQuery(p)), built from the party without the query (the same string: the
 * cache is shared with queries built otherwise); undefined where partyQuery is undefined.
 */
export function partyCacheKey(p: Party): string | undefined {
  if (!p.name && p.ids.length === 0 && !p.lei) return undefined;
  const ids = p.lei ? (p.ids.length > 0 ? `${p.ids.join(',')},${p.lei}` : p.lei) : p.ids.join(',');
  return `${(p.type && SCHEMA[p.type]) || 'LegalEntity'}\u0001${p.name || ''}\u0001${p.country || ''}\u0001${p.birthDate || ''}\u0001${ids}\u0001`;
}

export function vesselQuery(v: { imo?: string; name?: string; flag?: string }): Query | undefined {
  if (!v.name && !v.imo) return undefined;
  return {
    id: 'vessel', schema: 'Vessel', name: v.name ? [v.name] : [], birthDate: [], nationality: [], country: v.flag ? [v.flag] : [],
    gender: [], idNumber: [], passportNumber: [], address: [], imoNumber: v.imo ? [v.imo] : [],
  };
}

export interface EngineScreenerOptions {
  threshold?: number;
  /** Distinct queries remembered (default 100,000: a few tens of MB). */
  cacheSize?: number;
  /** A list word is "common" when more than this share of listed parties carry it (default 0.01). */
  commonShare?: number;
}

export class EngineScreener implements Screener {
  readonly threshold: number;
  readonly listVersions: { source: string; hash: string }[];
  readonly stats = { queries: 0, cacheHits: 0, textWindows: 0, textWindowsScreened: 0, textCacheHits: 0, textTemplated: 0 };
  private readonly cache = new Map<string, Match[]>();
  /**
   * Free text -> the (window, match) pairs it gave, in order. Cutting a text into windows (analysing
   * every word) costs more than looking its windows up in `cache`, and texts repeat ("rent",
   * "family support"); the answer depends on nothing but the text, this list and the threshold.
   */
  private readonly textCache = new Map<string, { phrase: string; match: Match }[]>();
  /**
   * Digit template -> its judged tokens and the places of its number tokens (windowTokens): a stream's
   * unique texts are mostly the same words around a new number, and analysing those words was most of
   * what a unique remittance text cost. null: a template whose texts are analysed whole.
   */
  private readonly digitTemplates = new Map<string, { tokens: WindowToken[]; slots: number[] } | null>();
  private readonly cacheSize: number;
  /** Skeleton of every word in the list's names -> number of parties carrying it. */
  private readonly listWords = new Map<string, number>();
  private readonly commonLimit: number;

  constructor(private readonly engine: MatchEngine, parties: SanctionedParty[], options: EngineScreenerOptions = {}) {
    this.threshold = options.threshold ?? engine.defaultThreshold;
    this.listVersions = engine.listVersions;
    this.cacheSize = options.cacheSize ?? 100_000;
    for (const p of parties) {
      const seen = new Set<string>();
      for (const n of p.names) for (const t of analyseName(n.full).tokens) seen.add(skeleton(t.folded));
      for (const s of seen) this.listWords.set(s, (this.listWords.get(s) ?? 0) + 1);
    }
    this.commonLimit = Math.max(3, Math.ceil(parties.length * (options.commonShare ?? 0.01)));
  }

  screen(target: ScreeningTarget): ScreeningHit[] {
    if (target.kind === 'party') {
      const matches = target.party !== undefined ? this.runParty(target.party) : target.query ? this.run(target.query) : undefined;
      return matches === undefined || matches.length === 0 ? [] : matches.map((m) => toHit(target, target.text, m));
    }
    let found = this.textCache.get(target.text);
    if (found) this.stats.textCacheHits++;
    else {
      found = this.screenText(target.text);
      this.remember(this.textCache, target.text, found);
    }
    return found.map((f) => toHit(target, f.phrase, f.match));
  }

  /** Each listed party a text names, once, with the first (longest) window that matched it. */
  private screenText(text: string): { phrase: string; match: Match }[] {
    const out: { phrase: string; match: Match }[] = [];
    // Made at the first match: most texts screened match nothing.
    let seen: Set<string> | undefined;
    const matched: { start: number; end: number }[] = [];
    for (const w of this.windows(text)) {
      // A window inside one that already matched adds nothing but cost.
      if (matched.some((m) => m.start <= w.start && w.end <= m.end)) continue;
      const found = this.run(nameQuery(w.phrase));
      if (found.length > 0) matched.push(w);
      for (const m of found) {
        seen ??= new Set<string>();
        if (seen.has(m.entityId)) continue;
        seen.add(m.entityId);
        out.push({ phrase: w.phrase, match: m });
      }
    }
    return out;
  }

  /**
   * Windows of 2-6 consecutive words worth screening (see the file comment), longest first, at most
   * 16 per text. Stop words ("for", "the") neither start nor end a window nor count as list words.
   */
  windows(text: string): { phrase: string; start: number; end: number }[] {
    const { windows, considered } = selectWindows(this.windowTokens(text));
    this.stats.textWindows += considered;
    this.stats.textWindowsScreened += windows.length;
    return windows;
  }

  /**
   * The words of a text as windows() judges them: analyseName's tokens, each marked stop, known or
   * rare. A plain-ASCII text with number words ("INVOICE 512345 CEMENT") goes through its digit
   * template (digitTemplate below): the words around the numbers are analysed once per template,
   * and only the numbers themselves are judged per text. Same tokens either way
   * (test/monitoring/judge-text-windows.test.ts); any other text is analysed whole.
   */
  windowTokens(text: string): WindowToken[] {
    // Cut as analyseName cuts it (its own first step), so the template's words are the text's.
    const normalised = isPlainAscii(text) ? nameText(text).normalised : undefined;
    if (normalised === undefined || !HAS_NUMBER_WORD.test(normalised)) return this.analysedTokens(text);
    const words = normalised.split(' ');
    const numbers: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!DIGITS_ONLY.test(w)) continue;
      numbers.push(w);
      words[i] = '0';
    }
    const key = words.join(' ');
    let template = this.digitTemplates.get(key);
    if (template === undefined) {
      template = this.digitTemplate(key, numbers.length);
      this.remember(this.digitTemplates, key, template);
    }
    if (template === null) return this.analysedTokens(text);
    this.stats.textTemplated++;
    const out = template.tokens.slice();
    for (let k = 0; k < numbers.length; k++) {
      const digits = numbers[k] as string;
      out[template.slots[k] as number] = this.judge({ text: digits, script: 'digits', latin: digits, folded: phoneticFold(digits) });
    }
    return out;
  }

  /**
   * The tokens of a digit template ("invoice 0 cement": each number word of a normalised ASCII text
   * written 0) and where its number tokens are, or null when its "0" tokens are not exactly its
   * number words (then its texts are analysed whole). Why a number word can be filled in afterwards:
   * in analyseName a word of digits is a token of script "digits" whose text and Latin form are the
   * word and whose fold is phoneticFold of it; no title, article, kunya, nasab, Abd or divine name is
   * made of digits, no Abd spelling starts with one, and every rule that reads a neighbour asks for
   * Latin or Arabic letters it cannot start with, so it is never dropped, joined or moved, and what
   * happens to the words around it is the same for every number. The test checks those sets and
   * compares both paths on random texts.
   */
  private digitTemplate(key: string, numbers: number): { tokens: WindowToken[]; slots: number[] } | null {
    const analysed = analyseName(key).tokens;
    const slots: number[] = [];
    for (let i = 0; i < analysed.length; i++) {
      const t = analysed[i] as NameToken;
      if (t.script === 'digits' && t.text === '0') {
        if (t.latin !== '0' || t.folded !== phoneticFold('0')) return null;
        slots.push(i);
      }
    }
    if (slots.length !== numbers) return null;
    return { tokens: analysed.map((t) => this.judge(t)), slots };
  }

  /** Every token of the text analysed whole, judged: the plain path, which windowTokens equals. */
  analysedTokens(text: string): WindowToken[] {
    return analyseName(text).tokens.map((t) => this.judge(t));
  }

  /**
   * One token as a window word: stop, a list word, rare in the list. An Arabic word that is not a
   * list word is tried without a one-letter proclitic (و ف ب ل ك: "and", "so", "with", "for",
   * "like"), which Arabic writes attached: "لجبهة" = "for the Front".
   */
  private judge(t: Pick<NameToken, 'text' | 'script' | 'latin' | 'folded'>): WindowToken {
    let word = t.text;
    let s = skeleton(t.folded);
    let df = this.listWords.get(s);
    if (df === undefined && t.script === 'arabic' && PROCLITICS.has(word[0] ?? '') && word.length > 3) {
      const stripped = analyseName(word.slice(1)).tokens[0];
      const s2 = stripped ? skeleton(stripped.folded) : '';
      if (s2 !== '' && this.listWords.has(s2)) {
        word = word.slice(1);
        s = s2;
        df = this.listWords.get(s2);
      }
    }
    // One-consonant words ("to", "a") match too much of the list to be evidence of anything.
    const stop = STOP_WORDS.has(t.latin) || STOP_WORDS.has(t.text) || s.length < 2;
    return { text: word, stop, known: df !== undefined && !stop, rare: df !== undefined && !stop && df <= this.commonLimit && s.length >= 3 };
  }

  private run(q: Query): Match[] {
    const key = queryCacheKey(q);
    return this.cached(key) ?? this.screenAndRemember(key, q);
  }

  /** A party's matches, its query built only on a cache miss (undefined: nothing to screen). */
  private runParty(p: Party): Match[] | undefined {
    const key = partyCacheKey(p);
    if (key === undefined) return undefined;
    return this.cached(key) ?? this.screenAndRemember(key, partyQuery(p)!);
  }

  /** The remembered matches of a query key, counted as a query (and a hit when found). */
  private cached(key: string): Match[] | undefined {
    this.stats.queries++;
    const found = this.cache.get(key);
    if (found) this.stats.cacheHits++;
    return found;
  }

  private screenAndRemember(key: string, q: Query): Match[] {
    const matches = this.engine.screen(q, { threshold: this.threshold, limit: 3 }).filter((m) => m.match);
    this.remember(this.cache, key, matches);
    return matches;
  }

  /** Adds to one of the caches, first dropping its oldest entry when it holds cacheSize already. */
  private remember<V>(cache: Map<string, V>, key: string, value: V): void {
    if (cache.size >= this.cacheSize) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
}

/**
 * The windows of 2-6 words worth screening among a text's words (EngineScreener.windows), longest
 * first, and how many windows were considered; exported for the test that states the rule plainly.
 */
export function selectWindows(tokens: readonly WindowToken[]): { windows: { phrase: string; start: number; end: number }[]; considered: number } {
  let considered = 0;
  const out: { phrase: string; start: number; end: number }[] = [];
  for (let size = Math.min(6, tokens.length); size >= 2; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      considered++;
      // Worth the engine's time: starts and ends on list words, mostly list words, and either one
      // of them rare in the list or every content word a list word ("جبهة النصرة", "Qaida in Iraq":
      // common words, but together). Counted over the window in place: a slice and two filters
      // per window were most of what a unique remittance text allocated here.
      if (!(tokens[i] as WindowToken).known || !(tokens[i + size - 1] as WindowToken).known) continue;
      let known = 0;
      let content = 0;
      let rare = false;
      for (let k = i; k < i + size; k++) {
        const t = tokens[k] as WindowToken;
        if (t.known) known++;
        if (!t.stop) content++;
        if (t.rare) rare = true;
      }
      if (!(rare || known === content) || known * 2 < content) continue;
      let phrase = (tokens[i] as WindowToken).text;
      for (let k = i + 1; k < i + size; k++) phrase += ` ${(tokens[k] as WindowToken).text}`;
      if (out.some((o) => o.phrase === phrase)) continue;
      out.push({ phrase, start: i, end: i + size });
      if (out.length >= 16) break;
    }
  }
  return { windows: out, considered };
}

function nameQuery(name: string): Query {
  return { id: 'text', schema: 'LegalEntity', name: [name], birthDate: [], nationality: [], country: [], gender: [], idNumber: [], passportNumber: [], address: [], imoNumber: [] };
}

function toHit(t: ScreeningTarget, screened: string, m: Match): ScreeningHit {
  return {
    kind: t.kind,
    path: t.path,
    role: t.role,
    screened,
    entityId: m.entityId,
    referenceNumber: m.referenceNumber,
    caption: m.caption,
    source: m.source,
    score: m.score,
    summary: m.explanation.summary,
  };
}
