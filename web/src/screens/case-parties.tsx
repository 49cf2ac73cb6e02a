import { Fragment, type JSX } from 'preact';
import type { AlertRow, PartyRow } from '../alerts-api.js';
import { Name } from '../components/name.js';
import { PartyRecord } from '../components/party-record.js';
import { Problem } from '../components/problem.js';
import { shortHash } from '../format.js';
import { useApi } from '../hooks.js';
import type { PartyHit } from '../types.js';

/**
 * Our party and the listed party side by side, so the analyst compares like with like. The listed
 * record is the one in force now; when its version differs from the one that raised the alert the
 * screen says so (the alert's own explanation is from the version that raised it).
 */
function OurParty({ party }: { party: PartyRow | null }): JSX.Element {
  if (!party) return <p class="muted">The party is not available.</p>;
  return (
    <article aria-label="Our party">
      <h3>
        <Name text={party.properties.name?.[0] ?? party.orgId} /> <span class="ref">{party.orgId}</span>
      </h3>
      <p class="muted">{party.schema} · updated {party.updatedAt.slice(0, 10)}</p>
      <dl class="facts">
        {Object.entries(party.properties).map(([k, values]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>
              {(values ?? []).map((v, i) => (
                <div key={i}><Name text={v} /></div>
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
    </article>
  );
}

export function CaseParties({ alert, party }: { alert: AlertRow; party: PartyRow | null }): JSX.Element {
  const listed = useApi<PartyHit[]>(`/lists/parties/${encodeURIComponent(alert.listedPartyRef)}`);
  const hit = listed.data?.find((h) => h.party.id === alert.listedPartyId) ?? listed.data?.[0];
  return (
    <div class="side-by-side">
      <section class="panel" aria-labelledby="ours-title">
        <h2 id="ours-title">Our party</h2>
        <OurParty party={party} />
      </section>
      <section class="panel" aria-labelledby="listed-title">
        <h2 id="listed-title">Listed party</h2>
        <Problem error={listed.error} />
        {hit && hit.version !== alert.listVersionHash && (
          <p class="notice small">
            Shown from the version in force (<code>{shortHash(hit.version)}</code>); the alert was raised on <code>{shortHash(alert.listVersionHash)}</code>.
          </p>
        )}
        {hit && <PartyRecord party={hit.party} version={hit.version} />}
      </section>
    </div>
  );
}
