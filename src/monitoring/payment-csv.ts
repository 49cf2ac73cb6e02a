/**
 * Payments as CSV, one row per payment, for banks that export from a core system rather than send
 * pacs.008. Columns: id, date, amount (decimal string), currency, direction, channel, purpose,
 * remittance, and <role>_<field> for each party role (debtor_name, creditor_town,
 * intermediary_agent1_bic, ...), plus location_* for where cash was paid out. A column the reader
 * does not know is refused (a typo such as "creditor_nmae" would otherwise silently drop a name
 * from screening). Each row is mapped to the JSON shape and read by the JSON reader, so both
 * formats accept and refuse exactly the same values.
 */
import { parseCsvWithHeader } from '../util/csv.js';
import { EventValidationError } from './errors.js';
import { FieldReader, type Json } from './fields.js';
import { PAYMENT_ROLES, readPaymentJson, type PaymentEvent } from './payment.js';

const snake = (s: string): string => s.replace(/([A-Z])/g, '_$1').replace(/(\D)(\d)$/, '$1$2').toLowerCase();

const PARTY_FIELDS = ['name', 'type', 'category', 'country', 'iban', 'account', 'bic', 'lei', 'birth_date', 'established'] as const;
const ADDRESS_FIELDS = ['street', 'town', 'post_code', 'subdivision', 'lat', 'lon'] as const;
const TOP = ['id', 'date', 'amount', 'currency', 'direction', 'channel', 'purpose', 'remittance', 'message_id', 'end_to_end_id', 'uetr'];
const LOCATION = ['location_name', 'location_town', 'location_country', 'location_lat', 'location_lon'];

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const KNOWN = new Set<string>([
  ...TOP,
  ...LOCATION,
  ...PAYMENT_ROLES.flatMap((role) => [...PARTY_FIELDS, ...ADDRESS_FIELDS, 'id'].map((f) => `${snake(role)}_${f}`)),
]);

export function readPaymentsCsv(text: string, file = 'payments.csv'): PaymentEvent[] {
  let parsed: ReturnType<typeof parseCsvWithHeader>;
  try {
    parsed = parseCsvWithHeader(text);
  } catch (err) {
    throw new EventValidationError(err instanceof Error ? err.message : String(err), undefined, file);
  }
  for (const h of parsed.header) if (!KNOWN.has(h)) throw new EventValidationError(`unknown column "${h}"`, h, `${file}:1`);
  return parsed.rows.map(({ line, values }) => {
    const v = (k: string): string | undefined => (values[k] === undefined || values[k] === '' ? undefined : values[k]);
    const o: Json = {
      id: v('id'),
      date: v('date'),
      amount: v('amount') !== undefined ? { value: v('amount'), currency: v('currency') } : undefined,
      direction: v('direction'),
      channel: v('channel'),
      purpose: v('purpose'),
      remittance: v('remittance'),
      messageId: v('message_id'),
      endToEndId: v('end_to_end_id'),
      uetr: v('uetr'),
    };
    const loc: Json = { name: v('location_name'), town: v('location_town'), country: v('location_country'), lat: v('location_lat'), lon: v('location_lon') };
    if (Object.values(loc).some((x) => x !== undefined)) o.location = loc;
    for (const role of PAYMENT_ROLES) {
      const prefix = `${snake(role)}_`;
      const party: Json = {};
      const address: Json = {};
      for (const f of PARTY_FIELDS) if (v(prefix + f) !== undefined) party[camel(f)] = v(prefix + f);
      for (const f of ADDRESS_FIELDS) if (v(prefix + f) !== undefined) address[camel(f)] = v(prefix + f);
      if (v(`${prefix}id`) !== undefined) party.ids = [v(`${prefix}id`)];
      if (Object.keys(address).length) party.address = { ...address, country: party.country };
      if (Object.keys(party).length) o[role] = party;
    }
    return readPaymentJson(new FieldReader(`${file}:${line}`), o, 'csv');
  });
}
