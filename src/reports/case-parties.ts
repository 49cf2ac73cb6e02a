/**
 * People and organisations as Interdict stores them (the customer's `parties` row; a party of a
 * monitored payment, cargo or art event) in the goAML shape the report builders take.
 *
 * Names: goAML's name elements take Latin script only in the example FIU's schema; the name in its
 * own script goes to full_name_frn (persons) or name_frn (entities). A stored party often has both
 * (an Arabic name and its passport spelling): the first Latin name fills the name elements, the first
 * name in another script fills the original-script element. Interdict does not transliterate a name
 * for a legal filing: a party with no Latin name is refused, naming the field, so the analyst gives
 * the spelling of the identity document. A Latin person name is split at its last word (first names,
 * then the family name), which the analyst can override field by field.
 */
import type { Party as EventParty, Place } from '../monitoring/party.js';
import type { StoredAlert, StoredParty } from './case-data.js';
import type { AddressInput, EntityInput, PersonInput, SanctionInput } from './goaml-input.js';
import type { IssueList, PartyInput } from './report-common.js';

const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9 .,'’()-]+$/u;

export function isLatinName(name: string): boolean {
  return LATIN_NAME.test(name) && /\p{Script=Latin}/u.test(name);
}

/** The first Latin-script name and the first name in another script. */
export function pickNames(names: readonly string[]): { latin?: string; original?: string } {
  const clean = names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n !== '');
  const latin = clean.find(isLatinName);
  const original = clean.find((n) => !isLatinName(n) && /\p{L}/u.test(n));
  return { ...(latin ? { latin } : {}), ...(original ? { original } : {}) };
}

const NO_TRANSLITERATION = 'Interdict does not transliterate names for a filing: give the Latin spelling of the identity document';

/** A person's name elements, or issues naming `path.first_name` / `path.last_name`. */
export function personName(names: readonly string[], path: string, issues: IssueList): Pick<PersonInput, 'first_name' | 'last_name' | 'full_name_frn'> {
  const { latin, original } = pickNames(names);
  const frn = original ? { full_name_frn: original } : {};
  if (!latin) {
    for (const f of ['first_name', 'last_name']) issues.add(`${path}.${f}`, `missing: the stored names (${names.join(' / ') || 'none'}) have no Latin-script form; ${NO_TRANSLITERATION}`);
    return { first_name: '', last_name: '', ...frn };
  }
  const words = latin.split(' ');
  if (words.length < 2) {
    issues.add(`${path}.first_name`, `missing: "${latin}" is one word; give first_name and last_name`);
    return { first_name: '', last_name: latin, ...frn };
  }
  return { first_name: words.slice(0, -1).join(' '), last_name: words[words.length - 1]!, ...frn };
}

export function entityName(names: readonly string[], path: string, issues: IssueList): Pick<EntityInput, 'name' | 'name_frn'> {
  const { latin, original } = pickNames(names);
  if (!latin) issues.add(`${path}.name`, `missing: the stored names (${names.join(' / ') || 'none'}) have no Latin-script form; ${NO_TRANSLITERATION}`);
  return { name: latin ?? '', ...(original ? { name_frn: original } : {}) };
}

/** A goAML address from a stored place, only when it has everything goAML requires of one. */
export function addressOf(place: Place | undefined, type = 'BU'): AddressInput | undefined {
  if (!place) return undefined;
  const street = place.street ?? place.lines?.join(', ') ?? place.name;
  const city = place.town;
  const state = place.subdivision ?? place.town;
  if (!street || !city || !state || !place.country) return undefined;
  return { address_type: type, address: street, city, state, country_code: place.country, ...(place.postCode ? { zip: place.postCode } : {}) };
}

const PERSON_SCHEMAS = new Set(['Person']);

