/**
 * A goAML STR/SAR case file from a stored case. Payments of the case's rule alerts become goAML
 * transactions (debtor -> from, creditor -> to, the agents' BICs and names -> the accounts'
 * institution, the customer's side marked my_client by the payment's direction, and filled from the
 * stored customer record, whose names carry the original script). A case without payments becomes an
 * activity: the customer with the list entries it matched, and the parties and goods of its cargo and
 * art events. Rule reason codes (and FREEZE for a case with a freeze record) become indicators
 * through the FIU profile. Header from the reporting settings; reason and action from the request.
 */
import { ART_ROLES, type ArtEvent } from '../monitoring/art.js';
import { CARGO_ROLES, type CargoEvent } from '../monitoring/cargo.js';
import type { Party as EventParty } from '../monitoring/party.js';
import type { PaymentEvent } from '../monitoring/payment.js';
import type { StoredEvent } from './case-data.js';
import { entityReference, eventsOfKind, partiesInRoleOrder, ruleCodes, type BuiltCaseFile, type CaseFileContext } from './case-file-common.js';
import { eventPartyAs, sanctionsOf, storedPartyAs } from './case-parties.js';
import type { AccountInput, EntityInput, GoamlReportInput, ItemInput, PersonInput, ReportPartyInput, SanctionInput, SideInput, TransactionInput } from './goaml-input.js';
import { IssueList, partyName } from './report-common.js';

function header(ctx: CaseFileContext, list: IssueList): Pick<GoamlReportInput, 'reporting_entity' | 'entity_reference' | 'reporting_person' | 'location' | 'reason' | 'action' | 'report_code'> {
  const s = ctx.settings;
  if (!s.entity) list.add('reporting_entity.rentity_id', `missing: set "entity" in <data dir>/reporting.json (the id the FIU assigned), or give extra.reporting_entity`);
  if (!s.person) list.add('reporting_person', 'missing: set "person" in <data dir>/reporting.json (who files), or give extra.reporting_person');
  // Left out, not empty, when not configured: the pending problem stays until `extra` gives them.
  return {
    ...(s.entity ? { reporting_entity: s.entity } : {}),
    entity_reference: entityReference(ctx),
    ...(s.person ? { reporting_person: s.person } : {}),
    ...(s.location ? { location: s.location } : {}),
    ...(ctx.reason ? { reason: ctx.reason } : {}),
    ...(ctx.action ? { action: ctx.action } : {}),
    ...(ctx.reportCode ? { report_code: ctx.reportCode } : {}),
  } as ReturnType<typeof header>;
}

/** The customer with the list entries it matched (goAML sanctions), when it matched any. */
function withSanctions(who: { person: PersonInput } | { entity: EntityInput }, sanctions: SanctionInput[]): { person: PersonInput } | { entity: EntityInput } {
  if (sanctions.length === 0) return who;
  return 'person' in who ? { person: { ...who.person, sanctions } } : { entity: { ...who.entity, sanctions } };
}

