/**
 * The interdiction data pack for a State's notice to the 1267/1989/2253 Committee. Resolution 2199
 * (2015), operative paragraph 12: Member States inform the Committee within 30 days of the
 * interdiction in their territory of any oil, oil products, modular refineries and related material
 * being transferred to or from ISIL or ANF, and of the outcome of proceedings. The pack holds what the
 * notice needs (date, place, goods with HS code and quantity, parties, vehicles or vessels, origin and
 * destination) and tracks the deadline. It is produced for the authority that files the notice;
 * goAML does not apply.
 */
import { checkMoney, IssueList, issueFieldCheck, partyName, type PartyInput } from './report-common.js';
import type { Money } from './amount.js';
import type { ReportIssue } from './build-context.js';
import { addDays, dayOf, daysBetween, isDateString } from './dates.js';

/** Resolution 2199 para 12: the notice is due within 30 days of the interdiction. */
export const INTERDICTION_NOTICE_DAYS = 30;

export interface PlaceInput {
  name?: string;
  country: string;
  lat?: number;
  lon?: number;
}

export interface InterdictedGoodsInput {
  description: string;
  hs_code: string;
  quantity: { value: string | number; unit: string };
  value?: Money;
}

export interface TransportInput {
  kind: 'vessel' | 'truck' | 'rail' | 'pipeline' | 'aircraft' | 'other';
  name?: string;
  /** Vessel IMO number. */
  imo?: string;
  flag?: string;
  /** Plate, wagon or flight number. */
  identifier?: string;
}

export interface InterdictionInput {
  case_id: string;
  /** The State giving notice (ISO alpha-2). */
  state: string;
  authority?: string;
  interdiction: { date: string; place: PlaceInput; by?: string; description?: string };
  goods: InterdictedGoodsInput[];
  parties: PartyInput[];
  transport: TransportInput[];
  origin: PlaceInput;
  destination: PlaceInput;
  /** What links the goods to ISIL or ANF. */
  link_to_isil_anf?: string;
  proceedings?: { status: string; outcome?: string; date?: string };
}

export type DeadlineStatus = 'open' | 'due-soon' | 'overdue';

export interface InterdictionPack extends InterdictionInput {
  kind: 'interdiction';
  deadline: { due: string; daysRemaining: number; status: DeadlineStatus; basis: string };
  partyNames: { latin: string; original?: string }[];
  /** Goods whose HS code is outside the oil / refinery scope of para 12: shown, not refused. */
  outOfScopeGoods: number[];
}

/** Days left until the notice is due, counted on calendar days from `today`. */
export function interdictionDeadline(interdictionDate: string, today: string, dueSoonDays = 7): InterdictionPack['deadline'] {
  const due = addDays(dayOf(interdictionDate), INTERDICTION_NOTICE_DAYS);
  const daysRemaining = daysBetween(dayOf(today), due);
  const status: DeadlineStatus = daysRemaining < 0 ? 'overdue' : daysRemaining <= dueSoonDays ? 'due-soon' : 'open';
  return { due, daysRemaining, status, basis: `UNSC resolution 2199 (2015), para 12: notice within ${INTERDICTION_NOTICE_DAYS} days of the interdiction` };
}

function inScope(hs: string, scope: readonly string[]): boolean {
  const digits = hs.replace(/\D/g, '');
  return scope.some((prefix) => digits.startsWith(prefix));
}

export function buildInterdictionPack(
  input: InterdictionInput,
  options: { today: string; hsScope: readonly string[]; dueSoonDays?: number },
): { pack?: InterdictionPack; issues: ReportIssue[] } {
  const list = new IssueList();
  list.require(input.case_id, 'case_id', 'the case this pack comes from');
  list.require(input.state, 'state', 'the State giving notice');
  if (!isDateString(input.interdiction?.date)) list.add('interdiction.date', 'missing or not a date (the 30-day deadline runs from it)');
  if (list.require(input.interdiction?.place, 'interdiction.place', 'where the goods were interdicted')) list.require(input.interdiction.place.country, 'interdiction.place.country', 'the country of the place');
  if (list.require(input.goods, 'goods', 'what was interdicted')) {
    input.goods.forEach((g, i) => {
      list.require(g.description, `goods[${i}].description`, 'what the goods are');
      if (list.require(g.hs_code, `goods[${i}].hs_code`, 'the HS code')) {
        if (!/^\d{4,10}$/.test(g.hs_code.replace(/[.\s]/g, ''))) list.add(`goods[${i}].hs_code`, `"${g.hs_code}" is not an HS code (4 to 10 digits)`);
      }
      if (list.require(g.quantity, `goods[${i}].quantity`, 'how much')) {
        const v = Number(g.quantity.value);
        if (!(v > 0)) list.add(`goods[${i}].quantity.value`, 'a positive number');
        list.require(g.quantity.unit, `goods[${i}].quantity.unit`, 'the unit: bbl, t, m3, l, unit...');
      }
      checkMoney(g.value, `goods[${i}].value`, list);
    });
  }
  if (list.require(input.parties, 'parties', 'who shipped, sold, bought or carried the goods')) input.parties.forEach((p, i) => issueFieldCheck(p, `parties[${i}]`, list));
  if (list.require(input.transport, 'transport', 'the vehicles or vessels')) {
    input.transport.forEach((t, i) => {
      if (!t.name && !t.imo && !t.identifier) list.add(`transport[${i}]`, 'missing name, imo or identifier (which vehicle or vessel)');
    });
  }
  if (list.require(input.origin, 'origin', 'where the goods came from')) list.require(input.origin.country, 'origin.country', 'the country of origin');
  if (list.require(input.destination, 'destination', 'where the goods were going')) list.require(input.destination.country, 'destination.country', 'the country of destination');
  if (list.issues.length > 0) return { issues: list.issues };

  return {
    pack: {
      ...input,
      kind: 'interdiction',
      deadline: interdictionDeadline(input.interdiction.date, options.today, options.dueSoonDays),
      partyNames: input.parties.map(partyName),
      outOfScopeGoods: input.goods.flatMap((g, i) => (inScope(g.hs_code, options.hsScope) ? [] : [i])),
    },
    issues: [],
  };
}
