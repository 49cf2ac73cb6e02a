/**
 * Oil pack (domain brief s.4.1): ISIL sold crude and products from the fields it held in Syria and
 * Iraq through truckers and middlemen across the borders, at deep discounts, and bought modular
 * refineries. Rules OIL-1..5 over cargo events (and OIL-3 also over payments to fuel traders).
 */
import { pricePerBarrelMinor, volumeM3 } from '../cargo.js';
import type { FactInput, GeoFact, PackModule } from '../facts.js';
import { daysBefore } from '../history.js';
import { convertMinor, formatMoney } from '../money.js';
import { partyKey } from '../party.js';
import { keywordHits } from '../text.js';

const BORDER_KINDS = new Set(['crossing', 'border-village', 'border-province', 'border-town']);
const SOURCE_POINTS = new Set(['origin', 'loading', 'transit']);
/** Areas that count for OIL-1; border provinces and towns are the fighters pack's geography. */
const OIL_AREA_KINDS = new Set(['oil-field', 'crossing', 'border-village', 'governorate', 'governorate-part']);
const DESTINATIONS = new Set(['discharge', 'destination', 'buyer', 'endUser', 'consignee']);
const DESIGN = 'design default';

export const oilPack: PackModule = {
  id: 'oil',
  title: 'Oil, oil products and modular refineries (res. 2199 paras 1-13)',
  factsKey: 'oil',
  // History kinds its facts read (facts.ts PackModule.historyKinds): OIL-3's earlier loads to the buyer.
  historyKinds: ['cargo.buy'],
  rules: [
    {
      code: 'OIL-1',
      pack: 'oil',
      title: 'Oil cargo from ISIL-held territory or through the smuggling crossings',
      appliesTo: ['cargo'],
      when: 'oil.isOil && event.date >= p.from && event.date <= p.to && (size(oil.riskPlaces) > 0 || (oil.originUnknown && oil.regionLinked))',
      evidence: '{"hsCode": event.hsCode, "places": oil.riskPlaces.map(h, {"role": h.role, "place": h.place, "area": h.areaName, "kind": h.kind, "by": h.by, "distanceKm": h.distanceKm}), "originUnknown": oil.originUnknown, "regionLinks": oil.regionLinks, "window": [p.from, p.to]}',
      action: 'alert',
      score: 90,
      source: 'Domain brief s.4.1 OIL-1 and C7; AP, BuzzFeed, Reuters, Wikipedia border data',
      params: {
        from: { type: 'date', default: '2014-06-01', description: 'start of the effective window', source: 'domain brief OIL-1 (2014-06: fall of Mosul and the eastern Syrian fields)' },
        to: { type: 'date', default: '2017-12-31', description: 'end of the effective window', source: 'domain brief OIL-1' },
        crossingRadiusKm: { type: 'number', default: 30, description: 'distance from a listed crossing or Hatay border village that counts', source: 'domain brief OIL-1 (R = 30 km)' },
        regionCountries: { type: 'strings', default: ['SY', 'IQ'], description: 'a cargo of unknown origin linked to these countries escalates (C7)', source: 'domain brief C7 ("escalate when origin cannot be established")' },
      },
    },
    {
      code: 'OIL-2',
      pack: 'oil',
      title: 'Oil priced far below the benchmark',
      appliesTo: ['cargo'],
      when: 'oil.isOil && oil.discount >= p.discount',
      evidence: '{"pricePerBbl": oil.pricePerBbl, "benchmark": oil.benchmark, "discount": oil.discount, "threshold": p.discount}',
      action: 'alert',
      score: 70,
      source: 'Domain brief s.4.1 OIL-2; IHS (Oct 2014: USD 25-60 vs ~85 Brent), Camstoll (Jan 2015: ~50% off), AP (Oct 2015: USD 10-35 vs < 50), BuzzFeed (diesel 42% below pump)',
      params: {
        discount: { type: 'number', default: 0.3, description: 'share below the benchmark that alerts', source: 'domain brief OIL-2 (d = 0.30; the sources show 40-60 % discounts)' },
      },
    },
    {
      code: 'OIL-3',
      pack: 'oil',
      title: 'Fragmented trucking: many small loads to one buyer, or payments to fuel traders in border areas',
      appliesTo: ['cargo', 'payment'],
      when: '(oil.isOil && oil.smallLoad && oil.buyerSmallLoads + 1.0 >= p.minConsignments) || size(oil.fuelTraderBorder) > 0',
      evidence: '{"buyer": oil.buyer, "smallLoadsInWindow": oil.buyerSmallLoads + (oil.smallLoad ? 1.0 : 0.0), "windowDays": p.windowDays, "volumeM3": oil.volumeM3, "cashSettlement": oil.cash, "buyerLicensed": oil.buyerLicensed, "fuelTraderBorder": oil.fuelTraderBorder}',
      action: 'alert',
      score: 60,
      source: 'Domain brief s.4.1 OIL-3; AP, BuzzFeed (drums of ~17 gal; 50-60 l cans)',
      params: {
        minConsignments: { type: 'number', default: 10, description: 'consignments to the same buyer within the window, this one included', source: 'domain brief OIL-3 (>= 10 / 30 days)' },
        windowDays: { type: 'number', default: 30, description: 'window length in days', source: 'domain brief OIL-3' },
        maxLoadM3: { type: 'number', default: 40, description: 'a consignment under this volume counts as small', source: 'domain brief OIL-3 (< 40 m3)' },
      },
    },
    {
      code: 'OIL-4',
      pack: 'oil',
      title: 'Modular refinery equipment to the risk geography or to a newly formed buyer',
      appliesTo: ['cargo'],
      when: '(oil.isRefineryEquipment || size(oil.refineryText) > 0) && (size(oil.destinationRisk) > 0 || oil.destinationCountries.exists(c, c in p.regionCountries) || (oil.buyerAgeDays >= 0.0 && oil.buyerAgeDays < p.recentCompanyDays))',
      evidence: '{"hsCode": event.hsCode, "text": oil.refineryText, "destinations": oil.destinationRisk.map(h, {"role": h.role, "area": h.areaName}), "destinationCountries": oil.destinationCountries, "buyerAgeDays": oil.buyerAgeDays}',
      action: 'alert',
      score: 75,
      source: 'Domain brief s.4.1 OIL-4; res. 2199 para 1 ("modular refineries and related material"); IHS ("simple mobile refineries")',
      params: {
        keywords: {
          type: 'strings',
          default: ['modular refinery', 'mobile refinery', 'skid-mounted refinery', 'skid mounted', 'mini refinery', 'portable refinery', 'topping unit', 'raffinerie mobile', 'raffinerie modulaire', 'مصفاة متنقلة', 'مصفاة صغيرة', 'mobil rafineri'],
          description: 'text that names refinery equipment without its HS code',
          source: 'domain brief OIL-4 ("mobile/skid-mounted refinery" text); French, Arabic and Turkish equivalents added (design default)',
        },
        recentCompanyDays: { type: 'number', default: 365, description: 'a buyer established fewer days ago is "recently formed"', source: `${DESIGN} (one year)` },
        regionCountries: { type: 'strings', default: ['SY', 'IQ'], description: 'destination countries that count as risk geography', source: 'domain brief OIL-4 and s.6' },
      },
    },
    {
      code: 'OIL-5',
      pack: 'oil',
      title: 'Crude-for-products swap or barter with Syrian or Iraqi counterparties',
      appliesTo: ['cargo'],
      when: '(oil.isOil || oil.isRefineryEquipment) && oil.barter && oil.counterpartyCountries.exists(c, c in p.countries)',
      evidence: '{"settlement": event.settlement, "counterpartyCountries": oil.counterpartyCountries}',
      action: 'alert',
      score: 65,
      source: 'Domain brief s.4.1 OIL-5; FATF, Financing of the terrorist organisation ISIL (Feb 2015)',
      params: {
        countries: { type: 'strings', default: ['SY', 'IQ'], description: 'counterparty countries', source: 'domain brief OIL-5' },
      },
    },
  ],
  facts: oilFacts,
};

