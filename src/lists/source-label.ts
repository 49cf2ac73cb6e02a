/**
 * How an analyst names a list and one record on it: "UK HMT 6962", "UN QDi.059", not the internal
 * ids ("uk-hmt:6962"). Pure and dependency-free, so the server's link sentences and the UI
 * (web/src/designations.ts) name lists with one table.
 */

/** Readable names of the lists Interdict imports; any other source (an own watch list) keeps its own name. */
const SOURCE_LABEL: Readonly<Record<string, string>> = {
  un: 'UN',
  'ofac-sdn': 'OFAC SDN',
  'ofac-nonsdn': 'OFAC non-SDN',
  'uk-hmt': 'UK HMT',
  eu: 'EU',
};

export function sourceLabel(source: string): string {
  return Object.hasOwn(SOURCE_LABEL, source) ? SOURCE_LABEL[source]! : source;
}

/** A record by its list and that list's own reference: "OFAC SDN 7209". */
export function recordLabel(record: { source: string; referenceNumber: string }): string {
  return `${sourceLabel(record.source)} ${record.referenceNumber}`;
}
