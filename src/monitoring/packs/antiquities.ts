/**
 * Antiquities pack (domain brief s.4.2 and hard control C6): cultural property removed from Iraq
 * since 1990-08-06 or from Syria since 2011-03-15 may not be traded (res. 1483 para 7, res. 2199
 * para 17). An object from Iraq or Syria, or one that may come from there, is refused unless its
 * provenance proves it left before the cut-off. The proof must be documented and dated: a year-only
 * date proves "before" only when the whole year lies before the cut-off (1990 does not, for Iraq).
 */
import type { ArtEvent } from '../art.js';
import type { FactInput, PackModule } from '../facts.js';
import { convertMinor } from '../money.js';
import { foldText, keywordHits } from '../text.js';

const DESIGN = 'design default';

export const antiquitiesPack: PackModule = {
  id: 'antiquities',
  title: 'Cultural property from Iraq and Syria (res. 1483, 2199, 2347; EU 1210/2003, 36/2012, 2019/880)',
  factsKey: 'art',
  // History kinds its facts read (facts.ts PackModule.historyKinds): none.
  historyKinds: [],
  rules: [
    {
      code: 'ART-1',
      pack: 'antiquities',
      title: 'Red List category from Iraq or Syria without provenance, or with a gap around the cut-off',
      appliesTo: ['art'],
      when: 'art.redListClass != "" && art.inRedListPeriod && size(art.riskOrigins) > 0 && (art.documentedEvents == 0.0 || art.gapAroundCutoff)',
      evidence: '{"class": art.redListClass, "origins": art.riskOrigins, "originInferred": art.originInferred, "documentedEvents": art.documentedEvents, "lastDocumentedBeforeCutoff": art.lastBeforeCutoff, "gapYearsLimit": p.gapYears}',
      action: 'alert',
      score: 80,
      source: 'Domain brief s.4.2 ART-1; ICOM Emergency Red Lists (Iraq 2015, Syria 2013)',
      params: {
        gapYears: { type: 'number', default: 10, description: 'provenance silent for more than this many years before the cut-off is a gap', source: `${DESIGN} (the brief names the gap, not its length)` },
        riskCultures: {
          type: 'strings',
          default: ['mesopotamia', 'sumerian', 'akkadian', 'babylonian', 'assyrian', 'neo-assyrian', 'hatra', 'parthian', 'palmyra', 'palmyrene', 'dura-europos', 'ebla', 'mari', 'ugarit', 'nimrud', 'nineveh', 'apamea', 'umayyad', 'abbasid'],
          description: 'an object of unknown origin whose culture or description names one of these may come from Iraq or Syria (C6: "is, or may be")',
          source: 'domain brief C6; site and culture names from the ICOM Iraq and Syria Red Lists (design selection)',
        },
      },
    },
    {
      code: 'ART-2',
      pack: 'antiquities',
      title: 'Marks of recent looting: museum inventory numbers, inks, script, fresh soil',
      appliesTo: ['art'],
      when: 'size(art.strongMarks) > 0 || (size(art.contextMarks) > 0 && size(art.riskOrigins) > 0 && !art.exitProven)',
      evidence: '{"strong": art.strongMarks, "context": art.contextMarks, "exitProven": art.exitProven}',
      action: 'alert',
      score: 75,
      source: 'Domain brief s.4.2 ART-2; ICOM Emergency Red List of Iraqi Cultural Objects at Risk ("IM" Iraq Museum numbers, inks)',
      params: {
        strongKeywords: {
          type: 'strings',
          default: ['iraq museum', 'museum number', 'inventory number', 'ink number', 'excavation number', 'رقم المتحف'],
          description: 'marks that point to a museum or excavation whatever the provenance says (plus the "IM 12345" pattern)',
          source: 'domain brief ART-2 (inventory numbers or ink traces, esp. prefix "IM")',
        },
        contextKeywords: {
          type: 'strings',
          default: ['cuneiform', 'aramaic', 'syriac', 'fresh soil', 'soil', 'encrustation', 'encrusted', 'dirt', 'cunéiforme', 'araméen', 'terre', 'مسماري', 'آرامي'],
          description: 'marks that count only when the exit before the cut-off is not proven (a cuneiform tablet is cuneiform whether looted or not)',
          source: 'domain brief ART-2 (cuneiform or Aramaic script, fresh soil/encrustation)',
        },
      },
    },
    {
      code: 'ART-3',
      pack: 'antiquities',
      title: 'Cut-off test failed: no proof the object left Iraq or Syria before the cut-off (refuse)',
      appliesTo: ['art'],
      when: 'size(art.riskOrigins) > 0 && event.transaction != "return" && !art.exitProven',
      evidence: '{"origins": art.riskOrigins, "originInferred": art.originInferred, "exit": art.exit, "firstDocumentedOutside": art.firstOutside, "undatedEvents": art.undatedEvents, "rule": p.useEuDates ? "EU dates" : "UN dates"}',
      action: 'refuse',
      hardControl: 'C6',
      score: 100,
      source: 'Domain brief s.3 C6 and s.4.2 ART-3; res. 1483 (2003) para 7, res. 2199 (2015) para 17; EU Reg. 1210/2003 art. 3, Reg. 36/2012 art. 11c',
      params: {
        useEuDates: { type: 'boolean', default: false, description: 'use the EU export cut-offs (Syria 2011-05-09) instead of the UN ones (2011-03-15)', source: 'domain brief s.2 (EU_SYRIA_EXPORT_CUTOFF); UN dates by default since res. 2199 binds every State' },
      },
    },
    {
      code: 'ART-4',
      pack: 'antiquities',
      title: 'EU import without the licence or importer statement of Reg. 2019/880 (hold)',
      appliesTo: ['art'],
      when: 'art.importIntoEu && event.date >= art.eu880.applicableFrom && !art.hasImportLicence && ((art.archaeological && art.ageYears > art.eu880.licenceAgeYears) || (!art.hasImporterStatement && art.ageYears > art.eu880.statementAgeYears && (art.valueEur < 0.0 || art.valueEur >= art.eu880.statementValueEurMinor)))',
      evidence: '{"ageYears": art.ageYears, "archaeological": art.archaeological, "valueEurMinor": art.valueEur, "needs": (art.archaeological && art.ageYears > art.eu880.licenceAgeYears) ? "import licence (Part B)" : "importer statement (Part C)", "importInto": event.country}',
      action: 'alert',
      score: 70,
      source: 'Domain brief s.4.2 ART-4; Regulation (EU) 2019/880 Annex Parts B and C, applicable from 2025-06-28',
      params: {},
    },
    {
      code: 'ART-5',
      pack: 'antiquities',
      title: 'Transaction red flags',
      appliesTo: ['art'],
      when: 'size(art.flags) >= p.minFlags',
      evidence: '{"flags": art.flags, "minFlags": p.minFlags}',
      action: 'alert',
      score: 55,
      source: 'Domain brief s.4.2 ART-5; FATF, Money Laundering and Terrorist Financing in the Art and Antiquities Market (2023); UNIDROIT Convention (1995) art. 4(4)',
      params: {
        minFlags: { type: 'number', default: 2, description: 'flags needed for an alert', source: `${DESIGN} (one flag alone is common in honest trade)` },
        transitCountries: { type: 'strings', default: ['TR', 'LB', 'JO', 'AE'], description: 'seller or consignor countries that count as transit countries near the conflict', source: `${DESIGN}: Syria's neighbours and a regional trading hub, after FATF 2023 (themes)` },
        belowMarketShare: { type: 'number', default: 0.5, description: 'price below this share under the independent estimate is "far below market"', source: DESIGN },
        recentDocumentYears: { type: 'number', default: 5, description: 'an "old collection" record made this recently before the sale is suspect', source: DESIGN },
      },
    },
    {
      code: 'ART-6',
      pack: 'antiquities',
      title: 'Stolen-art registers not consulted, or a register hit',
      appliesTo: ['art'],
      when: 'size(art.missingRegisters) > 0 || size(art.registerHits) > 0',
      evidence: '{"consulted": art.registers, "missing": art.missingRegisters, "hits": art.registerHits, "note": "a register no-hit does not clear a looted object"}',
      action: 'alert',
      score: 50,
      source: 'Domain brief s.4.2 ART-6; UNIDROIT Convention (1995) art. 4(4) (registers consulted as a due-diligence factor)',
      params: {
        requiredRegisters: { type: 'strings', default: ['INTERPOL'], description: 'registers that must have been consulted (matched by name)', source: 'domain brief ART-6 (INTERPOL Stolen Works of Art database)' },
      },
    },
  ],
  facts: artFacts,
};

