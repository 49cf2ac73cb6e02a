/**
 * The canonical model of a sanctioned party. Every list reader (UN, OFAC, UK, EU, custom) maps into
 * these types, and everything downstream (matching, diffs, cases, reports) reads only these types.
 *
 * Rules the model follows:
 * - Nothing the source says is dropped. A field the model has a typed place for goes there; anything
 *   else goes into `extra` verbatim with the source's own field path, and the import reports it.
 * - Source text is kept as written (trimmed of surrounding whitespace only). Normalised forms for
 *   matching are computed elsewhere (src/names) and never stored in place of the original.
 * - Dates are ISO strings whose length is their precision: "1971" (year only), "1971-04" (month),
 *   "1971-04-11" (day). A year-only date is never widened to 1 January.
 *
 * docs/lists.md maps every field of every source to its place here.
 */

/**
 * Bump when the shape of SanctionedParty changes, or a reader reads a source into it differently, so
 * stored snapshots are re-derived from source. 2: the UN and UK readers file the IMO numbers their
 * free text states as documents (imo-in-text.ts). 3: the UN reader numbers a document from its note
 * or second type when NUMBER is empty, and files the passports and identity numbers its comments,
 * aliases and alias notes state (stated-documents.ts). 4: the UN reader files the birth dates its
 * aliases' notes state (stated-birth-dates.ts). 5: a six-digit document number keeps the series
 * written before it ("8208 No. 555627": stated-documents.ts documentNumberIn), in the UN and UK readers.
 */
export const MODEL_VERSION = 5;

export type PartyKind = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';

/**
 * Alias quality as the publisher states it. UN: "Good", "Low", "a.k.a.", "f.k.a."; OFAC: aka / fka /
 * nka with strong or weak category. `unspecified` when the source gives none.
 * Matching weighs `low` (and OFAC weak) aliases less than the others.
 */
export type AliasQuality = 'good' | 'low' | 'aka' | 'fka' | 'nka' | 'unspecified';

export type NameType = 'primary' | 'alias' | 'original-script';

export interface PartyName {
  type: NameType;
  /** The whole name as the source writes it. */
  full: string;
  /** Name parts in source order, where the source splits them (UN FIRST_NAME..FOURTH_NAME). */
  parts?: string[];
  /** Quality of an alias; `good` for the primary name and original-script names. */
  quality: AliasQuality;
  /** Free-text note attached to this name by the source. */
  note?: string;
  /** Some UN aliases carry their own birth details (an alias used with another date or place). */
  birthDate?: string;
  birthCity?: string;
  birthCountry?: string;
}

/** How the publisher qualifies a birth date. */
export type BirthDateKind = 'exact' | 'approximately' | 'between';

export interface BirthDate {
  kind: BirthDateKind;
  /** For exact/approximately: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (precision = length). */
  date?: string;
  /** For between: the first and last year (or date) of the range, inclusive. */
  from?: string;
  to?: string;
  note?: string;
}

export interface Place {
  /** The whole address as one free-text line, where the source does not split it (custom lists). */
  full?: string;
  street?: string;
  city?: string;
  stateProvince?: string;
  zipCode?: string;
  country?: string;
  note?: string;
}

export type DocumentKind = 'passport' | 'national-id' | 'other';

export interface IdentityDocument {
  /** Coarse kind used by matching; the source's own wording stays in `type`. */
  kind: DocumentKind;
  /** The source's document type text, e.g. "Passport", "National Identification Number". */
  type: string;
  /** UN TYPE_OF_DOCUMENT2: a second, free-text description of the document type. */
  type2?: string;
  number?: string;
  issuingCountry?: string;
  countryOfIssue?: string;
  cityOfIssue?: string;
  dateOfIssue?: string;
  dateOfExpiry?: string;
  note?: string;
}

export interface VesselDetails {
  imoNumber?: string;
  callSign?: string;
  vesselType?: string;
  flag?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  owner?: string;
}

/** A source field kept verbatim because the model has no typed place for it. */
export interface ExtraField {
  /** The source's own path, e.g. "INDIVIDUAL/SORT_KEY". */
  field: string;
  value: string;
}

export interface SanctionedParty {
  /** Stable id across versions of one source: `${source}:${referenceNumber}`. */
  id: string;
  /** List source key: "un", "ofac-sdn", "uk-hmt", "eu", or a custom list's key. */
  source: string;
  /** The publisher's reference, e.g. "QDi.299" (UN), an OFAC ent_num, a UK Group ID. */
  referenceNumber: string;
  /** The publisher's internal record id (UN DATAID) and record version (UN VERSIONNUM). */
  sourceId?: string;
  sourceRecordVersion?: string;
  kind: PartyKind;
  /** The regime: UN_LIST_TYPE ("Al-Qaida", "Taliban", "DPRK", ...), OFAC program, UK regime. */
  listType?: string;
  /** Further programme labels (UN LIST_TYPE/VALUE such as "UN List", OFAC programs). */
  programs: string[];
  /** Display name: the primary name as written. */
  caption: string;
  /** Every name: the primary first, then aliases in source order, then original-script names. */
  names: PartyName[];
  titles: string[];
  designations: string[];
  genders: string[];
  nationalities: string[];
  birthDates: BirthDate[];
  birthPlaces: Place[];
  documents: IdentityDocument[];
  addresses: Place[];
  vessel?: VesselDetails;
  /** Date of first listing, "YYYY-MM-DD". */
  listedOn?: string;
  /** Dates of amendments, as the publisher lists them. */
  amendedOn: string[];
  /** Narrative comments (UN COMMENTS1, OFAC remarks, UK other information). */
  comments?: string;
  extra: ExtraField[];
}

/** Something the reader noticed and kept going: an unknown element, an odd date, an empty record. */
export interface ImportWarning {
  /** Where: "file:line:column" when known. */
  at: string;
  referenceNumber?: string;
  message: string;
}

/** What a reader returns: the parties and the publisher's own metadata. */
export interface ListSnapshot {
  source: string;
  /** The reader that produced it, e.g. "un-xml". */
  format: string;
  publisher: string;
  /** The publisher's generation date (UN dateGenerated), ISO 8601, or undefined if the file has none. */
  generatedAt?: string;
  parties: SanctionedParty[];
  warnings: ImportWarning[];
}

export function emptyParty(source: string, referenceNumber: string, kind: PartyKind): SanctionedParty {
  return {
    id: `${source}:${referenceNumber}`,
    source,
    referenceNumber,
    kind,
    programs: [],
    caption: '',
    names: [],
    titles: [],
    designations: [],
    genders: [],
    nationalities: [],
    birthDates: [],
    birthPlaces: [],
    documents: [],
    addresses: [],
    amendedOn: [],
    extra: [],
  };
}
