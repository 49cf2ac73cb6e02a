/**
 * goAML report XML from a case: the header (reporting entity, report code, reference, date, local
 * currency, reporting person, location, reason, action), then the transactions (both parties) or an
 * activity (report parties and goods, for cargoes and art objects), then the indicators. Element
 * order follows the XSD's xs:sequence exactly; the FIU profile supplies codes, lookups and defaults.
 *
 * Building never throws on bad input: problems are collected with their field path and the XSD is
 * left to report the rest (goaml-validate.ts), so the analyst sees every problem in one pass.
 */
import { exchangeRate, type Money } from './amount.js';
import { BuildContext, type ReportIssue } from './build-context.js';
import { toGoamlDateTime } from './dates.js';
import { indicatorsFor, type FiuProfile } from './fiu-profile.js';
import type { GoamlReportInput, ReportPartyInput, SideInput, TransactionInput } from './goaml-input.js';
import { writeAccount, writeAddress, writeEntity, writeItem, writePerson } from './goaml-parties.js';
import { joinPath, serialise, XmlOut, type XNode } from './xml-tree.js';

export interface BuiltGoaml {
  xml: string;
  /** The tree the XML was written from, with each element's input field (for error mapping). */
  root: XNode;
  reportCode: string;
  issues: ReportIssue[];
}

function writeSide(x: XmlOut, dir: 'from' | 'to', side: SideInput, path: string, t: TransactionInput, foreign: Money | undefined, rate: string | undefined, ctx: BuildContext): void {
  const myClient = side.my_client === true;
  const wrapper = dir === 'from' ? (myClient ? 't_from_my_client' : 't_from') : myClient ? 't_to_my_client' : 't_to';
  const el = x.el(wrapper, path, {
    [`${dir}_funds_code`]: 'funds_code',
    [`${dir}_funds_comment`]: 'funds_comment',
    [`${dir}_account`]: 'account',
    [`${dir}_person`]: 'person',
    [`${dir}_entity`]: 'entity',
    [`${dir}_country`]: 'country',
    t_conductor: 'conductor',
  });
  let funds = side.funds_code;
  if (!funds && t.channel) {
    funds = ctx.profile.mappings.channelToFunds[t.channel];
    if (!funds) ctx.problem(joinPath(path, 'funds_code'), `missing, and channel "${t.channel}" has no funds code in the FIU profile (mappings.channelToFunds)`);
  }
  const txPath = path.replace(/\.(from|to)$/, '');
  el.leaf(`${dir}_funds_code`, funds, side.funds_code || !t.channel ? joinPath(path, 'funds_code') : joinPath(txPath, 'channel'))
    .leaf(`${dir}_funds_comment`, side.funds_comment, joinPath(path, 'funds_comment'));
  if (foreign) {
    // Both parties dealt in the foreign currency: goAML records it on each side of the transfer.
    el.el(`${dir}_foreign_currency`, joinPath(txPath, 'amount'), { foreign_currency_code: 'currency', foreign_amount: 'minor', foreign_exchange_rate: 'amount_local' })
      .leaf('foreign_currency_code', foreign.currency, joinPath(txPath, 'amount.currency'))
      .leaf('foreign_amount', ctx.decimal(foreign, joinPath(txPath, 'amount')), joinPath(txPath, 'amount'))
      .leaf('foreign_exchange_rate', rate, joinPath(txPath, 'amount_local'));
  }
  if (dir === 'from' && side.conductor) writePerson(el, 't_conductor', side.conductor, joinPath(path, 'conductor'), myClient ? 'my_client' : 'person', ctx);
  const given = (['account', 'person', 'entity'] as const).filter((k) => side[k] !== undefined);
  if (given.length > 1) ctx.problem(path, `give exactly one of person, entity, account (got ${given.join(', ')})`);
  if (side.account) writeAccount(el, `${dir}_account`, side.account, joinPath(path, 'account'), myClient, ctx);
  else if (side.person) writePerson(el, `${dir}_person`, side.person, joinPath(path, 'person'), myClient ? 'my_client' : 'person', ctx);
  else if (side.entity) writeEntity(el, `${dir}_entity`, side.entity, joinPath(path, 'entity'), myClient, ctx);
  el.leaf(`${dir}_country`, side.country, joinPath(path, 'country'));
}