/** One side of a payment: the party's account at its agent when the payment names one, else the party. */
function side(ctx: CaseFileContext, party: EventParty | undefined, agent: EventParty | undefined, myClient: boolean, path: string, list: IssueList): SideInput {
  const customer = myClient ? ctx.data.party : undefined;
  const country = party?.country ?? party?.address?.country ?? agent?.country ?? customer?.properties.country?.[0]?.toUpperCase();
  if (!country) list.add(`${path}.country`, 'missing: the payment names no country for this party or its bank');
  if (!customer && !party) {
    list.add(path, 'missing: the payment names no party on this side');
    return { country: country ?? '' };
  }
  const isPerson = customer ? customer.schema === 'Person' : party!.type === 'person';
  const accountNo = party?.iban ?? party?.account;
  // Where the holder's fields sit in the case file, so a name problem names the right field.
  const base = accountNo ? (isPerson ? `${path}.account.signatories[0]` : `${path}.account`) : path;
  const holder = customer ? withSanctions(storedPartyAs(customer, base, list), sanctionsOf(ctx.data.alerts)) : eventPartyAs(party!, base, list);
  const flag = myClient ? { my_client: true } : {};
  if (!accountNo) return { ...flag, country: country ?? '', ...holder };
  const holderName = 'person' in holder ? partyName({ person: holder.person }).latin : holder.entity.name;
  const account: AccountInput = {
    ...(agent?.name ? { institution_name: agent.name } : {}),
    ...(agent?.bic ? { swift: agent.bic } : {}),
    ...(agent?.country ? { institution_country: agent.country } : {}),
    // The customer's account is held with the reporting entity: its branch is the entity's.
    ...(myClient && ctx.settings.entity?.rentity_branch ? { branch: ctx.settings.entity.rentity_branch } : {}),
    account: accountNo,
    ...(party?.iban ? { iban: party.iban } : {}),
    ...(holderName ? { account_name: holderName } : {}),
    ...('person' in holder ? { signatories: [{ is_primary: true, role: 'PAH', person: holder.person }] } : { entity: holder.entity }),
  };
  if (myClient) {
    // goAML's t_account_my_client wants account details Interdict does not keep: asked for all at once
    // here rather than one XSD error at a time.
    for (const f of ['currency_code', 'personal_account_type', 'opened'] as const) {
      list.add(`${path}.account.${f}`, "missing: goAML requires it for the customer's own account (t_account_my_client) and Interdict does not store account details");
    }
    const frozen = ctx.data.freezeRecords[0];
    Object.assign(account, { ...(holderName ? { beneficiary: holderName } : {}), ...(frozen ? { status_code: 'FROZN', status_date: frozen.frozenAt.toISOString() } : {}) });
    if (!frozen) list.add(`${path}.account.status_code`, 'missing: the account status (A active, BLK blocked, FROZN frozen...) is not stored by Interdict');
  }
  return { ...flag, country: country ?? '', account };
}

function transaction(ctx: CaseFileContext, stored: StoredEvent, p: PaymentEvent, i: number, list: IssueList): TransactionInput {
  const path = `transactions[${i}]`;
  const local = ctx.profile.localCurrency;
  const remittance = [...(p.remittance?.unstructured ?? []), ...(p.purpose?.proprietary ? [p.purpose.proprietary] : [])].join(' / ');
  const ultimate = [p.parties.ultimateDebtor ? `ultimate debtor ${p.parties.ultimateDebtor.name ?? '?'}` : '', p.parties.ultimateCreditor ? `ultimate creditor ${p.parties.ultimateCreditor.name ?? '?'}` : ''].filter(Boolean);
  const rules = ruleCodes(ctx.data, stored);
  const comments = [...ultimate, rules.length ? `rule alerts ${rules.join(', ')}` : '', stored.outcome ? `Interdict outcome: ${stored.outcome}` : ''].filter(Boolean).join('; ');
  return {
    transactionnumber: p.endToEndId ?? p.id,
    ...(p.uetr ?? p.messageId ? { internal_ref_number: (p.uetr ?? p.messageId)! } : {}),
    // Where it took place: the payment's own place (an ATM, an agent), else the reporting entity's office that processed it.
    ...(p.location?.name ? { transaction_location: p.location.name } : ctx.settings.location ? { transaction_location: `${ctx.settings.location.address}, ${ctx.settings.location.city}` } : {}),
    ...(remittance ? { transaction_description: remittance } : {}),
    date_transaction: p.date,
    channel: p.channel,
    amount: p.amount,
    ...(p.amount.currency !== local && p.instructedAmount?.currency === local ? { amount_local: p.instructedAmount } : {}),
    from: side(ctx, p.parties.debtor ?? p.parties.initiatingParty, p.parties.debtorAgent, p.direction === 'outgoing', `${path}.from`, list),
    to: side(ctx, p.parties.creditor, p.parties.creditorAgent, p.direction === 'incoming', `${path}.to`, list),
    ...(comments ? { comments } : {}),
  };
}

function eventParties(ctx: CaseFileContext, stored: StoredEvent, kind: string, parties: Partial<Record<string, EventParty>>, roles: readonly string[], start: number, list: IssueList): ReportPartyInput[] {
  const rules = ruleCodes(ctx.data, stored);
  return partiesInRoleOrder(parties, roles).map((p, k) => {
    const who = eventPartyAs(p, `activity.report_parties[${start + k}]`, list);
    return { role: p.role, ...who, ...(p.country ? { country: p.country } : {}), significance: 5, reason: `${p.role} of ${kind} ${stored.eventId}${rules.length ? `, which fired ${rules.join(', ')}` : ''}` };
  });
}

