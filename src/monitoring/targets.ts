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
import { vesselQuery, type ScreeningTarget } from './screening.js';

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
// A party goes as itself: the screener builds its query only when its cache misses (screening.ts
// ScreeningTarget.party). A party partyQuery would give no query for (no name, no identifier) is
// not a target, as before.
function partyTarget(out: ScreeningTarget[], p: Party, path: string): void {
  if (p.name || p.ids.length > 0 || p.lei) out.push({ kind: 'party', path, role: p.role, text: p.name ?? p.ids[0] ?? p.lei ?? '', party: p });
}

/** "<prefix>[i]<suffix>" for small i made once: paths were template strings built for every event. */
function indexedPaths(prefix: string, suffix = ''): (i: number) => string {
  const made = Array.from({ length: 8 }, (_, i) => `${prefix}[${i}]${suffix}`);
  return (i) => made[i] ?? `${prefix}[${i}]${suffix}`;
}
const unstructuredPath = indexedPaths('remittance.unstructured');
const provenancePath = indexedPaths('provenance', '.description');

function text(out: ScreeningTarget[], path: string, role: string, t: string | undefined): void {
  if (t && t.trim() !== '') out.push({ kind: 'text', path, role, text: t });
}

// Parties in their object order (for-in over own keys is Object.entries' order), without the
// entry arrays and closures per event.
function paymentTargets(e: PaymentEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  const parties = e.parties;
  for (const role in parties) {
    const p = Object.hasOwn(parties, role) ? parties[role as keyof typeof parties] : undefined;
    if (p) partyTarget(out, p, role);
  }
  const unstructured = e.remittance.unstructured;
  for (let i = 0; i < unstructured.length; i++) text(out, unstructuredPath(i), 'remittance', unstructured[i]);
  e.remittance.structured.forEach((s, i) => s.additional.forEach((a, k) => text(out, `remittance.structured[${i}].additional[${k}]`, 'remittance', a)));
  text(out, 'purpose.proprietary', 'purpose', e.purpose?.proprietary);
  // Address lines often hide a second name ("c/o ...", "for the account of ..."): screened as text.
  for (const role in parties) {
    const lines = Object.hasOwn(parties, role) ? parties[role as keyof typeof parties]?.address?.lines : undefined;
    if (lines) lines.forEach((l, i) => text(out, `${role}.address.lines[${i}]`, 'address', l));
  }
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
  e.provenance.forEach((p, i) => text(out, provenancePath(i), 'provenance', p.description));
  return out;
}

function flagTargets(e: FlagEvent): ScreeningTarget[] {
  const out: ScreeningTarget[] = [];
  partyTarget(out, e.party, 'party');
  text(out, 'note', 'note', e.note);
  return out;
}
