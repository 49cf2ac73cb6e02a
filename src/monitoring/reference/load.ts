/**
 * Loads and validates the reference files. The shipped directory (data/reference) is read first;
 * a user directory given with --reference replaces any file of the same name, so an analyst can
 * override the risk areas alone. Every refusal names the file and the field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../lists/bundled.js';
import { EventValidationError } from '../errors.js';
import { FieldReader, type Json } from '../fields.js';
import { decimalToMinor } from '../money.js';
import type { AreaKind, BenchmarkSeries, ReferenceData, RiskArea, Ring } from './types.js';

export const SHIPPED_REFERENCE_DIR = join(PACKAGE_ROOT, 'data', 'reference');

const FILES = ['risk-areas.geojson', 'hs-codes.json', 'cutoffs.json', 'red-list.json', 'benchmark-prices.json', 'fx-rates.json', 'countries.json'] as const;
const AREA_KINDS: readonly AreaKind[] = ['oil-field', 'crossing', 'border-village', 'border-province', 'border-town', 'governorate', 'governorate-part'];

export class ReferenceError extends EventValidationError {}

export function loadReference(userDir?: string): ReferenceData {
  const digest = createHash('sha256');
  const read = (file: (typeof FILES)[number]): { json: Json; r: FieldReader } => {
    const path = userDir && existsSync(join(userDir, file)) ? join(userDir, file) : join(SHIPPED_REFERENCE_DIR, file);
    let json: unknown;
    try {
      const bytes = readFileSync(path);
      digest.update(file).update('\0').update(bytes);
      json = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new ReferenceError(`cannot read: ${(err as Error).message}`, undefined, path);
    }
    const r = new FieldReader(file);
    return { json: r.object(json, '(root)'), r };
  };
  const files: ReferenceData['files'] = [];
  const meta = (file: string, j: Json, r: FieldReader): void => {
    const m = r.optObject(j.meta, 'meta') ?? {};
    files.push({ file, ...(typeof m.asOf === 'string' ? { asOf: m.asOf } : {}), ...(typeof m.source === 'string' ? { source: m.source } : {}) });
  };

  const areasFile = read('risk-areas.geojson');
  meta('risk-areas.geojson', areasFile.json, areasFile.r);
  const areas = readAreas(areasFile.r, areasFile.json);

  const hsFile = read('hs-codes.json');
  meta('hs-codes.json', hsFile.json, hsFile.r);
  const hs: Record<string, string[]> = {};
  for (const [name, v] of Object.entries(hsFile.r.object(hsFile.json.lists, 'lists'))) {
    const codes = hsFile.r.strings(hsFile.r.object(v, `lists.${name}`).codes, `lists.${name}.codes`).map((c) => c.replace(/\./g, ''));
    codes.forEach((c, i) => {
      if (!/^\d{2,10}$/.test(c)) hsFile.r.fail(`lists.${name}.codes[${i}]`, `${JSON.stringify(c)} is not an HS code`);
    });
    hs[name] = codes;
  }

  const cut = read('cutoffs.json');
  meta('cutoffs.json', cut.json, cut.r);
  const cutoffs: ReferenceData['cutoffs'] = {};
  for (const [country, v] of Object.entries(cut.r.object(cut.json.cutoffs, 'cutoffs'))) {
    const o = cut.r.object(v, `cutoffs.${country}`);
    cutoffs[country] = { un: cut.r.date(o.un, `cutoffs.${country}.un`), eu: cut.r.date(o.eu, `cutoffs.${country}.eu`), source: cut.r.string(o.source, `cutoffs.${country}.source`) };
  }
  const e = cut.r.object(cut.json.eu2019_880, 'eu2019_880');
  const sv = cut.r.string(e.statementValue, 'eu2019_880.statementValue').split(/\s+/);
  const svMinor = minorOrFail(cut.r, decimalToMinor(sv[0] ?? '', sv[1] ?? 'EUR'), 'eu2019_880.statementValue');
  const eu880 = {
    applicableFrom: cut.r.date(e.applicableFrom, 'eu2019_880.applicableFrom'),
    licenceAgeYears: cut.r.optInteger(e.licenceAgeYears, 'eu2019_880.licenceAgeYears') ?? cut.r.fail('eu2019_880.licenceAgeYears', 'required'),
    statementAgeYears: cut.r.optInteger(e.statementAgeYears, 'eu2019_880.statementAgeYears') ?? cut.r.fail('eu2019_880.statementAgeYears', 'required'),
    statementValue: { currency: sv[1] ?? 'EUR', minor: svMinor },
  };

  const rl = read('red-list.json');
  meta('red-list.json', rl.json, rl.r);
  const lists: ReferenceData['redList']['lists'] = {};
  for (const [c, v] of Object.entries(rl.r.object(rl.json.lists, 'lists'))) {
    const o = rl.r.object(v, `lists.${c}`);
    lists[c] = { fromYear: rl.r.optInteger(o.fromYear, `lists.${c}.fromYear`) ?? -100000, toYear: rl.r.optInteger(o.toYear, `lists.${c}.toYear`) ?? 3000 };
  }
  const classes = Object.entries(rl.r.object(rl.json.classes, 'classes')).map(([key, v]) => {
    const o = rl.r.object(v, `classes.${key}`);
    return { key, label: rl.r.string(o.label, `classes.${key}.label`), aliases: rl.r.strings(o.aliases, `classes.${key}.aliases`).map((a) => a.toLowerCase()), archaeological: rl.r.optBoolean(o.archaeological, `classes.${key}.archaeological`) ?? true };
  });

  const bp = read('benchmark-prices.json');
  meta('benchmark-prices.json', bp.json, bp.r);
  const benchmarks: BenchmarkSeries[] = Object.entries(bp.r.object(bp.json.series, 'series')).map(([id, v]) => {
    const f = `series.${id}`;
    const o = bp.r.object(v, f);
    const currency = bp.r.string(o.currency, `${f}.currency`).toUpperCase();
    const unit = bp.r.oneOf(o.unit, `${f}.unit`, ['bbl'] as const);
    const values = new Map<string, number>();
    for (const [month, price] of Object.entries(bp.r.object(o.values, `${f}.values`))) {
      if (!/^\d{4}-\d{2}$/.test(month)) bp.r.fail(`${f}.values.${month}`, 'keys are months, YYYY-MM');
      values.set(month, minorOrFail(bp.r, decimalToMinor(bp.r.string(price, `${f}.values.${month}`), currency), `${f}.values.${month}`));
    }
    return { id, label: bp.r.string(o.label, `${f}.label`), unit, currency, hsPrefixes: bp.r.strings(o.hsPrefixes, `${f}.hsPrefixes`), source: bp.r.string(o.source, `${f}.source`), values };
  });

  const fxFile = read('fx-rates.json');
  meta('fx-rates.json', fxFile.json, fxFile.r);
  const rates: Record<string, string> = {};
  for (const [c, v] of Object.entries(fxFile.r.object(fxFile.json.rates, 'rates'))) {
    const s = fxFile.r.string(v, `rates.${c}`);
    if (!/^\d+(\.\d{1,9})?$/.test(s) || Number(s) === 0) fxFile.r.fail(`rates.${c}`, `${JSON.stringify(s)} is not a positive decimal rate`);
    rates[c.toUpperCase()] = s;
  }
  const fx = { base: fxFile.r.string(fxFile.json.base, 'base').toUpperCase(), rates };

  const cg = read('countries.json');
  meta('countries.json', cg.json, cg.r);
  const countryGroups: Record<string, string[]> = {};
  for (const [g, v] of Object.entries(cg.r.object(cg.json.groups, 'groups'))) countryGroups[g] = cg.r.strings(v, `groups.${g}`).map((c) => c.toUpperCase());

  return { files, hash: digest.digest('hex'), areas, hs, cutoffs, eu880, redList: { lists, classes }, benchmarks, fx, countryGroups };
}

function readAreas(r: FieldReader, j: Json): RiskArea[] {
  const seen = new Set<string>();
  return r.array(j.features, 'features').map((raw, i) => {
    const f = `features[${i}]`;
    const feature = r.object(raw, f);
    const p = r.object(feature.properties, `${f}.properties`);
    const id = r.string(p.id, `${f}.properties.id`);
    if (seen.has(id)) r.fail(`${f}.properties.id`, `${JSON.stringify(id)} is used twice`);
    seen.add(id);
    const g = r.object(feature.geometry, `${f}.geometry`);
    const type = r.oneOf(g.type, `${f}.geometry.type`, ['point', 'polygon', 'multipolygon'] as const);
    let geometry: RiskArea['geometry'];
    if (type === 'point') {
      const [lon, lat] = coords(r, g.coordinates, `${f}.geometry.coordinates`);
      const radiusKm = r.optNumber(p.radiusKm, `${f}.properties.radiusKm`);
      if (radiusKm === undefined || radiusKm <= 0) r.fail(`${f}.properties.radiusKm`, 'a point area needs a positive radiusKm');
      geometry = { type: 'Point', lon, lat, radiusKm };
    } else {
      const polys = type === 'polygon' ? [g.coordinates] : r.array(g.coordinates, `${f}.geometry.coordinates`);
      geometry = {
        type: 'Polygon',
        polygons: polys.map((poly, pi) =>
          r.array(poly, `${f}.geometry.coordinates[${pi}]`).map((ring, ri): Ring => {
            const pts = r.array(ring, `${f}.geometry.coordinates[${pi}][${ri}]`).map((c, ci) => coords(r, c, `${f}.geometry.coordinates[${pi}][${ri}][${ci}]`));
            if (pts.length < 4) r.fail(`${f}.geometry.coordinates[${pi}][${ri}]`, 'a ring needs at least 4 positions (closed)');
            return pts;
          }),
        ),
      };
    }
    const validFrom = r.optDate(p.validFrom, `${f}.properties.validFrom`, 'day');
    const validTo = r.optDate(p.validTo, `${f}.properties.validTo`, 'day');
    return {
      id,
      name: r.string(p.name, `${f}.properties.name`),
      aliases: r.strings(p.aliases, `${f}.properties.aliases`),
      kind: r.oneOf(p.kind, `${f}.properties.kind`, AREA_KINDS),
      country: r.optCountry(p.country, `${f}.properties.country`) ?? '',
      geometry,
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      source: r.string(p.source, `${f}.properties.source`),
    };
  });
}

function minorOrFail(r: FieldReader, minor: number | string, field: string): number {
  if (typeof minor === 'string') r.fail(field, minor);
  return minor;
}

function coords(r: FieldReader, raw: unknown, f: string): [number, number] {
  const a = r.array(raw, f);
  const lon = r.optNumber(a[0], `${f}[0]`);
  const lat = r.optNumber(a[1], `${f}[1]`);
  if (lon === undefined || lat === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) r.fail(f, 'expected [longitude, latitude]');
  return [lon, lat];
}
