/**
 * The lookup values an FIU's XSD enumerates, read from the XSD itself. This is how the bundled
 * profile's lookups were made, and how a user starts a profile for their own FIU: the XSD is the
 * authority on which codes exist; the profile adds what the XSD cannot say (which code to use when).
 */
import { XmlDocument, type XmlAttribute } from 'libxml2-wasm';
import type { LookupTable } from './fiu-profile.js';

/** Which simpleType of goAML's XSD holds each lookup table. */
export const LOOKUP_SIMPLE_TYPES: Record<LookupTable, string> = {
  reportCodes: 'report_type',
  currencies: 'currency_type',
  transmodes: 'conduction_type',
  funds: 'funds_type',
  indicators: 'report_indicator_type',
  itemTypes: 'trans_item_type',
  countries: 'country_type',
  accountStatuses: 'account_status_type',
};

const NS = { xs: 'http://www.w3.org/2001/XMLSchema' };

export function lookupsFromXsd(xsd: Uint8Array | string): Record<LookupTable, string[]> {
  const doc = typeof xsd === 'string' ? XmlDocument.fromString(xsd) : XmlDocument.fromBuffer(xsd);
  try {
    const out = {} as Record<LookupTable, string[]>;
    for (const [table, type] of Object.entries(LOOKUP_SIMPLE_TYPES) as [LookupTable, string][]) {
      const values = doc.find(`/xs:schema/xs:simpleType[@name='${type}']/xs:restriction/xs:enumeration/@value`, NS);
      out[table] = values.map((a) => (a as XmlAttribute).value);
    }
    return out;
  } finally {
    doc.dispose();
  }
}