function cargoGoods(c: CargoEvent): ItemInput {
  const route = [c.places.origin, c.places.loading, ...(c.places.transit ?? []), c.places.discharge, c.places.destination].filter(Boolean).map((pl) => pl!.name ?? pl!.country).join(' -> ');
  return {
    hs_code: c.hsCode,
    description: c.description ? `${c.product}: ${c.description}` : c.product,
    ...(c.totalValue ? { estimated_value: c.totalValue } : {}),
    // goAML's size is a whole number: the quantity is rounded, and kept exactly in the comments.
    size: Math.round(c.quantity.value),
    size_uom: c.quantity.unit,
    comments: `Cargo ${c.id} of ${c.date}: ${c.quantity.value} ${c.quantity.unit}${route ? `, ${route}` : ''}${c.transport.vessel?.imo ? `, vessel IMO ${c.transport.vessel.imo}` : ''}`,
  };
}

function artGoods(a: ArtEvent): ItemInput {
  const value = a.estimatedValue ?? a.price;
  const origin = a.countryOfOrigin ?? (a.possibleOrigins.length ? a.possibleOrigins.join('/') : undefined);
  return {
    description: a.description,
    ...(value ? { estimated_value: value } : {}),
    comments: [`${a.transaction} of a cultural object (${a.category})`, a.material, a.period?.label, origin ? `origin ${origin}` : '', a.marks.length ? `marks: ${a.marks.join('; ')}` : ''].filter(Boolean).join('; '),
  };
}

export function goamlCaseFile(ctx: CaseFileContext): BuiltCaseFile<GoamlReportInput> {
  const list = new IssueList();
  const data = ctx.data;
  const base = header(ctx, list);
  const rules = [...ruleCodes(data), ...(data.freezeRecords.length > 0 ? ['FREEZE'] : [])];
  const payments = eventsOfKind(data, 'payment');
  if (payments.length > 0) {
    const transactions = payments.map(({ stored, event }, i) => transaction(ctx, stored, event, i, list));
    return { file: { purpose: 'str', ...base, transactions, rules }, pending: list.issues };
  }
  const reportParties: ReportPartyInput[] = [];
  const goods: ItemInput[] = [];
  if (data.party) {
    const who = withSanctions(storedPartyAs(data.party, 'activity.report_parties[0]', list), sanctionsOf(data.alerts));
    const trueMatch = data.alerts.some((a) => a.state === 'closed_true_match');
    reportParties.push({
      role: 'customer',
      ...who,
      ...(data.party.properties.country?.[0] ? { country: data.party.properties.country[0].toUpperCase() } : {}),
      is_suspected: true,
      significance: trueMatch ? 10 : 7,
      reason: `Customer ${data.party.orgId}: ${data.alerts.length} screening alert(s) on ${[...new Set(data.alerts.map((a) => a.listedPartyRef))].join(', ') || 'no listed party'}${trueMatch ? ', decided true match by four eyes' : ''}`,
    });
  }
  for (const { stored, event } of eventsOfKind(data, 'cargo')) {
    reportParties.push(...eventParties(ctx, stored, 'cargo', event.parties, CARGO_ROLES, reportParties.length, list));
    goods.push(cargoGoods(event));
  }
  for (const { stored, event } of eventsOfKind(data, 'art')) {
    reportParties.push(...eventParties(ctx, stored, 'cultural object', event.parties, ART_ROLES, reportParties.length, list));
    goods.push(artGoods(event));
  }
  const blocking = new IssueList();
  if (reportParties.length === 0) blocking.add('activity.report_parties', `missing: case ${data.case.id} has no customer and no payment, cargo or art event: nothing Interdict stores to report`);
  return {
    file: { purpose: 'sar', ...base, activity: { report_parties: reportParties, ...(goods.length ? { goods_services: goods } : {}) }, rules },
    pending: list.issues,
    blocking: blocking.issues,
  };
}
