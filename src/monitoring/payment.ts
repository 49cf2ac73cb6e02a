/**
 * Payments: the fields of an ISO 20022 pacs.008 credit transfer that screening and the rules use,
 * whatever the input format (pacs.008 XML, JSON, CSV). Party roles keep the pacs.008 names in
 * camel case so an analyst can map an alert back to the message element (debtor = Dbtr,
 * intermediaryAgent1 = IntrmyAgt1, ...).
 */
import type { FieldReader, Json } from './fields.js';
import { readMoney, type Money } from './money.js';
import { readParty, readPlace, type Party, type Place } from './party.js';

export const PAYMENT_ROLES = [
  'debtor', 'creditor', 'ultimateDebtor', 'ultimateCreditor', 'initiatingParty',
  'debtorAgent', 'creditorAgent', 'intermediaryAgent1', 'intermediaryAgent2', 'intermediaryAgent3',
] as const;
export type PaymentRole = (typeof PAYMENT_ROLES)[number];

/** How the money moves. pacs.008 is always a wire; the other channels come from JSON/CSV feeds of cash, card and MSB systems. */
export const CHANNELS = ['wire', 'cash', 'atm', 'card', 'prepaid-card', 'e-wallet', 'msb', 'hawala', 'cheque', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface StructuredRemittance {
  referredDocuments: string[];
  creditorReference?: string;
  additional: string[];
}

export interface PaymentEvent {
  kind: 'payment';
  id: string;
  format: 'pacs.008' | 'json' | 'csv';
  /** Settlement date (IntrBkSttlmDt), else the creation date. */
  date: string;
  messageId?: string;
  uetr?: string;
  endToEndId?: string;
  /** Interbank settlement amount (IntrBkSttlmAmt). */
  amount: Money;
  instructedAmount?: Money;
  /** From the reporting institution's side: its customer pays (outgoing) or receives (incoming). */
  direction: 'outgoing' | 'incoming';
  channel: Channel;
  parties: Partial<Record<PaymentRole, Party>>;
  remittance: { unstructured: string[]; structured: StructuredRemittance[] };
  purpose?: { code?: string; proprietary?: string };
  chargeBearer?: string;
  /** Where cash was paid out or a card used (ATM, MSB agent): FTF-1. */
  location?: Place;
}

export function readPaymentJson(r: FieldReader, o: Json, format: PaymentEvent['format'] = 'json'): PaymentEvent {
  const id = r.string(o.id, 'id');
  const amount = readMoney(r, o.amount, 'amount');
  if (amount === undefined) r.fail('amount', 'required');
  if (amount.minor <= 0) r.fail('amount', 'must be positive');
  const parties: Partial<Record<PaymentRole, Party>> = {};
  for (const role of PAYMENT_ROLES) {
    const p = readParty(r, o[role], role, role);
    if (p) parties[role] = p;
  }
  if (!parties.debtor && !parties.creditor) r.fail('debtor', 'a payment needs a debtor or a creditor');
  const e: PaymentEvent = {
    kind: 'payment',
    id,
    format,
    date: r.date(o.date, 'date'),
    amount,
    direction: r.oneOf(o.direction, 'direction', ['outgoing', 'incoming'] as const, 'outgoing'),
    channel: r.oneOf(o.channel, 'channel', CHANNELS, 'wire'),
    parties,
    remittance: readRemittance(r, o.remittance),
  };
  const instructed = readMoney(r, o.instructedAmount, 'instructedAmount');
  if (instructed) e.instructedAmount = instructed;
  const purpose = o.purpose;
  if (typeof purpose === 'string') e.purpose = { code: r.string(purpose, 'purpose').toUpperCase() };
  else if (purpose !== undefined && purpose !== null) {
    const p = r.object(purpose, 'purpose');
    const code = r.optString(p.code, 'purpose.code')?.toUpperCase();
    const proprietary = r.optString(p.proprietary, 'purpose.proprietary');
    e.purpose = { ...(code ? { code } : {}), ...(proprietary ? { proprietary } : {}) };
  }
  const location = readPlace(r, o.location, 'location');
  if (location) e.location = location;
  for (const k of ['messageId', 'uetr', 'endToEndId', 'chargeBearer'] as const) {
    const v = r.optString(o[k], k);
    if (v !== undefined) e[k] = v;
  }
  return e;
}

function readRemittance(r: FieldReader, raw: unknown): PaymentEvent['remittance'] {
  if (raw === undefined || raw === null) return { unstructured: [], structured: [] };
  if (typeof raw === 'string' || Array.isArray(raw)) return { unstructured: r.strings(raw, 'remittance'), structured: [] };
  const o = r.object(raw, 'remittance');
  return {
    unstructured: r.strings(o.unstructured, 'remittance.unstructured'),
    structured: r.array(o.structured, 'remittance.structured').map((s, i) => {
      const f = `remittance.structured[${i}]`;
      const so = r.object(s, f);
      const ref = r.optString(so.creditorReference, `${f}.creditorReference`);
      return {
        referredDocuments: r.strings(so.referredDocuments, `${f}.referredDocuments`),
        ...(ref ? { creditorReference: ref } : {}),
        additional: r.strings(so.additional, `${f}.additional`),
      };
    }),
  };
}

/** All remittance text of a payment, in message order. */
export function remittanceTexts(e: PaymentEvent): string[] {
  const out = [...e.remittance.unstructured];
  for (const s of e.remittance.structured) out.push(...s.referredDocuments, ...(s.creditorReference ? [s.creditorReference] : []), ...s.additional);
  return out;
}
