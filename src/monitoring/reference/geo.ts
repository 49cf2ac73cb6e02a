/**
 * Where is a place, as far as the risk geography is concerned? A place with coordinates is tested
 * against every area in force on the event's date: inside a polygon, or within a point area's
 * radius. A place given only by name ("Akçakale", "Deir ez-Zor") is matched against the areas'
 * names and aliases, because payment and trade records usually carry a town, not coordinates.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { multiPolygon, point } from '@turf/helpers';
import type { Place } from '../party.js';
import { foldAscii } from '../text.js';
import type { RiskArea } from './types.js';

export interface AreaHit {
  areaId: string;
  areaName: string;
  kind: RiskArea['kind'];
  country: string;
  /**
   * "inside" a polygon, within the "radius" of a point area, "near" a point area (beyond its radius
   * but within the caller's search distance: a rule with a wider radius decides), or "name".
   */
  by: 'inside' | 'radius' | 'near' | 'name';
  /** Distance from the area's point (0 inside a polygon or for a name match). */
  distanceKm: number;
  /** The text that matched, for a name match. */
  matched?: string;
}

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean Earth radius

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Lower case, Latin accents and Arabic marks removed, punctuation as spaces: "Akçakale" = "akcakale". */
export function foldPlaceText(s: string): string {
  // ASCII (most town names): the same result as the general path, without its passes (text.ts foldAscii).
  return foldAscii(s) ?? foldAnyPlaceText(s);
}

/** foldPlaceText's general path (exported for the test that checks foldAscii against it). */
export function foldAnyPlaceText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Prepared {
  area: RiskArea;
  turf?: ReturnType<typeof multiPolygon>;
  /** Bounding box [minLon, minLat, maxLon, maxLat] to skip most polygon tests cheaply. */
  bbox?: [number, number, number, number];
  names: string[];
}

export class RiskAreaIndex {
  private readonly prepared: Prepared[];
  /** Folded alias -> areas, for name matches; aliases are looked up as word n-grams of the place text. */
  private readonly aliases = new Map<string, number[]>();
  private maxAliasWords = 1;
  /**
   * Place text -> the aliases it names, as (phrase, area indexes) in the order the scan below meets
   * them. Depends only on the text (the date and country filters apply afterwards); towns repeat
   * on every payment, and folding plus building every word run of a text was most of `locate`.
   */
  private readonly phraseHits = new Map<string, { phrase: string; indexes: number[] }[]>();

  constructor(areas: RiskArea[]) {
    this.prepared = areas.map((area, index) => {
      const names = [...new Set([area.name, ...area.aliases].map(foldPlaceText).filter((n) => n.length >= 3))];
      for (const text of names) {
        const list = this.aliases.get(text);
        if (list) list.push(index);
        else this.aliases.set(text, [index]);
        this.maxAliasWords = Math.max(this.maxAliasWords, text.split(' ').length);
      }
      if (area.geometry.type === 'Polygon') {
        const all = area.geometry.polygons.flat(2);
        const lons = all.map((c) => c[0]);
        const lats = all.map((c) => c[1]);
        return { area, names, turf: multiPolygon(area.geometry.polygons), bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
      }
      return { area, names };
    });
  }

  get size(): number {
    return this.prepared.length;
  }

  /**
   * Areas in force on `date` that contain the place or are near it. `searchKm` widens point areas
   * (so a rule can apply its own radius to the reported distance); polygons count only from inside.
   */
  locate(place: Place, date: string, searchKm = 0): AreaHit[] {
    // The map of hits is made at the first hit: most places (a customer's town far from the risk
    // areas) have none, and every event's places come here.
    let hits: Map<string, AreaHit> | undefined;
    if (place.lat !== undefined && place.lon !== undefined) {
      const lat = place.lat;
      const lon = place.lon;
      for (const p of this.prepared) {
        const a = p.area;
        if (!inForce(a, date)) continue;
        if (a.geometry.type === 'Point') {
          // A degree of latitude is ~111 km and of longitude less: a cheap test skips far areas.
          const reach = Math.max(a.geometry.radiusKm, searchKm) / 111 + 0.01;
          if (Math.abs(lat - a.geometry.lat) > reach) continue;
          const d = haversineKm(lat, lon, a.geometry.lat, a.geometry.lon);
          if (d <= Math.max(a.geometry.radiusKm, searchKm)) (hits ??= new Map()).set(a.id, hit(a, d <= a.geometry.radiusKm ? 'radius' : 'near', round(d)));
        } else if (p.turf && p.bbox && lon >= p.bbox[0] && lon <= p.bbox[2] && lat >= p.bbox[1] && lat <= p.bbox[3]) {
          if (booleanPointInPolygon(point([lon, lat]), p.turf)) (hits ??= new Map()).set(a.id, hit(a, 'inside', 0));
        }
      }
    }
    // The place's texts in this order: name, town, subdivision, street, then its lines.
    hits = this.nameHits(place, place.name, date, hits);
    hits = this.nameHits(place, place.town, date, hits);
    hits = this.nameHits(place, place.subdivision, date, hits);
    hits = this.nameHits(place, place.street, date, hits);
    if (place.lines) for (const line of place.lines) hits = this.nameHits(place, line, date, hits);
    return hits === undefined ? [] : [...hits.values()];
  }

  /** Adds the areas one text of the place names (in force, in the place's country if it gives one) to `hits`. */
  private nameHits(place: Place, text: string | undefined, date: string, hits: Map<string, AreaHit> | undefined): Map<string, AreaHit> | undefined {
    if (text === undefined) return hits;
    const found = this.aliasesIn(text);
    for (let f = 0; f < found.length; f++) {
      const { phrase, indexes } = found[f] as { phrase: string; indexes: number[] };
      for (const index of indexes) {
        const a = (this.prepared[index] as Prepared).area;
        if (hits?.has(a.id) || !inForce(a, date)) continue;
        // A name only counts in the area's own country when the place gives a country.
        if (place.country && a.country && place.country !== a.country && a.kind !== 'crossing') continue;
        (hits ??= new Map()).set(a.id, { ...hit(a, 'name', 0), matched: phrase });
      }
    }
    return hits;
  }

  /** The aliases a place text names, in scan order (see phraseHits), remembered per text. */
  private aliasesIn(text: string): { phrase: string; indexes: number[] }[] {
    let found = this.phraseHits.get(text);
    if (found !== undefined) return found;
    found = [];
    const words = foldPlaceText(text).split(' ');
    // Every run of up to maxAliasWords words is a candidate alias ("tal abyad", "deir ez zor").
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let k = i; k < Math.min(words.length, i + this.maxAliasWords); k++) {
        phrase = k === i ? (words[k] as string) : `${phrase} ${words[k]}`;
        const indexes = this.aliases.get(phrase);
        if (indexes) found.push({ phrase, indexes });
      }
    }
    if (this.phraseHits.size >= 50_000) this.phraseHits.clear();
    this.phraseHits.set(text, found);
    return found;
  }
}

function inForce(a: RiskArea, date: string): boolean {
  return (a.validFrom === undefined || a.validFrom <= date) && (a.validTo === undefined || date <= a.validTo);
}

function hit(a: RiskArea, by: AreaHit['by'], distanceKm: number): AreaHit {
  return { areaId: a.id, areaName: a.name, kind: a.kind, country: a.country, by, distanceKm };
}

const round = (x: number): number => Math.round(x * 10) / 10;
