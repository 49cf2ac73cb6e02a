/**
 * OFAC writes much of what it knows about a party as free text: the legacy CSV's Remarks column
 * holds the birth dates, places of birth, nationalities, documents, gender and the weak a.k.a.s,
 * one fact per ";"-separated segment, each introduced by a label ("DOB 10 Dec 1948; POB Cairo,
 * Egypt; nationality Egypt; Passport 1084010 (Egypt) issued 12 Jan 2001; a.k.a. 'ABU SALIM'.").
 * The XML format has most of these as elements, but writes its dates the same way.
 *
 * This module turns those segments into typed model values. It is deliberately conservative:
 * a segment is only read when its label is one OFAC uses for that fact (tables below); anything
 * else stays where the reader keeps the whole Remarks text (the party's `comments`), so nothing is
 * lost, and nothing is guessed. Problems (an impossible date, a text cut off by the legacy format's
 * 1,000-character limit) come back as messages for the reader to turn into warnings.
 */
import { MONTH_ABBREVIATIONS, composeDate } from './dates.js';
import type { BirthDate, DocumentKind, ExtraField, IdentityDocument, PartyName, Place } from './model.js';

// ---------------------------------------------------------------------------------------------
// Dates: "10 Dec 1948", "Dec 1948", "1948", "circa 1951", "1951 to 1953",
// "01 Jan 1953 to 31 Dec 1954", "circa 07 Jul 1966", "circa 1979-1982" (all seen in real files).


export type OfacDateParse = { ok: true; value: string } | { ok: false; reason: string };

/** One OFAC date ("10 Dec 1948", "Dec 1948", "1948") to the model's "YYYY[-MM[-DD]]". */
export function parseOfacDate(raw: string): OfacDateParse {
  const text = raw.trim();
  const m = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,4})\.?\s+)?(\d{4})$/.exec(text);
  if (!m) return { ok: false, reason: `unrecognised date "${text}"` };
  const [, day, monthName, year] = m;
  let month: string | undefined;
  if (monthName !== undefined) {
    month = MONTH_ABBREVIATIONS[monthName.toLowerCase()];
    if (month === undefined) return { ok: false, reason: `unrecognised month in "${text}"` };
  } else if (day !== undefined) {
    return { ok: false, reason: `unrecognised date "${text}"` };
  }
  const parsed = composeDate(year!, month, day?.padStart(2, '0'));
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: parsed.reason };
}

export type OfacBirthDateParse = { ok: true; value: BirthDate } | { ok: false; reason: string };

/** A DOB as OFAC writes it, with its qualifier ("circa") and range ("X to Y") kept. */
export function parseOfacBirthDate(raw: string): OfacBirthDateParse {
  let text = raw.trim();
  const circa = /^circa\s+/i.exec(text);
  if (circa) text = text.slice(circa[0].length);
  // "A to B", or "1979-1982" (only year-year: "12-Jan-1980" is not a form OFAC uses).
  const range = /^(.+?)\s+to\s+(.+)$/i.exec(text) ?? /^(\d{4})\s*-\s*(\d{4})$/.exec(text);
  if (range) {
    const from = parseOfacDate(range[1]!);
    const to = parseOfacDate(range[2]!);
    if (!from.ok) return from;
    if (!to.ok) return to;
    if (from.value > to.value) return { ok: false, reason: `range "${raw.trim()}" ends before it starts` };
    const value: BirthDate = { kind: 'between', from: from.value, to: to.value };
    if (circa) value.note = 'circa';
    return { ok: true, value };
  }
  const date = parseOfacDate(text);
  if (!date.ok) return date;
  return { ok: true, value: { kind: circa ? 'approximately' : 'exact', date: date.value } };
}

// ---------------------------------------------------------------------------------------------
// Document labels as OFAC writes them ("<label> <number> (<country>) issued <date> expires <date>").
// Matched longest first, so "Identification Number IMO" wins over "Identification Number".