/** The customer as stored (FollowTheMoney-style properties), as a goAML person or entity. */
export function storedPartyAs(party: StoredParty, path: string, issues: IssueList): { person: PersonInput } | { entity: EntityInput } {
  const p = party.properties;
  const first = (v: string[] | undefined) => v?.find((x) => x.trim() !== '');
  if (PERSON_SCHEMAS.has(party.schema)) {
    const gender = first(p.gender)?.toLowerCase();
    const person: PersonInput = {
      ...personName(p.name ?? [], `${path}.person`, issues),
      ...(gender === 'male' || gender === 'm' ? { gender: 'M' } : gender === 'female' || gender === 'f' ? { gender: 'F' } : {}),
      ...(first(p.birthDate) && /^\d{4}-\d{2}-\d{2}$/.test(first(p.birthDate)!) ? { birthdate: first(p.birthDate)! } : {}),
      ...(first(p.nationality) ? { nationality1: first(p.nationality)!.toUpperCase() } : {}),
      ...(first(p.country) ? { residence: first(p.country)!.toUpperCase() } : {}),
      // A passport is issued by a State of nationality: with exactly one nationality that is its
      // country; with several (or none) the number goes to the comments, its issuer unknown.
      ...(first(p.passportNumber) && p.nationality?.length === 1
        ? {
            passport_number: first(p.passportNumber)!,
            passport_country: p.nationality[0]!.toUpperCase(),
            identifications: [{ type: 'PASSP', number: first(p.passportNumber)!, issue_country: p.nationality[0]!.toUpperCase() }],
          }
        : {}),
      ...(first(p.idNumber) ? { id_number: first(p.idNumber)! } : {}),
      comments: [`Interdict party ${party.orgId}`, ...(first(p.passportNumber) && p.nationality?.length !== 1 ? [`passport ${p.passportNumber!.join(', ')} (issuing country not recorded)`] : [])].join('; '),
    };
    return { person };
  }
  const entity: EntityInput = {
    ...entityName(p.name ?? [], `${path}.entity`, issues),
    ...(first(p.country) ? { incorporation_country_code: first(p.country)!.toUpperCase() } : {}),
    ...(first(p.idNumber) ? { incorporation_number: first(p.idNumber)! } : {}),
    comments: `Interdict party ${party.orgId}`,
  };
  return { entity };
}

/** A party of a monitored event (payment, cargo, art) as a goAML person or entity. */
export function eventPartyAs(party: EventParty, path: string, issues: IssueList): { person: PersonInput } | { entity: EntityInput } {
  const names = party.name ? [party.name] : [];
  const address = addressOf(party.address);
  if (party.type === 'person') {
    return {
      person: {
        ...personName(names, `${path}.person`, issues),
        ...(party.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(party.birthDate) ? { birthdate: party.birthDate } : {}),
        ...(party.country ? { residence: party.country } : {}),
        ...(address ? { addresses: [{ ...address, address_type: 'PRIVT' }] } : {}),
        ...(party.ids.length ? { id_number: party.ids[0]! } : {}),
      },
    };
  }
  return {
    entity: {
      ...entityName(names, `${path}.entity`, issues),
      ...(party.country ? { incorporation_country_code: party.country } : {}),
      ...(address ? { addresses: [address] } : {}),
      ...(party.lei ? { incorporation_number: party.lei } : {}),
      ...(party.established && /^\d{4}-\d{2}-\d{2}$/.test(party.established) ? { incorporation_date: party.established } : {}),
    },
  };
}

/** A domain-report party (freeze, interdiction, cultural property) from an event party. */
export function eventPartyInput(party: EventParty, path: string, issues: IssueList): PartyInput {
  return { role: party.role, ...eventPartyAs(party, path, issues), ...(party.country ? { country: party.country } : {}) };
}

export const UN_PROVIDER = 'United Nations Security Council';

/** The sanctions-list entries a customer matched: every alert of the case not closed as a false positive. */
export function sanctionsOf(alertRows: readonly StoredAlert[]): SanctionInput[] {
  return alertRows
    .filter((a) => a.state !== 'closed_false_positive')
    .map((a) => {
      const summary = (a.explanation as { summary?: unknown } | null)?.summary;
      return {
        provider: a.listSource === 'un' ? UN_PROVIDER : a.listSource,
        sanction_list_name: a.listSource === 'un' ? "ISIL (Da'esh) & Al-Qaida Sanctions List" : a.listSource,
        ...(typeof summary === 'string' ? { match_criteria: summary.slice(0, 255) } : {}),
        sanction_list_attributes: `${a.listedPartyRef}; list version sha256 ${a.listVersionHash}; score ${a.score}; alert ${a.id} (${a.state})`,
        ...(a.listedOn ? { listed_from: a.listedOn } : {}),
      };
    });
}
