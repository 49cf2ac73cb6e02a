/**
 * Reference data the rules read: risk areas, HS code lists, cut-off dates, the ICOM Red List
 * taxonomy, benchmark prices, exchange rates, country groups. Shipped in data/reference with the
 * source and date of every file; users edit those files or pass their own directory.
 */
import type { FxTable } from '../money.js';

export type AreaKind = 'oil-field' | 'crossing' | 'border-village' | 'border-province' | 'border-town' | 'governorate' | 'governorate-part';

export type Ring = [number, number][];

export interface RiskArea {
  id: string;
  name: string;
  aliases: string[];
  kind: AreaKind;
  country: string;
  /** A point with a radius, or a polygon / multipolygon (GeoJSON order: [lon, lat]). */
  geometry: { type: 'Point'; lon: number; lat: number; radiusKm: number } | { type: 'Polygon'; polygons: Ring[][] };
  validFrom?: string;
  validTo?: string;
  source: string;
}

export interface BenchmarkSeries {
  id: string;
  label: string;
  unit: 'bbl';
  currency: string;
  hsPrefixes: string[];
  source: string;
  /** "YYYY-MM" -> price in minor units per unit. */
  values: Map<string, number>;
}

export interface RedListClass {
  key: string;
  label: string;
  aliases: string[];
  archaeological: boolean;
}

export interface ReferenceData {
  /** Which files were read, with their stated source and date, for the decision record and docs. */
  files: { file: string; asOf?: string; source?: string }[];
  /** SHA-256 over every file's bytes, in file order: recorded with each rule-pack version. */
  hash: string;
  areas: RiskArea[];
  hs: Record<string, string[]>;
  cutoffs: Record<string, { un: string; eu: string; source: string }>;
  eu880: { applicableFrom: string; licenceAgeYears: number; statementAgeYears: number; statementValue: { currency: string; minor: number } };
  redList: { lists: Record<string, { fromYear: number; toYear: number }>; classes: RedListClass[] };
  benchmarks: BenchmarkSeries[];
  fx: FxTable;
  countryGroups: Record<string, string[]>;
}
