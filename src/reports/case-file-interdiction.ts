/**
 * An interdiction pack's case file (1267 Committee notice, res. 2199 para 12) from a stored case: the
 * goods, parties, vehicles, origin and destination of the case's cargo events, and the State and
 * authority from the reporting settings. The interdiction itself is a physical act Interdict only
 * sees when it blocked the cargo: the date is then the block's, otherwise (and always for the place)
 * it comes from the request (`extra.interdiction`), the pack being refused naming the field.
 */
import { CARGO_ROLES, type CargoEvent } from '../monitoring/cargo.js';
import type { Place } from '../monitoring/party.js';
import { entityReference, eventsOfKind, partiesInRoleOrder, ruleCodes, type BuiltCaseFile, type CaseFileContext } from './case-file-common.js';
import { eventPartyInput } from './case-parties.js';
import type { InterdictionInput, PlaceInput, TransportInput } from './interdiction.js';
import { IssueList, type PartyInput } from './report-common.js';

function placeOf(p: Place | undefined): PlaceInput | undefined {
  if (!p) return undefined;
  return {
    ...(p.name ?? p.town ? { name: (p.name ?? p.town)! } : {}),
    country: p.country ?? '',
    ...(p.lat !== undefined ? { lat: p.lat } : {}),
    ...(p.lon !== undefined ? { lon: p.lon } : {}),
  };
}

function transportOf(c: CargoEvent): TransportInput {
  const t = c.transport;
  if (t.mode === 'vessel') return { kind: 'vessel', ...(t.vessel?.name ? { name: t.vessel.name } : {}), ...(t.vessel?.imo ? { imo: t.vessel.imo } : {}), ...(t.vessel?.flag ? { flag: t.vessel.flag } : {}) };
  if (t.mode === 'truck') return { kind: 'truck', ...(t.truck?.plate ?? t.truck?.containers ? { identifier: (t.truck?.plate ?? t.truck?.containers)! } : {}) };
  return { kind: t.mode };
}

export function interdictionCaseFile(ctx: CaseFileContext): BuiltCaseFile<InterdictionInput> {
  const list = new IssueList();
  const cargoes = eventsOfKind(ctx.data, 'cargo');
  const blocking = new IssueList();
  if (cargoes.length === 0) blocking.add('goods', `missing: case ${ctx.data.case.id} has no cargo event (an interdiction pack is about oil, oil products or refinery material)`);
  const block = cargoes.find(({ stored }) => stored.outcome === 'block' || stored.outcome === 'refuse');
  const blockedAt = block ? (block.stored.processedAt ?? block.stored.receivedAt).toISOString() : undefined;
  if (!blockedAt) list.add('interdiction.date', 'missing: Interdict did not block a cargo of this case; give the date of the interdiction');
  list.add('interdiction.place', 'missing: where the goods were interdicted (name and country) is not stored by Interdict');
  if (!ctx.settings.state) list.add('state', 'missing: set "state" in <data dir>/reporting.json (the State giving notice), or give extra.state');
  const parties: PartyInput[] = [];
  const seen = new Set<string>();
  for (const { event } of cargoes) {
    for (const p of partiesInRoleOrder(event.parties, CARGO_ROLES)) {
      const key = `${p.role}\u0000${p.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parties.push(eventPartyInput(p, `parties[${parties.length}]`, list));
    }
  }
  const first = cargoes[0]?.event;
  const origin = placeOf(first?.places.origin ?? first?.places.loading);
  const destination = placeOf(first?.places.destination ?? first?.places.discharge);
  const rules = ruleCodes(ctx.data);
  return {
    file: {
      case_id: entityReference(ctx),
      state: ctx.settings.state ?? '',
      ...(ctx.settings.authority ? { authority: ctx.settings.authority } : {}),
      interdiction: { date: blockedAt ?? '', ...(ctx.settings.authority ? { by: ctx.settings.authority } : {}) } as InterdictionInput['interdiction'],
      goods: cargoes.map(({ event: c }) => ({
        description: c.description ? `${c.product}: ${c.description}` : c.product,
        hs_code: c.hsCode,
        quantity: { value: c.quantity.value, unit: c.quantity.unit },
        ...(c.totalValue ? { value: c.totalValue } : {}),
      })),
      parties,
      transport: cargoes.map(({ event }) => transportOf(event)),
      ...(origin ? { origin } : {}),
      ...(destination ? { destination } : {}),
      ...(ctx.reason ? { link_to_isil_anf: ctx.reason } : rules.length ? { link_to_isil_anf: `Interdict rule alerts ${rules.join(', ')} on cargo ${cargoes.map((c) => c.stored.eventId).join(', ')}` } : {}),
      ...(ctx.action ? { proceedings: { status: ctx.action } } : {}),
    } as InterdictionInput,
    pending: list.issues,
    blocking: blocking.issues,
  };
}