function writeTransaction(x: XmlOut, t: TransactionInput, path: string, local: string, ctx: BuildContext): void {
  const f = (n: string) => joinPath(path, n);
  let transmode = t.transmode_code;
  if (!transmode && t.channel) {
    transmode = ctx.profile.mappings.channelToTransmode[t.channel];
    if (!transmode) ctx.problem(f('channel'), `"${t.channel}" has no transaction mode in the FIU profile (mappings.channelToTransmode); give transmode_code`);
  }
  // Amounts: goAML wants the local-currency amount always, and the original when it was foreign.
  let amountLocal: string | undefined;
  let foreign: Money | undefined;
  let rate: string | undefined;
  if (t.amount && t.amount.currency === local) amountLocal = ctx.decimal(t.amount, f('amount'));
  else if (t.amount) {
    foreign = t.amount;
    if (!t.amount_local) ctx.problem(f('amount_local'), `missing: the amount is in ${t.amount.currency} and the report's local currency is ${local}; give the amount booked in ${local}`);
    else if (t.amount_local.currency !== local) ctx.problem(f('amount_local.currency'), `must be the report's local currency ${local}, not ${t.amount_local.currency}`);
    else {
      amountLocal = ctx.decimal(t.amount_local, f('amount_local'));
      if (amountLocal !== undefined && ctx.decimal(t.amount, f('amount')) !== undefined) {
        try {
          rate = exchangeRate(t.amount_local, t.amount, ctx.profile.currencyExponents);
        } catch (err) {
          ctx.problem(f('amount'), err instanceof Error ? err.message : String(err));
        }
      }
    }
  }
  const el = x.el('transaction', path, { t_from: 'from', t_from_my_client: 'from', t_to: 'to', t_to_my_client: 'to', amount_local: foreign ? 'amount_local' : 'amount', transmode_code: t.transmode_code || !t.channel ? 'transmode_code' : 'channel' });
  el.leaf('transactionnumber', t.transactionnumber, f('transactionnumber'))
    .leaf('internal_ref_number', t.internal_ref_number, f('internal_ref_number'))
    .leaf('transaction_location', t.transaction_location, f('transaction_location'))
    .leaf('transaction_description', t.transaction_description, f('transaction_description'))
    .leaf('date_transaction', ctx.date(t.date_transaction, f('date_transaction')), f('date_transaction'))
    .leaf('teller', t.teller, f('teller'))
    .leaf('authorized', t.authorized, f('authorized'))
    .leaf('value_date', ctx.date(t.value_date, f('value_date')), f('value_date'))
    .leaf('transmode_code', transmode, t.transmode_code ? f('transmode_code') : f('channel'))
    .leaf('transmode_comment', ctx.fallback(t.transmode_comment, 'transmode_comment'), f('transmode_comment'))
    .leaf('amount_local', amountLocal, foreign ? f('amount_local') : f('amount'));
  if (t.from) writeSide(el, 'from', t.from, f('from'), t, foreign, rate, ctx);
  if (t.to) writeSide(el, 'to', t.to, f('to'), t, foreign, rate, ctx);
  if (t.goods_services && t.goods_services.length > 0) {
    const goods = el.el('goods_services', f('goods_services'));
    t.goods_services.forEach((g, i) => writeItem(goods, g, `${f('goods_services')}[${i}]`, ctx));
  }
  el.leaf('comments', t.comments, f('comments'));
}

function writeReportParty(x: XmlOut, p: ReportPartyInput, path: string, ctx: BuildContext): void {
  const f = (n: string) => joinPath(path, n);
  const mc = p.my_client === true;
  const el = x.el('report_party', path, { person_my_client: 'person', entity_my_client: 'entity', account_my_client: 'account' });
  el.leaf('role', p.role, f('role'));
  const given = (['person', 'account', 'entity'] as const).filter((k) => p[k] !== undefined);
  if (given.length > 1) ctx.problem(path, `give exactly one of person, entity, account (got ${given.join(', ')})`);
  if (p.person) writePerson(el, mc ? 'person_my_client' : 'person', p.person, f('person'), mc ? 'my_client' : 'person', ctx);
  else if (p.account) writeAccount(el, mc ? 'account_my_client' : 'account', p.account, f('account'), mc, ctx);
  else if (p.entity) writeEntity(el, mc ? 'entity_my_client' : 'entity', p.entity, f('entity'), mc, ctx);
  el.leaf('country', p.country, f('country'))
    .leaf('is_suspected', p.is_suspected, f('is_suspected'))
    .leaf('significance', p.significance, f('significance'))
    .leaf('reason', p.reason, f('reason'))
    .leaf('comments', p.comments, f('comments'));
}

