/**
 * Kidnap-for-ransom pack (domain brief s.4.3 and hard control C5). Ransoms were one of ISIL's main
 * revenues (FATF 2015: USD 20-45 m a year), paid in cash or through firms that hid them. The
 * signals: a customer known to have a kidnapped national moves large sums to the region, K&R
 * insurance money is followed by cash, and the narrative says what the payment is for. Paying a
 * ransom to a listed party is prohibited whoever pays (res. 2253): such a payment is blocked (C5).
 */
import type { FactInput, PackModule } from '../facts.js';
import { daysBefore, type HistoryRecord } from '../history.js';
import { partyKey, type Party } from '../party.js';
import type { PaymentEvent } from '../payment.js';
import { keywordHits } from '../text.js';

const DESIGN = 'design default';
const REGION = { type: 'strings' as const, default: ['SY', 'IQ', 'TR', 'LB', 'JO'], description: 'countries that count as "the region"', source: `${DESIGN}: Syria, Iraq and the neighbours through which cash moved (domain brief s.4.3 "in the region")` };
const CASH_LIKE = ['cash', 'atm', 'msb', 'hawala'];

const PAYER_ROLES = ['debtor', 'ultimateDebtor', 'initiatingParty'] as const;
const RECEIVING_ROLES = ['creditor', 'ultimateCreditor', 'creditorAgent', 'intermediaryAgent1', 'intermediaryAgent2', 'intermediaryAgent3'] as const;

/** History kinds that count as a ransom claim for KFR-2. */
const CLAIM_KINDS = ['flag.kr-claim', 'flag.crisis-consultant', 'payment.in.insurer'];

export const ransomPack: PackModule = {
  id: 'ransom',
  title: 'Kidnap for ransom (res. 2133, 2199 para 19, 2253)',
  factsKey: 'kfr',
  // History kinds its facts read (facts.ts PackModule.historyKinds): KFR-1's flag, KFR-2's claims.
  historyKinds: ['flag.kidnapping', ...CLAIM_KINDS],
  rules: [
    {
      code: 'KFR-1',
      pack: 'ransom',
      title: 'Large cash or wire to the region by a customer with a kidnapped national',
      appliesTo: ['payment'],
      when: 'kfr.kidnapFlagDate != "" && moneyGte(event.amount, p.minAmount) && (kfr.cashLike || kfr.toRegion)',
      evidence: '{"kidnappingFlag": kfr.kidnapFlagDate, "flaggedParty": kfr.kidnapFlagParty, "amount": event.amount, "threshold": p.minAmount, "channel": event.channel, "regionLinks": kfr.regionLinks}',
      action: 'alert',
      score: 90,
      source: 'Domain brief s.4.3 KFR-1; FATF, Financing of the terrorist organisation ISIL (2015); UK government (2014: USD 2.5 m average per foreign hostage)',
      params: {
        minAmount: { type: 'money', default: { currency: 'USD', minor: 25_000_000 }, description: 'amount from which a payment counts as large', source: 'domain brief KFR-1 (>= USD 250,000)' },
        lookbackDays: { type: 'number', default: 365, description: 'how long a kidnapping flag stays relevant', source: `${DESIGN} (hostages were held for months, often over a year)` },
        regionCountries: REGION,
      },
    },
    {
      code: 'KFR-2',
      pack: 'ransom',
      title: 'K&R insurance claim or crisis consultant, followed by cash or transfers to the region',
      appliesTo: ['payment'],
      when: 'kfr.claimDate != "" && (kfr.cashLike || kfr.toRegion) && moneyGte(event.amount, p.minAmount)',
      evidence: '{"claim": kfr.claimDate, "claimKind": kfr.claimKind, "amount": event.amount, "channel": event.channel, "regionLinks": kfr.regionLinks, "windowDays": p.windowDays}',
      action: 'alert',
      score: 80,
      source: 'Domain brief s.4.3 KFR-2 and C5 ("K&R products must route such claims to compliance hold")',
      params: {
        windowDays: { type: 'number', default: 60, description: 'days after a claim or consultant invoice during which cash movements count', source: DESIGN },
        minAmount: { type: 'money', default: { currency: 'USD', minor: 1_000_000 }, description: 'ignore payments below this amount', source: `${DESIGN} (USD 10,000: below it the pattern is noise)` },
      },
    },
    {
      code: 'KFR-3',
      pack: 'ransom',
      title: 'Ransom narrative on an outgoing payment',
      appliesTo: ['payment'],
      when: 'kfr.outgoing && (size(kfr.keywords) > 0 || (size(kfr.weakKeywords) > 0 && kfr.kidnapFlagDate != ""))',
      evidence: '{"keywords": kfr.keywords, "weakKeywords": kfr.weakKeywords, "kidnappingFlag": kfr.kidnapFlagDate, "regionLinks": kfr.regionLinks}',
      action: 'alert',
      score: 85,
      source: 'Domain brief s.4.3 KFR-3 (ransom, release, hostage; Arabic equivalents)',
      params: {
        keywords: {
          type: 'strings',
          default: ['ransom', 'hostage', 'kidnap', 'abduct', 'rançon', 'otage', 'enlèvement', 'فدية', 'رهينة', 'رهائن', 'خطف', 'مختطف', 'اختطاف', 'fidye', 'rehine', 'rescate', 'secuestro', 'lösegeld', 'geisel', 'выкуп', 'заложник'],
          description: 'words that name a ransom (English, French, Arabic, Turkish, Spanish, German, Russian)',
          source: 'domain brief KFR-3; translations from standard dictionaries (design selection)',
        },
        weakKeywords: {
          type: 'strings',
          default: ['release', 'libération', 'liberation', 'إطلاق سراح', 'الافراج', 'serbest bırakma'],
          description: 'words that name a release: too common alone, they count with a kidnapping flag on the payer',
          source: 'domain brief KFR-3 ("release"); made conditional to keep "payment release" narratives quiet (design default)',
        },
      },
    },
    {
      code: 'C5',
      pack: 'ransom',
      title: 'Ransom to a listed party: prohibited whoever pays (block)',
      appliesTo: ['payment'],
      when: '(size(kfr.keywords) > 0 || kfr.kidnapFlagDate != "") && size(screening.hits) > 0',
      evidence: '{"keywords": kfr.keywords, "kidnappingFlag": kfr.kidnapFlagDate, "listed": screening.hits.map(h, h.caption + " (" + h.referenceNumber + ")")}',
      action: 'block',
      hardControl: 'C5',
      score: 100,
      source: 'Domain brief s.3 C5; res. 2133 (2014), res. 2199 (2015) para 19, res. 2253 (2015)',
      params: {},
    },
  ],
  facts: ransomFacts,
};

