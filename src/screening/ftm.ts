import type { SanctionedParty } from '../lists/model.js';

/**
 * A listed party as a FollowTheMoney entity ({id, schema, properties}), the shape OpenSanctions yente
 * returns, so applications written for yente read our results unchanged. docs/api.md has the mapping.
 */
export interface FtmEntity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

const SCHEMAS: Record<SanctionedParty['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  unknown: 'LegalEntity',
};

function push(props: Record<string, string[]>, key: string, value: string | undefined): void {
  if (value === undefined || value.trim() === '') return;
  (props[key] ??= []).push(value);
}

export function partyToFtm(p: SanctionedParty): FtmEntity {
  const props: Record<string, string[]> = {};
  for (const n of p.names) {
    if (n.type === 'primary' || n.type === 'original-script') push(props, 'name', n.full);
    else if (n.quality === 'low') push(props, 'weakAlias', n.full);
    else if (n.quality === 'fka') push(props, 'previousName', n.full);
    else push(props, 'alias', n.full);
  }
  for (const d of p.birthDates) push(props, 'birthDate', d.date ?? (d.from && d.to ? `${d.from}/${d.to}` : d.from));
  for (const pl of p.birthPlaces) push(props, 'birthPlace', [pl.city, pl.stateProvince, pl.country].filter(Boolean).join(', '));
  for (const n of p.nationalities) push(props, 'nationality', n);
  for (const g of p.genders) push(props, 'gender', g.toLowerCase());
  for (const t of p.titles) push(props, 'title', t);
  for (const d of p.designations) push(props, 'position', d);
  for (const d of p.documents) push(props, d.kind === 'passport' ? 'passportNumber' : 'idNumber', d.number);
  for (const a of p.addresses) push(props, 'address', [a.full, a.street, a.city, a.stateProvince, a.zipCode, a.country].filter(Boolean).join(', '));
  push(props, 'imoNumber', p.vessel?.imoNumber);
  push(props, 'program', p.listType);
  push(props, 'notes', p.comments);
  push(props, 'createdAt', p.listedOn);
  for (const d of p.amendedOn) push(props, 'modifiedAt', d);
  return {
    id: p.id,
    caption: p.caption,
    schema: SCHEMAS[p.kind],
    properties: props,
    datasets: [p.source],
    referents: [p.referenceNumber],
    target: true,
    first_seen: p.listedOn ?? null,
    last_seen: null,
    last_change: p.amendedOn.length > 0 ? [...p.amendedOn].sort().at(-1)! : (p.listedOn ?? null),
  };
}
