import type { JSX } from 'preact';
import { shortHash } from '../format.js';
import type { BirthDate, Place, SanctionedParty } from '../types.js';
import { Name } from './name.js';

/**
 * A listed party's full record as the list gives it: every name with its type and quality (original
 * script included), birth dates with their precision, documents, places and the listing history.
 * Nothing is summarised away; analysts compare these details against their customer.
 */
function birth(b: BirthDate): string {
  if (b.kind === 'between') return `between ${b.from ?? '?'} and ${b.to ?? '?'}`;
  return `${b.kind === 'approximately' ? 'approx. ' : ''}${b.date ?? '?'}`;
}

function place(p: Place): string {
  return p.full ?? [p.street, p.city, p.stateProvince, p.zipCode, p.country].filter(Boolean).join(', ');
}

function List({ items }: { items: string[] }): JSX.Element {
  return items.length === 0 ? <span class="muted">—</span> : <>{items.join('; ')}</>;
}

export function PartyRecord({ party, version }: { party: SanctionedParty; version?: string }): JSX.Element {
  return (
    <article class="party-record" aria-label={`Listed record ${party.referenceNumber}`}>
      <header>
        <h3>
          <Name text={party.caption} /> <span class="ref">{party.referenceNumber}</span>
        </h3>
        <p class="muted">
          {party.source} · {party.kind}
          {party.listType ? ` · ${party.listType}` : ''}
          {party.programs.length ? ` · ${party.programs.join(', ')}` : ''}
          {version ? <> · version <code title={version}>{shortHash(version)}</code></> : null}
        </p>
      </header>
      <h4>Names</h4>
      <table class="names">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Quality</th><th scope="col">Note</th></tr>
        </thead>
        <tbody>
          {party.names.map((n, i) => (
            <tr key={i}>
              <td class="name-cell"><Name text={n.full} /></td>
              <td>{n.type}</td>
              <td>{n.quality}</td>
              <td>{[n.note, n.birthDate && `born ${n.birthDate}`, n.birthCity, n.birthCountry].filter(Boolean).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="facts">
        <dt>Birth dates</dt>
        <dd><List items={party.birthDates.map(birth)} /></dd>
        <dt>Birth places</dt>
        <dd><List items={party.birthPlaces.map(place)} /></dd>
        <dt>Nationalities</dt>
        <dd><List items={party.nationalities} /></dd>
        <dt>Gender</dt>
        <dd><List items={party.genders} /></dd>
        <dt>Titles</dt>
        <dd><List items={party.titles} /></dd>
        <dt>Designations</dt>
        <dd><List items={party.designations} /></dd>
        <dt>Addresses</dt>
        <dd><List items={party.addresses.map(place)} /></dd>
        <dt>Listed on</dt>
        <dd>{party.listedOn ?? '—'}</dd>
        <dt>Amended on</dt>
        <dd><List items={party.amendedOn} /></dd>
      </dl>
      <h4>Documents</h4>
      {party.documents.length === 0 ? (
        <p class="muted">None listed.</p>
      ) : (
        <table class="documents">
          <thead>
            <tr><th scope="col">Type</th><th scope="col">Number</th><th scope="col">Country</th><th scope="col">Issued / expires</th><th scope="col">Note</th></tr>
          </thead>
          <tbody>
            {party.documents.map((d, i) => (
              <tr key={i}>
                <td>{d.type}{d.type2 ? ` (${d.type2})` : ''}</td>
                <td><code>{d.number ?? '—'}</code></td>
                <td>{d.issuingCountry ?? d.countryOfIssue ?? '—'}</td>
                <td>{[d.dateOfIssue, d.dateOfExpiry].filter(Boolean).join(' / ') || '—'}</td>
                <td>{d.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {party.vessel && (
        <>
          <h4>Vessel</h4>
          <p>{Object.entries(party.vessel).map(([k, v]) => `${k}: ${v}`).join(' · ')}</p>
        </>
      )}
      {party.comments && (
        <>
          <h4>Listing narrative</h4>
          <p class="comments" dir="auto">{party.comments}</p>
        </>
      )}
    </article>
  );
}
