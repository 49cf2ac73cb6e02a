import type { JSX } from 'preact';
import { PartyRecord } from '../components/party-record.js';
import { Problem } from '../components/problem.js';
import { useApi } from '../hooks.js';
import type { PartyHit } from '../types.js';

/** One listed party by reference, from every list in force (one reference can appear on several). */
export function ListedParty({ reference }: { reference: string }): JSX.Element {
  const hits = useApi<PartyHit[]>(`/lists/parties/${encodeURIComponent(reference)}`);
  return (
    <main aria-label={`Listed party ${reference}`}>
      <p><a href="#/lists">← Lists</a></p>
      <Problem error={hits.error} />
      {hits.data?.map((h) => <PartyRecord key={h.party.id} party={h.party} version={h.version} />)}
    </main>
  );
}