/** Country and area links of a payment's receiving side to the region. Shared with the fighters pack. */
export function regionLinks(e: PaymentEvent, geo: FactInput['common']['geo'], region: readonly string[]): string[] {
  const links: string[] = [];
  for (const role of RECEIVING_ROLES) {
    const c = e.parties[role]?.country;
    if (c && region.includes(c)) links.push(`${role} in ${c}`);
  }
  if (e.location?.country && region.includes(e.location.country)) links.push(`paid out in ${e.location.country}`);
  for (const g of geo) if (g.by !== 'near' && (g.role === 'creditor' || g.role === 'ultimateCreditor' || g.role === 'location')) links.push(`${g.role} in ${g.areaName}`);
  // Mostly none or one: nothing to remove, and no Set and copy to make.
  return links.length < 2 ? links : [...new Set(links)];
}

function latest(records: readonly HistoryRecord[]): HistoryRecord | undefined {
  return records[records.length - 1];
}

function ransomFacts(input: FactInput): Record<string, unknown> | undefined {
  const { event: e, common, history } = input;
  if (e.kind !== 'payment') return undefined;
  const p1 = input.params('KFR-1');
  const p2 = input.params('KFR-2');
  const p3 = input.params('KFR-3');
  // The payers in this order, each with its history key computed once (it was four times a payer).
  const payers: Party[] = [];
  const keys: string[] = [];
  for (const role of PAYER_ROLES) {
    const p = e.parties[role];
    if (p === undefined) continue;
    payers.push(p);
    keys.push(partyKey(p));
  }

  let flag: { date: string; party: string } | undefined;
  const flagFrom = daysBefore(e.date, p1.lookbackDays as number);
  for (let i = 0; i < payers.length; i++) {
    const r = latest(history.query(keys[i] as string, 'flag.kidnapping', flagFrom, e.date));
    if (r && (!flag || r.date > flag.date)) flag = { date: r.date, party: (payers[i] as Party).name ?? (keys[i] as string) };
  }
  let claim: { date: string; kind: string } | undefined;
  const claimFrom = daysBefore(e.date, p2.windowDays as number);
  for (let i = 0; i < payers.length; i++) {
    for (const kind of CLAIM_KINDS) {
      const r = latest(history.query(keys[i] as string, kind, claimFrom, e.date));
      if (r && (!claim || r.date > claim.date)) claim = { date: r.date, kind };
    }
  }
  const region = p1.regionCountries as string[];
  const links = regionLinks(e, common.geo, region);
  return {
    outgoing: e.direction === 'outgoing',
    cashLike: CASH_LIKE.includes(e.channel),
    // KFR-2 reads the same region as KFR-1 (one definition of "the region" per pack).
    toRegion: links.length > 0,
    regionLinks: links,
    kidnapFlagDate: flag?.date ?? '',
    kidnapFlagParty: flag?.party ?? '',
    claimDate: claim?.date ?? '',
    claimKind: claim?.kind ?? '',
    keywords: keywordHits(common.narrative, p3.keywords as string[]),
    weakKeywords: keywordHits(common.narrative, p3.weakKeywords as string[]),
  };
}
