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
  const usd = common.usdMinor;
  switch (e.kind) {
    case 'payment': {
      const { debtor, creditor } = e.parties;
      if (debtor) out.push(record(e, debtor, 'payment.out', usd, creditor, e.purpose?.code ? [e.channel, e.purpose.code] : [e.channel]));
      if (creditor) out.push(record(e, creditor, 'payment.in', usd, debtor, [e.channel]));
      if (creditor && (debtor?.category === 'insurer' || e.purpose?.code === 'INSC')) out.push(record(e, creditor, 'payment.in.insurer', usd));
      const personal = creditor && (creditor.category === 'personal-account' || (creditor.type === 'person' && creditor.category === undefined));
      if (personal && packFacts.npo?.charitable === true) out.push(record(e, creditor, 'payment.in.charitable-personal', usd));
      const ftf = packFacts.ftf;
      if (ftf?.cashOut === true && Array.isArray(ftf.borderAreas) && ftf.borderAreas.length > 0) {
        const party = e.direction === 'incoming' ? creditor : debtor;
        if (party) out.push(record(e, party, 'cashout.border', usd, undefined, ftf.borderAreas as string[]));
      }
      break;
    }
    case 'flag':
      out.push(record(e, e.party, `flag.${e.flag}`, usd));
      break;
    case 'cargo': {
      const buyer = e.parties.buyer ?? e.parties.consignee;
      const seller = e.parties.seller;
      const oil = packFacts.oil;
      const volume = typeof oil?.volumeM3 === 'number' && oil.volumeM3 >= 0 ? oil.volumeM3 : undefined;
      const tags = oil?.isOil === true ? ['oil', e.hsCode] : [e.hsCode];
      if (buyer) out.push(record(e, buyer, 'cargo.buy', usd, seller, tags, volume));
      if (seller) out.push(record(e, seller, 'cargo.sell', usd, buyer, tags, volume));
      break;
    }
    case 'art':
      if (e.parties.seller) out.push(record(e, e.parties.seller, 'art.sell', usd, e.parties.buyer));
      if (e.parties.buyer) out.push(record(e, e.parties.buyer, 'art.buy', usd, e.parties.seller));
      break;
  }
  return out;
}

/**
 * One record, optional fields set only when present (usdMinor when the amount converted, i.e.
 * usdMinor >= 0). Built in place: the first version spread three or four throwaway objects into
 * each record, and a closure per event (a worker records two to four of these per event).
 */
function record(e: MonitoringEvent, p: Party, kind: string, usdMinor: number, counterparty?: Party, tags: string[] = [], quantityM3?: number): HistoryRecord {
  const r: HistoryRecord = { eventId: e.id, date: e.date, key: partyKey(p), kind, tags };
  if (usdMinor >= 0) r.usdMinor = usdMinor;
  if (counterparty) r.counterparty = partyKey(counterparty);
  if (quantityM3 !== undefined) r.quantityM3 = quantityM3;
  return r;
}
