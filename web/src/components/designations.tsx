import type { JSX } from 'preact';
import { basisLabel, designationLine, listCount, recordLabel, sourceLabel, type Designation } from '../designations.js';
import { day, fixed } from '../format.js';
import { Name } from './name.js';

/**
 * Every designation of one person: the compact "Designated on" line as the summary of a disclosure,
 * and behind it one row per list entry with the name as that list writes it, its own score (or
 * "linked" when that record did not score itself and is there because a link ties it to the lead),
 * and the link's basis and sentence, so the analyst sees why three records are one person.
 */
export function DesignationsLine({ designations }: { designations: readonly Designation[] }): JSX.Element | null {
  if (designations.length < 2) return null;
  return (
    <span class="designated small" data-testid="designated-on">
      Designated on {listCount(designations)} lists: {designationLine(designations)}
    </span>
  );
}

function ScoreCell({ d }: { d: Designation }): JSX.Element {
  if (d.score === null) return <td class="num muted" title="This record did not itself score above the floor; a link ties it to the leading record">linked</td>;
  return <td class="num">{fixed(d.score)}</td>;
}

/**
 * The table under an h2 of its own ("Designations"), folded behind its "Designated on" line. `id`
 * names the section so two tables on one page (none today) would not share ids.
 */
export function DesignationsTable({ designations, id, open = true }: { designations: readonly Designation[]; id: string; open?: boolean }): JSX.Element | null {
  if (designations.length < 2) return null;
  const lead = designations.find((d) => d.linkBasis === null) ?? designations[0]!;
  return (
    <section class="designations" aria-labelledby={`${id}-title`} data-testid="designations">
      <h2 id={`${id}-title`}>Designations</h2>
      <details open={open}>
        <summary>
          Designated on {listCount(designations)} lists: {designationLine(designations)}
        </summary>
        <table id={id}>
          <caption>Every designation of this person ({designations.length} records)</caption>
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Reference</th>
              <th scope="col">Name on that list</th>
              <th scope="col">Listed on</th>
              <th scope="col">Programmes</th>
              <th scope="col" class="num">Score</th>
              <th scope="col">Tied to the lead by</th>
            </tr>
          </thead>
          <tbody>
            {designations.map((d) => (
              <tr key={d.entityId} data-entity-id={d.entityId}>
                <th scope="row">{sourceLabel(d.source)}</th>
                <td class="nowrap"><a class="ref" href={`#/lists/party/${encodeURIComponent(d.referenceNumber)}`}>{d.referenceNumber}</a></td>
                <td class="name-cell"><Name text={d.caption} /></td>
                <td class="nowrap">{day(d.listedOn)}</td>
                <td>{d.programmes && d.programmes.length > 0 ? d.programmes.join(', ') : <span class="muted">—</span>}</td>
                <ScoreCell d={d} />
                <td>
                  <strong class="basis">{basisLabel(d.linkBasis)}</strong>
                  {d.linkSummary && <div class="small link-summary">{d.linkSummary}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted small" data-testid="designations-note">
          The score and explanation shown are those of the leading record, {recordLabel(lead)}. A score in the table is that
          record's own score for this query; "linked" marks a record that did not score itself and is here because a link ties it to the lead.
        </p>
      </details>
    </section>
  );
}
