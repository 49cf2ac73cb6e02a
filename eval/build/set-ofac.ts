/**
 * ofac-2021: OFAC's spellings of UN-listed individuals. OFAC carries no UN reference, so an SDGT
 * individual is linked to a UN QDi record only when one of these holds, and only when exactly one
 * QDi record qualifies:
 * - document: an identity-document number shared by both (letters and digits compared, at least 6
 *   characters, so "12345" style numbers cannot link strangers);
 * - dob+names: a shared full (day-precision) date of birth, AND the OFAC surname's word key found in
 *   a UN name of the record, AND at least two word keys shared between one OFAC name and one UN
 *   name. Deliberately strict: a missed link costs a few items, a wrong link poisons the labels.
 * The basis is written in each item's note. Queries are the OFAC primary name (in given-names-first
 * order) and its alt.csv aliases, with the first OFAC date of birth. Linked against the bundled
 * 2026 list first, then the 2018 list for records delisted since.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { EvalItem } from '../lib/item.js';
import { scriptOf } from '../lib/script.js';
import { ofacDisplayName, type OfacEntry } from '../sources/ofac.js';
import { nameKeys } from './skeleton.js';
import { plainWords } from './un-data.js';

export function normDocNumber(n: string): string {
  return n.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

interface Link {
  party: SanctionedParty;
  version: string;
  basis: string;
}

function unFullDates(p: SanctionedParty): Set<string> {
  const out = new Set<string>();
  for (const b of p.birthDates) if (b.date && b.date.length === 10) out.add(b.date);
  for (const n of p.names) if (n.birthDate && n.birthDate.length === 10) out.add(n.birthDate);
  return out;
}

function findLink(entry: OfacEntry, parties: SanctionedParty[], version: string): Link | undefined {
  const qdi = parties.filter((p) => p.referenceNumber.startsWith('QDi.'));
  const docs = new Set(entry.documents.map((d) => normDocNumber(d.number)).filter((d) => d.length >= 6));
  const byDoc = qdi.filter((p) => p.documents.some((d) => d.number && docs.has(normDocNumber(d.number))));
  if (byDoc.length === 1) {
    const p = byDoc[0]!;
    const num = p.documents.find((d) => d.number && docs.has(normDocNumber(d.number)))!.number!;
    return { party: p, version, basis: `document number ${num} in both` };
  }
  if (byDoc.length > 1) return undefined;

  const dobs = entry.birthDates.filter((d) => d.length === 10);
  if (dobs.length === 0) return undefined;
  const surname = entry.primary.includes(',') ? entry.primary.slice(0, entry.primary.indexOf(',')) : entry.primary;
  const surnameKeys = nameKeys(surname);
  const ofacNames = [entry.primary, ...entry.aliases.map((a) => a.name)].map((n) => nameKeys(ofacDisplayName(n)));
  const candidates = qdi.filter((p) => {
    const dates = unFullDates(p);
    if (!dobs.some((d) => dates.has(d))) return false;
    const unNames = p.names.map((n) => nameKeys(n.full));
    const unAll = new Set(unNames.flat());
    if (surnameKeys.length === 0 || !surnameKeys.every((k) => unAll.has(k))) return false;
    return ofacNames.some((o) => unNames.some((u) => o.filter((k) => u.includes(k)).length >= 2));
  });
  if (candidates.length !== 1) return undefined;
  const p = candidates[0]!;
  const date = dobs.find((d) => unFullDates(p).has(d))!;
  return { party: p, version, basis: `full birth date ${date} and names agree (surname key ${surnameKeys.join('+')}, 2+ shared words)` };
}

export interface OfacBuildStats {
  sdgtIndividuals: number;
  linkedByDocument: number;
  linkedByDobAndNames: number;
  sameAsUnName: number;
}

export function buildOfac(entries: OfacEntry[], un2026: SanctionedParty[], un2018: SanctionedParty[]): { items: EvalItem[]; stats: OfacBuildStats } {
  const stats: OfacBuildStats = { sdgtIndividuals: 0, linkedByDocument: 0, linkedByDobAndNames: 0, sameAsUnName: 0 };
  const items: EvalItem[] = [];
  const usedRefs = new Map<string, string>();
  for (const e of entries) {
    if (e.type !== 'individual' || !e.programs.includes('SDGT')) continue;
    stats.sdgtIndividuals++;
    const link = findLink(e, un2026, 'un-2026-01-28') ?? findLink(e, un2018, 'un-2018-06-07');
    if (!link) continue;
    // Two OFAC entries pointing at one UN record would mean one link is wrong: keep the first only.
    if (usedRefs.has(`${link.version}:${link.party.referenceNumber}`)) continue;
    usedRefs.set(`${link.version}:${link.party.referenceNumber}`, e.entNum);
    if (link.basis.startsWith('document')) stats.linkedByDocument++;
    else stats.linkedByDobAndNames++;
    const own = new Set(link.party.names.map((n) => plainWords(n.full)));
    const birthDate = e.birthDates[0];
    const names = [e.primary, ...e.aliases.map((a) => a.name)].map(ofacDisplayName);
    for (const name of [...new Set(names)]) {
      // Names with the same words as a UN name test no spelling: they go to their own set.
      const same = own.has(plainWords(name));
      if (same) stats.sameAsUnName++;
      const set = same ? 'ofac-2021-same-words' : 'ofac-2021';
      items.push({
        id: `${set}-${String(items.filter((i) => i.set === set).length + 1).padStart(5, '0')}`,
        query: { schema: 'Person', name, ...(birthDate ? { birthDate } : {}) },
        expected: [link.party.referenceNumber],
        set,
        script: scriptOf(name),
        kind: 'person',
        list: { version: link.version, variant: 'full' },
        note: `OFAC SDN ${e.entNum} (2021-04) -> UN ${link.party.referenceNumber}: ${link.basis}`,
      });
    }
  }
  return { items, stats };
}