function oilFacts(input: FactInput): Record<string, unknown> | undefined {
  const { event: e, common, reference: ref } = input;
  if (e.kind === 'payment') {
    const creditor = e.parties.creditor;
    const border = creditor?.category === 'fuel-trader' ? common.geo.filter((g) => g.role === 'creditor' && BORDER_KINDS.has(g.kind) && g.by !== 'near') : [];
    return { ...EMPTY, fuelTraderBorder: border.map(geoView) };
  }
  if (e.kind !== 'cargo') return undefined;
  const p1 = input.params('OIL-1');
  const p3 = input.params('OIL-3');
  const p4 = input.params('OIL-4');
  const radius = p1.crossingRadiusKm as number;
  const riskPlaces = common.geo.filter(
    (g) => SOURCE_POINTS.has(g.role) && OIL_AREA_KINDS.has(g.kind) && (g.by === 'inside' || g.by === 'name' || ((g.kind === 'crossing' || g.kind === 'border-village') ? g.distanceKm <= radius : g.by === 'radius')),
  );
  const isOil = ref.hsIn(e.hsCode, 'oil');
  const originUnknown = !e.places.origin && !e.places.loading;
  const region = p1.regionCountries as string[];
  const regionLinks = [
    ...e.places.transit.filter((t) => t.country && region.includes(t.country)).map((t) => `transit ${t.country}`),
    ...(['seller', 'shipper'] as const).filter((r) => { const c = e.parties[r]?.country; return c !== undefined && region.includes(c); }).map((r) => `${r} ${e.parties[r]!.country}`),
  ];

  // OIL-2: price per barrel in USD against the benchmark month.
  let pricePerBbl: unknown = null;
  let benchmark: unknown = null;
  let discount = -1;
  const bm = ref.benchmark(e.hsCode, e.date);
  if (e.price && bm) {
    const perBbl = pricePerBarrelMinor(e.price);
    const inBmCcy = perBbl === undefined ? undefined : convertMinor({ currency: e.price.amount.currency, minor: Math.round(perBbl) }, bm.series.currency, ref.data.fx);
    if (inBmCcy !== undefined) {
      discount = Math.round((1 - inBmCcy / bm.minor) * 1000) / 1000;
      pricePerBbl = formatMoney({ minor: inBmCcy, currency: bm.series.currency });
    }
    benchmark = { series: bm.series.id, month: bm.month, price: formatMoney({ minor: bm.minor, currency: bm.series.currency }) };
  }

  // OIL-3: small loads to the same buyer within the window (history holds volumes, not verdicts).
  const volume = volumeM3(e.quantity) ?? -1;
  const maxLoad = p3.maxLoadM3 as number;
  const buyer = e.parties.buyer ?? e.parties.consignee;
  let buyerSmallLoads = 0;
  if (buyer) {
    const from = daysBefore(e.date, (p3.windowDays as number) - 1);
    for (const r of input.history.query(partyKey(buyer), 'cargo.buy', from, e.date)) {
      if (r.tags.includes('oil') && r.quantityM3 !== undefined && r.quantityM3 >= 0 && r.quantityM3 < maxLoad) buyerSmallLoads++;
    }
  }

  const endUser = e.parties.endUser ?? e.parties.buyer;
  const established = endUser?.established;
  const counterpartyCountries = [...new Set([...Object.values(e.parties).map((p) => p?.country), e.places.origin?.country, e.places.loading?.country].filter((c): c is string => c !== undefined))];
  return {
    isOil,
    isRefineryEquipment: ref.hsIn(e.hsCode, 'modularRefinery'),
    riskPlaces: riskPlaces.map(geoView),
    originUnknown,
    regionLinked: regionLinks.length > 0,
    regionLinks,
    pricePerBbl,
    benchmark,
    discount,
    volumeM3: Math.round(volume * 100) / 100,
    smallLoad: volume >= 0 && volume < maxLoad,
    buyer: buyer?.name ?? '',
    buyerSmallLoads,
    cash: e.settlement === 'cash',
    buyerLicensed: buyer ? buyer.licences.some((l) => l === 'storage' || l === 'refining') : false,
    fuelTraderBorder: [],
    refineryText: keywordHits(common.narrative, p4.keywords as string[]),
    destinationRisk: common.geo.filter((g) => DESTINATIONS.has(g.role) && g.by !== 'near').map(geoView),
    destinationCountries: [...new Set([e.places.discharge?.country, e.places.destination?.country, endUser?.country].filter((c): c is string => c !== undefined))],
    buyerAgeDays: established ? Math.floor((Date.parse(e.date) - Date.parse(established.length === 4 ? `${established}-01-01` : established)) / 86_400_000) : -1,
    barter: e.settlement === 'barter' || e.settlement === 'swap',
    counterpartyCountries,
  };
}

const EMPTY = {
  isOil: false, isRefineryEquipment: false, riskPlaces: [], originUnknown: false, regionLinked: false, regionLinks: [], pricePerBbl: null, benchmark: null,
  discount: -1, volumeM3: -1, smallLoad: false, buyer: '', buyerSmallLoads: 0, cash: false, buyerLicensed: false, fuelTraderBorder: [], refineryText: [],
  destinationRisk: [], destinationCountries: [], buyerAgeDays: -1, barter: false, counterpartyCountries: [],
};

function geoView(g: GeoFact): Record<string, unknown> {
  return { role: g.role, place: g.place, areaId: g.areaId, areaName: g.areaName, kind: g.kind, by: g.by, distanceKm: g.distanceKm };
}

