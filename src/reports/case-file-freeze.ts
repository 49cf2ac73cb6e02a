/**
 * A freeze report's case file from a stored case: one match per freeze record of the case's alerts
 * (a UN true match approved by a checker creates one), with the listed party and list version from
 * the alert, the customer from `parties`, the maker and checker from the decision, the timeline from
 * the freeze record, and the case's blocked payments as attempted transactions. What was frozen
 * (accounts, amounts) is not stored by Interdict: it comes from the request, as
 * `extra.matches[i].frozen`, and the report is refused naming that field without it.
 */
import { entityReference, eventsOfKind, iso, type BuiltCaseFile, type CaseFileContext } from './case-file-common.js';
import { storedPartyAs } from './case-parties.js';
import type { AttemptedTransactionInput, FreezeCaseInput, FreezeMatchInput } from './freeze.js';
import { IssueList } from './report-common.js';

function attempted(ctx: CaseFileContext): AttemptedTransactionInput[] {
  return eventsOfKind(ctx.data, 'payment')
    .filter(({ stored }) => stored.outcome === 'block')
    .map(({ stored, event: p }) => {
      const other = p.direction === 'outgoing' ? p.parties.creditor : p.parties.debtor;
      return {
        date: p.date,
        direction: p.direction,
        amount: p.amount,
        counterparty: other?.name ?? other?.iban ?? 'unknown',
        channel: p.channel,
        reference: p.endToEndId ?? p.id,
        blocked_at: (stored.processedAt ?? stored.receivedAt).toISOString(),
        ...(p.remittance?.unstructured?.length ? { description: p.remittance.unstructured.join(' / ') } : {}),
      };
    });
}

export function freezeCaseFile(ctx: CaseFileContext): BuiltCaseFile<FreezeCaseInput> {
  const list = new IssueList();
  const { data } = ctx;
  const blocked = attempted(ctx);
  const matches: FreezeMatchInput[] = data.freezeRecords.map((fr, i) => {
    const alert = data.alerts.find((a) => a.id === fr.alertId);
    const decision = data.decisions.find((d) => d.id === fr.decisionId);
    const listed = alert ? ctx.listedName(alert) : { name: '' };
    const summary = (alert?.explanation as { summary?: unknown } | undefined)?.summary;
    const party = data.party ? storedPartyAs(data.party, `matches[${i}].party`, list) : undefined;
    if (!party) list.add(`matches[${i}].party`, `missing: case ${data.case.id} has no customer party`);
    return {
      listed: {
        list: fr.listSource,
        list_name: fr.listSource === 'un' ? "ISIL (Da'esh) & Al-Qaida Sanctions List" : fr.listSource,
        reference: fr.listedPartyRef,
        name: listed.name,
        ...(listed.original ? { name_original_script: listed.original } : {}),
        version: { hash: fr.listVersionHash },
      },
      party: { role: 'customer', my_client: true, ...(party ?? {}), ...(data.party?.properties.country?.[0] ? { country: data.party.properties.country[0].toUpperCase() } : {}) },
      decision: {
        maker: decision?.maker ?? '',
        checker: decision?.checker ?? '',
        ...(typeof summary === 'string' ? { evidence: [summary] } : {}),
        ...(alert ? { score: alert.score } : {}),
      },
      frozen: [],
      // Interdict cannot tell which listed party a blocked payment was for: the case's blocked
      // payments go with its first match.
      ...(i === 0 && blocked.length ? { attempted: blocked } : {}),
      timeline: {
        ...(fr.listedOn ? { listed_on: fr.listedOn } : {}),
        list_version_arrived_at: iso(fr.listVersionArrivedAt)!,
        alert_at: iso(fr.alertAt)!,
        decided_at: iso(fr.decidedAt)!,
        approved_at: iso(fr.approvedAt)!,
        frozen_at: iso(fr.frozenAt)!,
      },
    };
  });
  const blocking = new IssueList();
  if (matches.length === 0) blocking.add('matches', `missing: case ${data.case.id} has no freeze record (a true match on the UN list, approved by a checker, creates one)`);
  return {
    file: {
      case_id: entityReference(ctx),
      match_status: 'confirmed',
      ...(ctx.settings.authority ? { competent_authority: ctx.settings.authority } : {}),
      matches,
      ...(ctx.reason ? { reason: ctx.reason } : {}),
      ...(ctx.action ? { action: ctx.action } : {}),
    },
    pending: list.issues,
    blocking: blocking.issues,
  };
}
