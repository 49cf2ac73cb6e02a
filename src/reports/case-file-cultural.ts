/**
 * A cultural-property refusal or seizure record's case file from a stored case: the object, its
 * provenance chain, the registers consulted and the parties of the case's art event, the rules that
 * fired, and the date Interdict refused it. A refusal by Interdict's hard control makes the record a
 * refusal; a seizure (or a record for an object Interdict did not refuse) says so in the request
 * (`extra.record_type`). Images are not stored by Interdict: `extra.images` adds them.
 */
import type { CulturalPropertyInput } from './cultural-property.js';
import { ART_ROLES } from '../monitoring/art.js';
import { entityReference, eventsOfKind, partiesInRoleOrder, ruleCodes, type BuiltCaseFile, type CaseFileContext } from './case-file-common.js';
import { eventPartyInput } from './case-parties.js';
import { IssueList } from './report-common.js';

export function culturalCaseFile(ctx: CaseFileContext): BuiltCaseFile<CulturalPropertyInput> {
  const list = new IssueList();
  const arts = eventsOfKind(ctx.data, 'art');
  const found = arts[0];
  const blocking = new IssueList();
  if (!found) {
    blocking.add('object', `missing: case ${ctx.data.case.id} has no cultural-object event`);
    return { file: { case_id: entityReference(ctx) } as CulturalPropertyInput, pending: list.issues, blocking: blocking.issues };
  }
  if (arts.length > 1) blocking.add('object', `case ${ctx.data.case.id} has ${arts.length} cultural-object events; a record is about one object: open a case per object`);
  const { stored, event: a } = found;
  const refused = stored.outcome === 'refuse';
  if (!refused) list.add('record_type', `missing: Interdict did not refuse this object (outcome ${stored.outcome ?? 'none'}); say "refusal" or "seizure"`);
  const when = (stored.processedAt ?? stored.receivedAt).toISOString();
  const period = a.period?.label ?? (a.period?.fromYear !== undefined ? `${a.period.fromYear} to ${a.period.toYear ?? '?'}` : undefined);
  const value = a.estimatedValue ?? a.price;
  return {
    file: {
      case_id: entityReference(ctx),
      ...(refused ? { record_type: 'refusal' as const } : {}),
      date: when,
      object: {
        description: a.description,
        category: a.category,
        ...(a.material ? { material: a.material } : {}),
        ...(period ? { period } : {}),
        ...(a.marks.length ? { marks: a.marks } : {}),
        ...(a.countryOfOrigin ? { country_of_origin: a.countryOfOrigin } : {}),
        ...(a.possibleOrigins.length ? { possible_origins: a.possibleOrigins } : {}),
        ...(value ? { estimated_value: value } : {}),
      },
      images: [],
      provenance: a.provenance.map((p) => ({
        ...(p.date ? { date: p.date } : {}),
        ...(p.country ? { country: p.country } : {}),
        ...(p.place ? { place: p.place } : {}),
        event: p.event,
        documented: p.documented,
        ...(p.description ? { source: p.description } : {}),
      })),
      registers_consulted: a.registersConsulted.map((r) => ({ register: r.register, date: r.date ?? '', result: r.result ?? '' })),
      parties: partiesInRoleOrder(a.parties, ART_ROLES).map((p, i) => eventPartyInput(p, `parties[${i}]`, list)),
      ...(ctx.reason ? { reason: ctx.reason } : {}),
      rules: ruleCodes(ctx.data, stored),
      ...(ctx.action ? { action: ctx.action } : {}),
    } as CulturalPropertyInput,
    pending: list.issues,
    blocking: blocking.issues,
  };
}
