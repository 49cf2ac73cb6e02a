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

// The helpers push into the caller's list: returning a one-element array to spread into it was
// two throwaway arrays per party and per text field of every event.
function partyTarget(out: ScreeningTarget[], p: Party, path: string): void {
  const query = partyQuery(p);
  if (query) out.push({ kind: 'party', path, role: p.role, text: p.name ?? p.ids[0] ?? p.lei ?? '', query });
}

function text(out: ScreeningTarget[], path: string, role: string, t: string | undefined): void {
  if (t && t.trim() !== '') out.push({ kind: 'text', path, role, text: t });
}

function paymentTargets(e: PaymentEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) partyTarget(out, p, role);
  e.remittance.unstructured.forEach((u, i) => text(out, `remittance.unstructured[${i}]`, 'remittance', u));
  e.remittance.structured.forEach((s, i) => s.additional.forEach((a, k) => text(out, `remittance.structured[${i}].additional[${k}]`, 'remittance', a)));
  text(out, 'purpose.proprietary', 'purpose', e.purpose?.proprietary);
  // Address lines often hide a second name ("c/o ...", "for the account of ..."): screened as text.
  for (const [role, p] of Object.entries(e.parties)) p?.address?.lines?.forEach((l, i) => text(out, `${role}.address.lines[${i}]`, 'address', l));
  return out;
}

function cargoTargets(e: CargoEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) partyTarget(out, p, `parties.${role}`);
  const v = e.transport.vessel;
  const vq = v ? vesselQuery(v) : undefined;
  if (v && vq) out.push({ kind: 'party', path: 'transport.vessel', role: 'vessel', text: v.name ?? `IMO ${v.imo}`, query: vq });
  text(out, 'description', 'description', e.description);
  return out;
}

function artTargets(e: ArtEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  for (const [role, p] of Object.entries(e.parties)) if (p) partyTarget(out, p, `parties.${role}`);
  text(out, 'description', 'description', e.description);
  e.provenance.forEach((p, i) => text(out, `provenance[${i}].description`, 'provenance', p.description));
  return out;
}

function flagTargets(e: FlagEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  partyTarget(out, e.party, 'party');
  text(out, 'note', 'note', e.note);
  return out;
}
