/**
 * Further readings of a query's name (since engine 1.157.0), screened beside the name as written
 * and the readings nameVariants gives it, the best counting: a name as payments, joint accounts and
 * shipping papers write it, less what is no part of it. A person's name without the numbers beside
 * it (name-numbers.ts), another party's without a payment's (SWIFT's lines, accounts, IBANs); each
 * person of a joint name (joint-names.ts); a vessel's without its type and IMO number, a firm's
 * without M/S or Messrs (name-prefixes.ts). A party of unknown kind may be a vessel or a firm; an
 * aircraft's name is read as written.
 */
import type { SanctionedParty } from '../lists/model.js';
import { jointNames } from './joint-names.js';
import { nameWithoutNumbers } from './name-numbers.js';
import { nameWithoutPrefix, type PrefixedName } from './name-prefixes.js';

type Kind = SanctionedParty['kind'];

/** The prefixes taken off a name, per kind. */
const PREFIXED: Record<Kind, readonly PrefixedName[]> = {
  aircraft: [],
  organization: ['firm'],
  person: [],
  unknown: ['vessel', 'firm'],
  vessel: ['vessel'],
};

/** The further readings of query name `written` (as analysed reads it) of a party of `kind`; none for most names. */
export function furtherReadings(written: string, kind: Kind): string[] {
  const out: string[] = [];
  const plain = kind === 'aircraft' || kind === 'vessel' ? undefined : nameWithoutNumbers(written, kind === 'person');
  if (plain !== undefined) out.push(plain);
  const base = plain ?? written;
  if (kind === 'person') for (const part of jointNames(base) ?? []) out.push(part);
  for (const of of PREFIXED[kind]) {
    const unprefixed = nameWithoutPrefix(base, of);
    if (unprefixed !== undefined) out.push(unprefixed);
  }
  return out;
}
