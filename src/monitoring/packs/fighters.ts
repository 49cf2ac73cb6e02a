/**
 * Foreign terrorist fighters pack (domain brief s.4.5). Fighters and their supporters moved money
 * through cash-outs in the Turkish border provinces, small transfers to agents near ISIL-held
 * territory, and liquidated what they had before leaving (loans never repaid, accounts closed,
 * assets sold, a one-way ticket to Turkey). Hawala and cash couriers carried the rest.
 */
import type { FactInput, PackModule } from '../facts.js';
import { daysBefore } from '../history.js';
import { partyKey } from '../party.js';
import { regionLinks } from './ransom.js';

const DESIGN = 'design default';
const BORDER_KINDS = ['border-province', 'border-town', 'crossing', 'border-village'];
const RISK_KINDS = ['governorate', 'governorate-part', 'border-town', 'crossing', 'border-province', 'border-village', 'oil-field'];
const CASH_OUT = ['atm', 'cash', 'msb', 'card'];
export const LIQUIDATION_FLAGS = ['loan-drawn', 'loan-default', 'account-closure', 'asset-sale', 'one-way-ticket', 'benefit-fraud'];
/** Their history kinds, made once (a template string per flag per event before). */
const LIQUIDATION_KINDS = LIQUIDATION_FLAGS.map((f) => `flag.${f}`);

export const fightersPack: PackModule = {
  id: 'fighters',
  title: 'Foreign terrorist fighters and their supporters (res. 2178, 2199, 2396)',
  factsKey: 'ftf',
  // History kinds its facts read (facts.ts PackModule.historyKinds): FTF-3's liquidation flags, FTF-1's cash-outs.
  historyKinds: [...LIQUIDATION_KINDS, 'cashout.border'],
  rules: [
    {
      code: 'FTF-1',
      pack: 'fighters',
      title: 'Cash-outs in border areas by a customer with no prior pattern there',
      appliesTo: ['payment'],
      when: 'ftf.cashOut && size(ftf.borderAreas) > 0 && ftf.recentBorderCashouts + 1.0 >= p.minEvents && ftf.priorBorderCashouts == 0.0',
      evidence: '{"customer": ftf.customer, "areas": ftf.borderAreas, "cashoutsInWindow": ftf.recentBorderCashouts + 1.0, "windowDays": p.windowDays, "channel": event.channel}',
      action: 'alert',
      score: 65,
      source: 'Domain brief s.4.5 FTF-1; CTC Sentinel (2016) (payouts from MTOs on the Turkey-Syria border); the ATM pattern is a design assumption',
      params: {
        minEvents: { type: 'number', default: 2, description: 'cash-outs in border areas within the window, this one included', source: 'domain brief FTF-1 (>= 2 events in 14 days)' },
        windowDays: { type: 'number', default: 14, description: 'window in days', source: 'domain brief FTF-1' },
        priorDays: { type: 'number', default: 365, description: 'look-back before the window for an established travel pattern', source: DESIGN },
      },
    },
    {
      code: 'FTF-2',
      pack: 'fighters',
      title: 'Small one-off transfer to an agent near former ISIL territory',
      appliesTo: ['payment'],
      when: 'ftf.outgoing && size(ftf.riskAreas) > 0 && ftf.firstTime && moneyBetween(event.amount, p.minAmount, p.maxAmount)',
      evidence: '{"creditor": ftf.creditor, "areas": ftf.riskAreas, "amount": event.amount, "band": [p.minAmount, p.maxAmount], "firstTimeCounterparty": ftf.firstTime}',
      action: 'alert',
      score: 60,
      source: 'Domain brief s.4.5 FTF-2; Finnish FIU case via ACAMS (2015)',
      params: {
        minAmount: { type: 'money', default: { currency: 'EUR', minor: 20_000 }, description: 'lower end of the band', source: 'domain brief FTF-2 (EUR 200-5,000)' },
        maxAmount: { type: 'money', default: { currency: 'EUR', minor: 500_000 }, description: 'upper end of the band', source: 'domain brief FTF-2' },
      },
    },
    {
      code: 'FTF-3',
      pack: 'fighters',
      title: 'Pre-departure liquidation: loans, closures, asset sales and a one-way ticket',
      appliesTo: ['flag', 'payment'],
      when: 'size(ftf.liquidation) >= p.minSignals && (ftf.liquidation.exists(s, s == "one-way-ticket" || s == "account-closure"))',
      evidence: '{"signals": ftf.liquidation, "windowDays": p.windowDays}',
      action: 'alert',
      score: 70,
      source: 'Domain brief s.4.5 FTF-3; CTC Sentinel (2016); FATF, Financing of recruitment for terrorist purposes (2018)',
      params: {
        minSignals: { type: 'number', default: 3, description: 'distinct liquidation signals within the window', source: DESIGN },
        windowDays: { type: 'number', default: 60, description: 'window in days', source: DESIGN },
      },
    },
    {
      code: 'FTF-4',
      pack: 'fighters',
      title: 'Hawala or cash courier to the region; cross-border cash declared towards it',
      appliesTo: ['payment', 'flag'],
      when: '(ftf.hawala && size(ftf.regionLinks) > 0) || ftf.cashDeclarationToRegion',
      evidence: '{"channel": ftf.hawalaHow, "regionLinks": ftf.regionLinks, "cashDeclaration": ftf.cashDeclarationToRegion}',
      action: 'alert',
      score: 60,
      source: 'Domain brief s.4.5 FTF-4; CTC Sentinel (2016)',
      params: {
        regionCountries: { type: 'strings', default: ['SY', 'IQ', 'TR'], description: 'countries that count as "the region"', source: `${DESIGN} (Syria, Iraq and the transit country of the sources)` },
      },
    },
  ],
  facts: fighterFacts,
};

