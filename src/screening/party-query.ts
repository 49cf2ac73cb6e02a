import { parseQuery, type Query } from '../matching/query.js';
import type { PartyRow } from '../store/parties-repo.js';

/**
 * A stored party as a screening query. Parties were validated by the same parseQuery when imported,
 * so this only fails for rows written around the import (and then loudly, naming the party).
 */
export function partyQuery(party: Pick<PartyRow, 'orgId' | 'schema' | 'properties'>): Query {
  return parseQuery({ ...party.properties, id: party.orgId, schema: party.schema }, `party ${party.orgId}`);
}

/** The query as stored with a screening result, for replay: exactly the properties screened. */
export function storedQuery(query: Query): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (!(Array.isArray(value) && value.length === 0)) out[key] = value;
  return out;
}