/** The report code: the caller's, else the profile's code for the report's purpose. */
export function reportCodeFor(input: GoamlReportInput, profile: FiuProfile): string {
  if (input.report_code) return input.report_code;
  const purpose = input.purpose ?? (input.transactions && input.transactions.length > 0 ? 'str' : 'sar');
  return profile.reportCodes[purpose];
}

export function buildGoaml(input: GoamlReportInput, profile: FiuProfile, now: Date = new Date()): BuiltGoaml {
  const ctx = new BuildContext(profile, now);
  const reportCode = reportCodeFor(input, profile);
  const local = input.currency_code_local ?? profile.localCurrency;
  const x = XmlOut.root('report', '');
  x.node.fieldNames = {
    rentity_id: 'reporting_entity.rentity_id',
    rentity_branch: 'reporting_entity.rentity_branch',
    report_code: 'report_code',
    report_indicators: 'indicators',
    transaction: 'transactions',
    currency_code_local: 'currency_code_local',
  };
  const entity = input.reporting_entity ?? ({} as GoamlReportInput['reporting_entity']);
  x.leaf('schema_version', profile.schema.version, '')
    .leaf('rentity_id', entity.rentity_id, 'reporting_entity.rentity_id')
    .leaf('rentity_branch', entity.rentity_branch, 'reporting_entity.rentity_branch')
    .leaf('submission_code', profile.submissionCode, '')
    .leaf('report_code', reportCode, input.report_code ? 'report_code' : 'purpose')
    .leaf('entity_reference', input.entity_reference, 'entity_reference')
    .leaf('fiu_ref_number', input.fiu_ref_number, 'fiu_ref_number')
    .leaf('submission_date', input.submission_date ? ctx.date(input.submission_date, 'submission_date') : toGoamlDateTime(now.toISOString()), 'submission_date')
    .leaf('currency_code_local', local, input.currency_code_local ? 'currency_code_local' : '');
  if (input.reporting_person) writePerson(x, 'reporting_person', input.reporting_person, 'reporting_person', 'registration', ctx);
  if (input.location) writeAddress(x, 'location', input.location, 'location', ctx);
  x.leaf('reason', input.reason, 'reason').leaf('action', input.action, 'action');
  (input.transactions ?? []).forEach((t, i) => writeTransaction(x, t, `transactions[${i}]`, local, ctx));
  if (input.activity) {
    const act = x.el('activity', 'activity');
    const parties = act.el('report_parties', 'activity.report_parties');
    (input.activity.report_parties ?? []).forEach((p, i) => writeReportParty(parties, p, `activity.report_parties[${i}]`, ctx));
    if (input.activity.goods_services && input.activity.goods_services.length > 0) {
      const goods = act.el('goods_services', 'activity.goods_services');
      input.activity.goods_services.forEach((g, i) => writeItem(goods, g, `activity.goods_services[${i}]`, ctx));
    }
  }
  const indicators = indicatorsFor(profile, input.indicators ?? [], input.rules ?? []);
  for (const rule of input.rules ?? []) {
    if (!profile.mappings.ruleToIndicators[rule]) ctx.problem('rules', `rule "${rule}" has no indicator in the FIU profile (mappings.ruleToIndicators)`);
  }
  if (indicators.length > 0) {
    const ind = x.el('report_indicators', 'indicators');
    const given = input.indicators ?? [];
    indicators.forEach((code) => {
      const i = given.indexOf(code);
      ind.leaf('indicator', code, i >= 0 ? `indicators[${i}]` : 'rules');
    });
  }
  return { xml: serialise(x.node), root: x.node, reportCode, issues: ctx.issues };
}