function fighterFacts(input: FactInput): Record<string, unknown> | undefined {
  const { event: e, common, history } = input;
  const p3 = input.params('FTF-3');
  const p4 = input.params('FTF-4');
  const region = p4.regionCountries as string[];
  const subject = e.kind === 'flag' ? e.party : e.kind === 'payment' ? (e.direction === 'incoming' ? e.parties.creditor : e.parties.debtor) : undefined;
  if (!subject) return undefined;
  const key = partyKey(subject);

  // FTF-3: distinct liquidation signals in the window, this event's own flag included.
  const from3 = daysBefore(e.date, p3.windowDays as number);
  // A list kept distinct, sorted in place, where a Set was made, copied and sorted for every payment
  // and flag (mostly empty): the same signals in the same order.
  const signals: string[] = [];
  for (let i = 0; i < LIQUIDATION_FLAGS.length; i++) {
    const flag = LIQUIDATION_FLAGS[i] as string;
    if (history.query(key, LIQUIDATION_KINDS[i] as string, from3, e.date).length > 0 && !signals.includes(flag)) signals.push(flag);
  }
  if (e.kind === 'flag' && LIQUIDATION_FLAGS.includes(e.flag) && !signals.includes(e.flag)) signals.push(e.flag);

  if (e.kind === 'flag') {
    return {
      ...EMPTY,
      liquidation: signals.sort(),
      cashDeclarationToRegion: e.flag === 'cash-declaration' && e.place?.country !== undefined && region.includes(e.place.country),
    };
  }
  if (e.kind !== 'payment') return undefined;
  const p1 = input.params('FTF-1');
  const borderAreas = common.geo.filter((g) => g.role === 'location' && g.by !== 'near' && BORDER_KINDS.includes(g.kind)).map((g) => g.areaName);
  const windowFrom = daysBefore(e.date, (p1.windowDays as number) - 1);
  const priorFrom = daysBefore(windowFrom, p1.priorDays as number);
  const recent = history.query(key, 'cashout.border', windowFrom, e.date).length;
  const prior = history.query(key, 'cashout.border', priorFrom, daysBefore(windowFrom, 1)).length;

  const creditor = e.parties.creditor;
  const riskAreas = common.geo.filter((g) => (g.role === 'creditor' || g.role === 'ultimateCreditor') && g.by !== 'near' && RISK_KINDS.includes(g.kind)).map((g) => g.areaName);
  const debtor = e.parties.debtor;
  const firstTime = debtor && creditor ? history.firstSeen(partyKey(debtor), partyKey(creditor)) === undefined : false;
  const hawalaHow = e.channel === 'hawala' ? 'hawala' : creditor?.category === 'hawala' || creditor?.category === 'cash-courier' ? creditor.category : '';
  return {
    customer: subject.name ?? key,
    cashOut: CASH_OUT.includes(e.channel),
    borderAreas: unique(borderAreas),
    recentBorderCashouts: recent,
    priorBorderCashouts: prior,
    outgoing: e.direction === 'outgoing',
    creditor: creditor?.name ?? '',
    riskAreas: unique(riskAreas),
    firstTime,
    liquidation: signals.sort(),
    hawala: hawalaHow !== '',
    hawalaHow,
    regionLinks: regionLinks(e, common.geo, region),
    cashDeclarationToRegion: false,
  };
}

/** [...new Set(list)], without the Set and the copy for none or one. */
function unique(list: string[]): string[] {
  return list.length < 2 ? list : [...new Set(list)];
}

const EMPTY = {
  customer: '', cashOut: false, borderAreas: [], recentBorderCashouts: 0, priorBorderCashouts: 0, outgoing: false, creditor: '', riskAreas: [],
  firstTime: false, liquidation: [], hawala: false, hawalaHow: '', regionLinks: [], cashDeclarationToRegion: false,
};
