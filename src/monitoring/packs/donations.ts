/**
 * Donations and non-profits pack (domain brief s.4.4). FATF (2015) describes charities collecting
 * for Syrian refugees whose receipts went to personal accounts and then out through remitters,
 * cash, prepaid cards or e-wallets; and goods shipped to groups in Syria without end-use controls.
 * FATF's caution stands: most NPO payments to these areas are legitimate, so these rules score and
 * alert, never block (res. 2462 also asks that CFT respect humanitarian work).
 */
import type { FactInput, PackModule } from '../facts.js';
import { daysBefore } from '../history.js';
import { partyKey } from '../party.js';
import { keywordHits } from '../text.js';

const DESIGN = 'design default';
const OUT_CHANNELS = ['msb', 'hawala', 'cash', 'atm', 'prepaid-card', 'e-wallet'];
const OUT_CATEGORIES = ['remitter', 'exchange-house', 'hawala', 'cash-courier'];
const WALLET_OR_CARD = ['e-wallet', 'prepaid-card', 'card'];

export const CHARITY_KEYWORDS = ['donation', 'charity', 'zakat', 'sadaqa', 'orphans', 'refugees', 'mosque', 'relief', 'aumône', 'تبرع', 'زكاة', 'صدقة', 'أيتام', 'لاجئين', 'مسجد', 'bağış', 'yardım'];

export const donationsPack: PackModule = {
  id: 'donations',
  title: 'Donations and non-profit organisations (res. 2199 paras 24-25, res. 2462)',
  factsKey: 'npo',
  // History kinds its facts read (facts.ts PackModule.historyKinds): NPO-1's receipts.
  historyKinds: ['payment.in.charitable-personal'],
  rules: [
    {
      code: 'NPO-1',
      pack: 'donations',
      title: 'Charity money collected on a personal account, then out through remitters, cash, cards or e-wallets',
      appliesTo: ['payment'],
      when: 'npo.charityReceipts >= p.minReceipts && npo.outVia != ""',
      evidence: '{"receipts": npo.charityReceipts, "receiptsUsdMinor": npo.charityReceiptsUsdMinor, "windowDays": p.windowDays, "outVia": npo.outVia, "amount": event.amount}',
      action: 'alert',
      score: 70,
      source: 'Domain brief s.4.4 NPO-1; FATF, Financing of the terrorist organisation ISIL (2015), case study 2',
      params: {
        minReceipts: { type: 'number', default: 3, description: 'charitable receipts on the personal account within the window', source: `${DESIGN} (a pattern, not one gift)` },
        windowDays: { type: 'number', default: 90, description: 'window in days', source: DESIGN },
        keywords: { type: 'strings', default: CHARITY_KEYWORDS, description: 'narrative words that mark a payment as charitable', source: `${DESIGN} (English, French, Arabic, Turkish)` },
        purposeCodes: { type: 'strings', default: ['CHAR'], description: 'ISO 20022 purpose codes of charitable payments', source: 'ISO 20022 ExternalPurpose1Code: CHAR = charity payment' },
      },
    },
    {
      code: 'NPO-2',
      pack: 'donations',
      title: 'Crowdfunding or appeals funnelled to cards or e-wallets, or charitable payments without payer/payee data',
      appliesTo: ['payment'],
      when: '(npo.crowdfunding && npo.walletOrCard) || (npo.charitable && size(npo.missingData) > 0)',
      evidence: '{"crowdfunding": npo.crowdfunding, "channel": event.channel, "missingData": npo.missingData}',
      action: 'alert',
      score: 50,
      source: 'Domain brief s.4.4 NPO-2; FATF (2015); res. 2462 (2019) (payer and payee data on every hop)',
      params: {},
    },
    {
      code: 'NPO-3',
      pack: 'donations',
      title: 'Charity shipment of goods to Syria without end-use controls',
      appliesTo: ['cargo'],
      when: 'npo.charityShipper && size(npo.conflictDestinations) > 0 && !npo.endUseControls',
      evidence: '{"shipper": npo.shipperName, "destinations": npo.conflictDestinations, "documents": event.documents}',
      action: 'alert',
      score: 45,
      source: 'Domain brief s.4.4 NPO-3; FATF (2015) case study',
      params: {
        countries: { type: 'strings', default: ['SY'], description: 'destination countries', source: 'domain brief NPO-3 ("groups in Syria")' },
        endUseDocuments: { type: 'strings', default: ['end-use-certificate', 'end-use-monitoring', 'distribution-report'], description: 'documents that count as end-use control', source: DESIGN },
      },
    },
  ],
  facts: donationFacts,
};

function donationFacts(input: FactInput): Record<string, unknown> | undefined {
  const { event: e, common, history } = input;
  if (e.kind === 'cargo') {
    const p3 = input.params('NPO-3');
    const shipper = [e.parties.shipper, e.parties.seller, e.parties.consignee].find((p) => p?.category === 'charity');
    const countries = p3.countries as string[];
    const destinations = [e.places.discharge, e.places.destination, e.parties.consignee?.address].filter((p) => p?.country && countries.includes(p.country)).map((p) => p!.town ?? p!.name ?? p!.country!);
    for (const g of common.geo) if ((g.role === 'discharge' || g.role === 'destination') && g.by !== 'near' && countries.includes(g.country)) destinations.push(g.areaName);
    return {
      charityShipper: shipper !== undefined,
      shipperName: shipper?.name ?? '',
      conflictDestinations: [...new Set(destinations)],
      endUseControls: (p3.endUseDocuments as string[]).some((d) => e.documents.includes(d)),
    };
  }
  if (e.kind !== 'payment') return undefined;
  const p1 = input.params('NPO-1');
  const debtor = e.parties.debtor;
  const creditor = e.parties.creditor;
  let receipts = 0;
  let receiptsUsd = 0;
  if (debtor) {
    for (const r of history.query(partyKey(debtor), 'payment.in.charitable-personal', daysBefore(e.date, p1.windowDays as number), e.date)) {
      receipts++;
      receiptsUsd += r.usdMinor ?? 0;
    }
  }
  const outVia = OUT_CHANNELS.includes(e.channel) ? `channel ${e.channel}` : creditor?.category && OUT_CATEGORIES.includes(creditor.category) ? `creditor is a ${creditor.category}` : '';
  const missing: string[] = [];
  if (!debtor?.name) missing.push('payer name');
  if (!debtor?.iban && !debtor?.account) missing.push('payer account');
  if (!creditor?.name) missing.push('payee name');
  if (!creditor?.iban && !creditor?.account) missing.push('payee account');
  return {
    charitable: isCharitable(input),
    charityReceipts: receipts,
    charityReceiptsUsdMinor: receiptsUsd,
    outVia,
    crowdfunding: debtor?.category === 'crowdfunding' || e.parties.ultimateDebtor?.category === 'crowdfunding',
    walletOrCard: WALLET_OR_CARD.includes(e.channel),
    missingData: missing,
  };
}

/** A payment that looks charitable: from a charity, with a charity purpose code, or a charitable narrative. */
export function isCharitable(input: FactInput): boolean {
  const e = input.event;
  if (e.kind !== 'payment') return false;
  const p1 = input.params('NPO-1');
  return (
    e.parties.debtor?.category === 'charity' || e.parties.ultimateDebtor?.category === 'charity' || e.parties.creditor?.category === 'charity' ||
    (e.purpose?.code !== undefined && (p1.purposeCodes as string[]).includes(e.purpose.code)) ||
    keywordHits(input.common.narrative, p1.keywords as string[]).length > 0
  );
}
