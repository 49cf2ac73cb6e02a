/**
 * What of an event gets screened: every party, the vessel, and every free-text field. One function
 * per event kind, so adding a field to an event type shows here which screening it gets.
 */
import type { ArtEvent } from './art.js';
import type { CargoEvent } from './cargo.js';
import type { MonitoringEvent } from './events.js';
import type { FlagEvent } from './flag.js';
import type { Party } from './party.js';
import type { PaymentEvent } from './payment.js';
import { partyQuery, vesselQuery, type ScreeningTarget } from './screening.js';

export function screeningTargets(e: MonitoringEvent): ScreeningTarget[] {
  switch (e.kind) {
    case 'payment': return paymentTargets(e);
    case 'cargo': return cargoTargets(e);
    case 'art': return artTargets(e);
    case 'flag': return flagTargets(e);
  }
}

function partyTarget(p: Party, path: string): ScreeningTarget[] {
  const query = partyQuery(p);
  return query ? [{ kind: 'party', path, role: p.role, text: p.name ?? p.ids[0] ?? p.lei ?? '', query }] : [];
}

function text(path: string, role: string, t: string | undefined): ScreeningTarget[] {
  return t && t.trim() !== '' ? [{ kind: 'text', path, role, text: t }] : [];
}

function paymentTargets(e: PaymentEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) out.push(...partyTarget(p, role));
  e.remittance.unstructured.forEach((u, i) => out.push(...text(`remittance.unstructured[${i}]`, 'remittance', u)));
  e.remittance.structured.forEach((s, i) => s.additional.forEach((a, k) => out.push(...text(`remittance.structured[${i}].additional[${k}]`, 'remittance', a))));
  out.push(...text('purpose.proprietary', 'purpose', e.purpose?.proprietary));
  // Address lines often hide a second name ("c/o ...", "for the account of ..."): screened as text.
  for (const [role, p] of Object.entries(e.parties)) p?.address?.lines?.forEach((l, i) => out.push(...text(`${role}.address.lines[${i}]`, 'address', l)));
  return out;
}

function cargoTargets(e: CargoEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) out.push(...partyTarget(p, `parties.${role}`));
  const v = e.transport.vessel;
  const vq = v ? vesselQuery(v) : undefined;
  if (v && vq) out.push({ kind: 'party', path: 'transport.vessel', role: 'vessel', text: v.name ?? `IMO ${v.imo}`, query: vq });
  out.push(...text('description', 'description', e.description));
  return out;
}

function artTargets(e: ArtEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) out.push(...partyTarget(p, `parties.${role}`));
  out.push(...text('description', 'description', e.description));
  e.provenance.forEach((p, i) => out.push(...text(`provenance[${i}].description`, 'provenance', p.description)));
  return out;
}

function flagTargets(e: FlagEvent): ScreeningTarget[] {
  return [...partyTarget(e.party, 'party'), ...text('note', 'note', e.note)];
}