const PASSPORT_LABELS = [
  'Passport', 'Passport No.', 'Passport No.:', 'Passport Booklet', 'Passport Booklet:', 'Diplomatic Passport',
  'British National Overseas Passport', 'Stateless Person Passport',
];
const NATIONAL_ID_LABELS = [
  'National ID No.', 'National ID No.:', 'Cedula No.', 'D.N.I.', 'Identification Number', 'Personal ID Card',
  'National Foreign ID Number', 'Kenyan ID No.', 'Turkish Identification Number', "Citizen's Card Number",
  'C.U.R.P.', 'C.U.R.P. #', 'SSN', 'Numero de Identidad', 'Tazkira National ID Card', 'Moroccan Personal ID No.',
  'Bosnian Personal ID No.', 'UAE Identification', 'Credencial electoral', 'Electoral Registry No.', 'I.F.E.',
  'C.U.I.', 'Residency Number', 'Refugee ID Card', 'Stateless Person ID Card', 'Romanian Permanent Resident',
];
const OTHER_DOCUMENT_LABELS = [
  'Tax ID No.', 'Registration Number', 'Registration ID', 'NIT #', 'RUC #', 'R.F.C.', 'R.F.C. #', 'RFC',
  'Government Gazette Number', 'Folio Mercantil No.', 'Business Registration Number', 'Company Number',
  'Commercial Registry Number', 'Matricula Mercantil No', 'V.A.T. Number', 'C.R. No.',
  'Unified Social Credit Code (USCC)', 'United Social Credit Code Certificate (USCCC)', 'Legal Entity Number',
  'SWIFT/BIC', 'D-U-N-S Number', 'Economic Register Number (CBLS)', 'Trade License No.', 'RIF #',
  'Chamber of Commerce Number', 'Business Registration Document #', 'License', "Driver's License No.",
  'Birth Certificate Number', 'Italian Fiscal Code', 'Italian Fiscal Code:', 'Central Registration System Number',
  'Istanbul Chamber of Comm. No.', 'Business Number', 'UK Company Number', 'Public Registration Number', 'US FEIN',
  'Enterprise Number', 'Chinese Commercial Code', 'Registered Charity No.', 'Branch Unit Number',
  'Dubai Chamber of Commerce Membership No.', 'C.U.I.T.', 'LE Number', 'Certificate of Incorporation Number', 'RTN',
  'C.U.I.P.', 'Permit Number', 'VisaNumberID', 'File Number', 'Travel Document Number', 'Immigration No.', 'C.I.F.',
  'Pilot License Number', 'Organization Code', 'Serial No.', 'SRE Permit No.', 'Cartilla de Servicio Militar Nacional',
  'Public Security and Immigration No.', 'BIK (RU)', 'Identification Number IMO', 'Company Number IMO',
  'Afghan Money Service Provider License Number', 'Romanian C.R.', 'Paraguayan tax identification number', 'ISIN',
  'Romanian Tax Registration', 'Seafarer\'s Identification Document',
];

const DOCUMENT_LABELS: { label: string; kind: DocumentKind }[] = [
  ...PASSPORT_LABELS.map((label) => ({ label, kind: 'passport' as const })),
  ...NATIONAL_ID_LABELS.map((label) => ({ label, kind: 'national-id' as const })),
  ...OTHER_DOCUMENT_LABELS.map((label) => ({ label, kind: 'other' as const })),
].sort((a, b) => b.label.length - a.label.length);

/**
 * Facts kept in `extra` as "Remarks/<label>": the model has no typed place for them, but they are
 * worth having as fields (an investigator filters on "Linked To"; a vessel's MMSI identifies it).
 * Longest first, like the documents.
 */
const FACT_LABELS = [
  'Linked To:', 'Email Address', 'Website', 'Phone Number', 'Telephone', 'Telephone:', 'Telephone No.', 'Fax',
  'Fax:', 'Fax No.', 'Organization Established Date', 'Organization Type:', 'Additional Sanctions Information -',
  'Secondary sanctions risk:', 'Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:',
  'Aircraft Model', "Aircraft Manufacturer's Serial Number (MSN)", 'Aircraft Manufacture Date', 'Aircraft Operator',
  'Aircraft Construction Number (also called L/N or S/N or F/N)', 'Aircraft Tail Number', 'Previous Aircraft Tail Number',
  'Aircraft Mode S Transponder Code', 'Aircraft Serial Identification', 'MMSI', 'Vessel Year of Build',
  'Other Vessel Call Sign', 'Other Vessel Flag', 'Other Vessel Type', 'Former Vessel Flag', 'CAATSA Section 235 Information:',
].sort((a, b) => b.length - a.length);

