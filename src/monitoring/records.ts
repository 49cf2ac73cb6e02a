/**
 * The history records an event leaves behind, derived from the event and the facts computed for
 * it. Raw facts only (who paid whom, how much in USD, what volume, which border area), so any rule
 * pack version can read them with its own windows and thresholds.
 */
import type { MonitoringEvent } from './events.js';
import type { CommonFacts } from './facts.js';
import type { HistoryRecord } from './history.js';
import { partyKey, type Party } from './party.js';

export function historyRecords(e: MonitoringEvent, common: CommonFacts, packFacts: Record<string, Record<string, unknown> | undefined>): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  const usd = common.usdMinor >= 0 ? { usdMinor: common.usdMinor } : {};
  const rec = (p: Party | undefined, kind: string, extra: Partial<HistoryRecord> = {}): void => {
    if (p) out.push({ eventId: e.id, date: e.date, key: partyKey(p), kind, tags: [], ...usd, ...extra });
  };
  switch (e.kind) {
    case 'payment': {
      const { debtor, creditor } = e.parties;
      rec(debtor, 'payment.out', { ...(creditor ? { counterparty: partyKey(creditor) } : {}), tags: [e.channel, ...(e.purpose?.code ? [e.purpose.code] : [])] });
      rec(creditor, 'payment.in', { ...(debtor ? { counterparty: partyKey(debtor) } : {}), tags: [e.channel] });
      if (debtor?.category === 'insurer' || e.purpose?.code === 'INSC') rec(creditor, 'payment.in.insurer');
      const personal = creditor && (creditor.category === 'personal-account' || (creditor.type === 'person' && creditor.category === undefined));
      if (personal && packFacts.npo?.charitable === true) rec(creditor, 'payment.in.charitable-personal');
      const ftf = packFacts.ftf;
      if (ftf?.cashOut === true && Array.isArray(ftf.borderAreas) && ftf.borderAreas.length > 0) {
        rec(e.direction === 'incoming' ? creditor : debtor, 'cashout.border', { tags: ftf.borderAreas as string[] });
      }
      break;
    }
    case 'flag':
      rec(e.party, `flag.${e.flag}`);
      break;
    case 'cargo': {
      const buyer = e.parties.buyer ?? e.parties.consignee;
      const oil = packFacts.oil;
      const volume = typeof oil?.volumeM3 === 'number' && oil.volumeM3 >= 0 ? { quantityM3: oil.volumeM3 } : {};
      const tags = oil?.isOil === true ? ['oil', e.hsCode] : [e.hsCode];
      rec(buyer, 'cargo.buy', { ...volume, tags, ...(e.parties.seller ? { counterparty: partyKey(e.parties.seller) } : {}) });
      rec(e.parties.seller, 'cargo.sell', { ...volume, tags, ...(buyer ? { counterparty: partyKey(buyer) } : {}) });
      break;
    }
    case 'art':
      rec(e.parties.seller, 'art.sell', e.parties.buyer ? { counterparty: partyKey(e.parties.buyer) } : {});
      rec(e.parties.buyer, 'art.buy', e.parties.seller ? { counterparty: partyKey(e.parties.seller) } : {});
      break;
  }
  return out;
}