/** The last day a partial date can mean: "1990" -> "1990-12-31", "1990-08" -> "1990-08-31". */
export function latestDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-${String(new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
  return d;
}

function artFacts(input: FactInput): Record<string, unknown> | undefined {
  const { event: e, reference: ref, common } = input;
  if (e.kind !== 'art') return undefined;
  const p1 = input.params('ART-1');
  const p2 = input.params('ART-2');
  const p3 = input.params('ART-3');
  const p5 = input.params('ART-5');
  const p6 = input.params('ART-6');
  const cls = ref.redListClass(e.category);

  const declared = [...new Set([e.countryOfOrigin, ...e.possibleOrigins].filter((c): c is string => c !== undefined))];
  const cultureText = foldText([e.culture ?? '', e.period?.label ?? '', e.description].join(' '));
  const inferred = declared.length === 0 && keywordHits(cultureText, p1.riskCultures as string[]).length > 0;
  const origins = inferred ? Object.keys(ref.data.cutoffs) : declared;
  const riskOrigins = origins.filter((c) => ref.data.cutoffs[c] !== undefined);

  const documented = e.provenance.filter((p) => p.documented);
  const useEu = p3.useEuDates === true;
  const exit = riskOrigins.map((c) => exitProof(e, c, useEu ? ref.data.cutoffs[c]!.eu : ref.data.cutoffs[c]!.un));
  const exitProven = exit.length > 0 && exit.every((x) => x.proven);
  const firstCutoff = exit.map((x) => x.cutoff).sort()[0];
  const outside = documented.filter((p) => p.date && p.country && !riskOrigins.includes(p.country)).map((p) => p.date!).sort();
  const before = firstCutoff ? documented.filter((p) => p.date && p.date < firstCutoff).map((p) => p.date!).sort() : [];
  const lastBefore = before[before.length - 1] ?? '';
  const gapYears = p1.gapYears as number;
  const gapAroundCutoff = !exitProven && (lastBefore === '' || (Date.parse(firstCutoff!) - Date.parse(latestDay(lastBefore))) / (365.25 * 86_400_000) > gapYears);

  const list = (c: string): { fromYear: number; toYear: number } | undefined => ref.data.redList.lists[c];
  const inRedListPeriod =
    !e.period || (e.period.fromYear === undefined && e.period.toYear === undefined) ||
    riskOrigins.some((c) => {
      const l = list(c);
      return l !== undefined && (e.period!.fromYear ?? -100000) <= l.toYear && (e.period!.toYear ?? 3000) >= l.fromYear;
    });

  const markText = foldText([e.description, ...e.marks].join(' | '));
  const rawMarks = [e.description, ...e.marks].join(' | ');
  const strongMarks = [...keywordHits(markText, p2.strongKeywords as string[]), ...(rawMarks.match(/\bIM\s?[-.]?\s?\d{2,6}\b/g) ?? [])];
  const contextMarks = keywordHits(markText, p2.contextKeywords as string[]);

  const year = Number(e.date.slice(0, 4));
  const ageYears = e.period?.toYear !== undefined ? year - e.period.toYear : -1;
  const eu = ref.data.countryGroups.EU ?? [];
  const valueBasis = e.price ?? e.estimatedValue;
  const valueEur = valueBasis ? convertMinor(valueBasis, 'EUR', ref.data.fx) ?? -1 : -1;

  const registers = e.registersConsulted.map((r) => r.register);
  const folded = registers.map(foldText);
  const missingRegisters = (p6.requiredRegisters as string[]).filter((req) => !folded.some((r) => r.includes(foldText(req))));
  const registerHits = e.registersConsulted.filter((r) => r.result && /\b(hit|match|stolen|listed|found)\b/i.test(r.result) && !/\bno\b/i.test(r.result)).map((r) => `${r.register}: ${r.result}`);

  return {
    redListClass: cls?.key ?? '',
    inRedListPeriod,
    riskOrigins,
    originInferred: inferred,
    documentedEvents: documented.length,
    undatedEvents: e.provenance.filter((p) => !p.date).length,
    exit,
    exitProven,
    firstOutside: outside[0] ?? '',
    lastBeforeCutoff: lastBefore,
    gapAroundCutoff,
    strongMarks,
    contextMarks,
    ageYears,
    archaeological: cls?.archaeological ?? /archaeolog/i.test(e.category),
    importIntoEu: e.transaction === 'import' && e.country !== undefined && eu.includes(e.country),
    hasImportLicence: e.documents.some((d) => d.type === 'import-licence'),
    hasImporterStatement: e.documents.some((d) => d.type === 'importer-statement'),
    valueEur,
    eu880: {
      applicableFrom: ref.data.eu880.applicableFrom,
      licenceAgeYears: ref.data.eu880.licenceAgeYears,
      statementAgeYears: ref.data.eu880.statementAgeYears,
      statementValueEurMinor: ref.data.eu880.statementValue.minor,
    },
    flags: transactionFlags(e, p5, ref.data.fx, firstCutoff, common.narrative),
    registers,
    missingRegisters,
    registerHits,
  };
}

interface ExitProof {
  country: string;
  cutoff: string;
  proven: boolean;
  by: string;
  date: string;
}

/** Documented proof that the object was outside `country` before `cutoff`. */
function exitProof(e: ArtEvent, country: string, cutoff: string): ExitProof {
  const candidates: { by: string; date: string }[] = [];
  for (const p of e.provenance) {
    if (p.documented && p.date && p.country && p.country !== country && latestDay(p.date) < cutoff) candidates.push({ by: `provenance: ${p.event}${p.place ? ` (${p.place})` : ''}`, date: p.date });
  }
  for (const d of e.documents) {
    if (d.type === 'export-licence' && d.issuingCountry === country && d.date && latestDay(d.date) < cutoff) candidates.push({ by: `export licence${d.number ? ` ${d.number}` : ''}`, date: d.date });
  }
  candidates.sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = candidates[0];
  return { country, cutoff, proven: first !== undefined, by: first?.by ?? '', date: first?.date ?? '' };
}

function transactionFlags(e: ArtEvent, p: Record<string, unknown>, fx: Parameters<typeof convertMinor>[2], cutoff: string | undefined, narrative: string): string[] {
  const flags: string[] = [];
  const transit = p.transitCountries as string[];
  for (const role of ['seller', 'consignor'] as const) {
    const c = e.parties[role]?.country;
    if (c && transit.includes(c)) flags.push(`${role} in transit country ${c}`);
  }
  if (e.price && e.estimatedValue) {
    const est = convertMinor(e.estimatedValue, e.price.currency, fx);
    if (est !== undefined && e.price.minor < (1 - (p.belowMarketShare as number)) * est) flags.push('price far below the estimate');
  }
  if (e.paymentMethod === 'cash') flags.push('cash payment');
  if (e.paymentMethod === 'third-party' || (e.parties.payer && e.parties.buyer && e.parties.payer.name !== e.parties.buyer.name)) flags.push('third-party payment');
  if (e.parties.intermediary) flags.push('intermediary');
  if (e.freeport || Object.values(e.parties).some((x) => x?.category === 'freeport')) flags.push('freeport');
  if (e.provenanceRefused) flags.push('seller reluctant to give provenance');
  const recentFrom = Date.parse(e.date) - (p.recentDocumentYears as number) * 365.25 * 86_400_000;
  for (const d of e.documents) {
    if (d.type === 'collection-record' && d.createdOn && Date.parse(latestDay(d.createdOn)) >= recentFrom && (!d.date || !cutoff || d.date < cutoff)) {
      flags.push(`"old collection" record created ${d.createdOn}`);
    }
  }
  if (/\bold (family )?collection\b/.test(narrative) && !e.documents.some((d) => d.type === 'collection-record')) flags.push('"old collection" claimed without a record');
  return flags;
}