/**
 * What an OFAC XML idType denotes. The XML files every labelled fact as an <id>, documents and
 * directive texts alike, so the labels decide: a document (with its coarse kind), a fact for
 * `extra`, the gender, or the vessel's IMO number. Unknown labels are documents of kind 'other',
 * because OFAC introduces new registry numbers far more often than new kinds of fact.
 */
export type OfacIdMeaning = { is: 'document'; kind: DocumentKind } | { is: 'fact' } | { is: 'gender' } | { is: 'imo' };

const FACT_PATTERN =
  /^(?:Executive Order|Listing Date|Effective Date|Purchase\/Sales For Divestment Date|CAATSA|Secondary sanctions|Additional Sanctions|Transactions Prohibited|Digital Currency Address|Target Type|Issuer Name|Equity Ticker|Nationality of Registration)\b/i;

export function ofacIdMeaning(idType: string): OfacIdMeaning {
  const label = idType.trim();
  if (/^gender$/i.test(label)) return { is: 'gender' };
  if (/^Vessel Registration Identification$/i.test(label)) return { is: 'imo' };
  const bare = label.replace(/(?::| -)$/, '');
  if (FACT_PATTERN.test(label) || FACT_LABELS.some((f) => f.replace(/:$/, '') === bare)) return { is: 'fact' };
  const doc = DOCUMENT_LABELS.find((d) => d.label === label || d.label.replace(/:$/, '') === bare);
  return { is: 'document', kind: doc?.kind ?? 'other' };
}

/** Everything Remarks said that this module could read, plus what went wrong. */
export interface OfacRemarks {
  birthDates: BirthDate[];
  birthPlaces: Place[];
  /** "nationality X" and "citizen X" alike: the model, like the UN list, has one place for both. */
  nationalities: string[];
  genders: string[];
  documents: IdentityDocument[];
  /** a.k.a./f.k.a./n.k.a. written in Remarks: OFAC's weak aliases, quality 'low'. */
  weakAliases: PartyName[];
  imoNumbers: string[];
  facts: ExtraField[];
  /** Messages for warnings (bad dates, truncation); the text stays in comments either way. */
  problems: string[];
}

/**
 * Read a Remarks text. `truncatedAt` is the legacy CSV's field limit: a text of exactly that length
 * that does not end a sentence was cut off, and its last fact may be incomplete.
 */
export function parseOfacRemarks(remarks: string, truncatedAt?: number): OfacRemarks {
  const out: OfacRemarks = {
    birthDates: [], birthPlaces: [], nationalities: [], genders: [], documents: [], weakAliases: [],
    imoNumbers: [], facts: [], problems: [],
  };
  const text = remarks.trim();
  if (truncatedAt !== undefined && remarks.length >= truncatedAt && !/[.)']$/.test(text)) {
    out.problems.push(`Remarks is ${remarks.length} characters long and ends mid-sentence: probably cut off by the legacy CSV format (the XML format has the full record)`);
  }
  const segments = splitSegments(text);
  segments.forEach((segment, k) => {
    // Only the last segment ends the sentence with "."; inside a name or a number a dot is data.
    const last = k === segments.length - 1;
    readSegment(last ? segment.replace(/\.$/, '') : segment, out);
  });
  return out;
}

/** Split on ";" outside parentheses (an address or a reason in parentheses may contain one). */
function splitSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

