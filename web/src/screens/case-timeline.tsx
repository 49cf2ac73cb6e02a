import type { JSX } from 'preact';
import type { AlertRow, DecisionRow, FreezeRecordRow } from '../alerts-api.js';
import { dateTime, humanState } from '../format.js';

/**
 * What happened to the alert, in order, from the records themselves: the listing, the list version's
 * arrival, the alert, each proposal and its review, the freeze. Notes written with decisions and state
 * moves appear where they were written.
 */
interface Event {
  at: string;
  what: string;
  note?: string | null;
}

const KIND: Record<string, string> = { true_match: 'true match', false_positive: 'false positive' };

function eventsOf(alert: AlertRow, decisions: DecisionRow[], freeze: FreezeRecordRow | undefined): Event[] {
  const events: Event[] = [];
  if (alert.listedOn) events.push({ at: `${alert.listedOn}T00:00:00Z`, what: `listed by ${alert.listSource} (${alert.listedPartyRef})` });
  events.push({ at: alert.listVersionArrivedAt, what: 'the list version that raised the alert arrived' });
  events.push({ at: alert.createdAt, what: `alert raised at score ${alert.score.toFixed(3)}` });
  for (const d of decisions) {
    events.push({ at: d.madeAt, what: `proposed: ${KIND[d.kind] ?? d.kind}${d.allowListDays ? `, allow-list for ${d.allowListDays} days` : ''} (maker: ${d.makerUsername})`, note: d.makerNote });
    if (d.checkedAt) {
      const who = d.status === 'withdrawn' ? 'by the maker' : `(checker: ${d.checkerUsername ?? 'unknown'})`;
      events.push({ at: d.checkedAt, what: `${d.status} ${who}`, note: d.checkerNote });
    }
  }
  if (freeze) events.push({ at: freeze.frozenAt, what: `frozen (freeze record ${freeze.id})` });
  if (alert.updatedAt !== alert.createdAt && !decisions.some((d) => d.checkedAt === alert.updatedAt)) {
    events.push({ at: alert.updatedAt, what: `now ${humanState(alert.state)}`, note: alert.stateReason ?? null });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function Timeline({ alert, decisions, freeze }: { alert: AlertRow; decisions: DecisionRow[]; freeze: FreezeRecordRow | undefined }): JSX.Element {
  return (
    <ol class="timeline" aria-label="Timeline">
      {eventsOf(alert, decisions, freeze).map((e, i) => (
        <li key={i}>
          <span class="muted small">{dateTime(e.at)}</span> · {e.what}
          {e.note && <div class="note" dir="auto">“{e.note}”</div>}
        </li>
      ))}
    </ol>
  );
}