function readSegment(raw: string, out: OfacRemarks): void {
  // "alt." introduces a further value of the same kind; the value stands on its own.
  const segment = raw.replace(/^alt\.\s+/i, '');
  const alias = /^([afn])\.k\.a\.,?\s+(.*)$/i.exec(segment);
  if (alias) return readWeakAlias(alias[1]!.toLowerCase(), alias[2]!, out);
  const labelled = /^(DOB|POB|nationality|citizen|Gender)\s+(.+)$/i.exec(segment);
  if (labelled) {
    const [, label, value] = labelled;
    switch (label!.toLowerCase()) {
      case 'dob': {
        const parsed = parseOfacBirthDate(value!);
        if (parsed.ok) out.birthDates.push(parsed.value);
        else out.problems.push(`DOB: ${parsed.reason}`);
        return;
      }
      case 'pob':
        out.birthPlaces.push(placeOfBirth(value!));
        return;
      case 'nationality':
      case 'citizen':
        out.nationalities.push(value!.trim());
        return;
      case 'gender':
        out.genders.push(value!.trim());
        return;
    }
  }
  const imo = /^Vessel Registration Identification(?: IMO)?\s+(\S+)$/.exec(segment);
  if (imo) {
    out.imoNumbers.push(imo[1]!);
    return;
  }
  for (const { label, kind } of DOCUMENT_LABELS) {
    if (segment.startsWith(label + ' ')) {
      const doc = readDocument(label, kind, segment.slice(label.length + 1));
      if (doc) out.documents.push(doc);
      return;
    }
  }
  for (const label of FACT_LABELS) {
    if (segment.startsWith(label + ' ')) {
      out.facts.push({ field: `Remarks/${label.replace(/(?::| -)$/, '')}`, value: segment.slice(label.length + 1).trim() });
      return;
    }
  }
  const fact = /^(Digital Currency Address - \S+|Executive Order \d+ [^:]*?(?::| -))\s+(.+)$/.exec(segment);
  if (fact) {
    out.facts.push({ field: `Remarks/${fact[1]!.replace(/(?::| -)$/, '')}`, value: fact[2]!.trim() });
  }
  // Anything else (a role, "Member ETA", a directive text) is narrative: it stays in comments.
}

function readWeakAlias(type: string, rest: string, out: OfacRemarks): void {
  const quoted = /^'(.*)'$/.exec(rest.trim());
  let name: string;
  if (quoted) {
    name = quoted[1]!;
  } else if (rest.startsWith("'")) {
    // An opening quote with no closing one: the text was cut off; keep what there is.
    name = rest.slice(1);
    out.problems.push(`weak a.k.a. '${name}' has no closing quote (the Remarks text is cut off); kept as written`);
  } else {
    name = rest;
  }
  name = name.trim();
  if (name === '') return;
  const alias: PartyName = { type: 'alias', full: name, quality: 'low' };
  // The model's quality field holds "weak"; whether it was an a.k.a. or a former name goes in the note.
  alias.note = `weak ${type}.k.a.`;
  out.weakAliases.push(alias);
}

/** "Jeddah, Saudi Arabia": the whole text as written; the last part, when there are several, as country. */
function placeOfBirth(text: string): Place {
  const full = text.trim();
  const parts = full.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const place: Place = { full };
  if (parts.length > 1) place.country = parts.at(-1)!;
  return place;
}

/**
 * "<number> (<country>) issued <date> expires <date>" after the label. Text that fits none of these
 * slots (a second parenthesis, "issued by ...") is kept in the document's note.
 */
function readDocument(label: string, kind: DocumentKind, rest: string): IdentityDocument | undefined {
  let head = rest.trim();
  const notes: string[] = [];
  const doc: IdentityDocument = { kind, type: label.replace(/:$/, '') };
  // Dates first: they are the tail of the segment.
  const dates = /\s+(issued|expires)\s+.*$/.exec(head);
  if (dates) {
    const tail = head.slice(dates.index).trim();
    head = head.slice(0, dates.index).trim();
    const issued = /\bissued\s+((?:\d{1,2}\s+)?(?:[A-Za-z]{3,4}\s+)?\d{4})\b/.exec(tail);
    const expires = /\bexpires\s+((?:\d{1,2}\s+)?(?:[A-Za-z]{3,4}\s+)?\d{4})\b/.exec(tail);
    let leftover = tail;
    if (issued) {
      const d = parseOfacDate(issued[1]!);
      if (d.ok) {
        doc.dateOfIssue = d.value;
        leftover = leftover.replace(issued[0], '');
      }
    }
    if (expires) {
      const d = parseOfacDate(expires[1]!);
      if (d.ok) {
        doc.dateOfExpiry = d.value;
        leftover = leftover.replace(expires[0], '');
      }
    }
    leftover = leftover.trim();
    if (leftover !== '') notes.push(leftover);
  }
  // Trailing parenthesised groups: the last is the issuing country, others are notes.
  const groups: string[] = [];
  for (let m = /\s*\(([^()]*)\)$/.exec(head); m; m = /\s*\(([^()]*)\)$/.exec(head)) {
    groups.unshift(m[1]!.trim());
    head = head.slice(0, m.index).trim();
  }
  if (groups.length > 0) doc.issuingCountry = groups.pop()!;
  notes.unshift(...groups);
  if (head === '') return undefined;
  doc.number = head;
  if (notes.length > 0) doc.note = notes.join('; ');
  return doc;
}
