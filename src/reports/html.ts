/**
 * Printable HTML of each report, for the people who sign, read or receive it: the same facts as the
 * JSON and the goAML XML, laid out to be checked by eye. Names keep their script (html-kit.ts).
 */
import { formatMoney, type Exponents, type Money } from './amount.js';
import type { ReportIssue } from './build-context.js';
import type { CulturalPropertyRecord } from './cultural-property.js';
import type { FreezeReport } from './freeze.js';
import type { AccountInput, GoamlReportInput, SideInput } from './goaml-input.js';
import { bdi, esc, fields, nameHtml, page, section, signatures, table } from './html-kit.js';
import type { InterdictionPack } from './interdiction.js';
import { partyName } from './report-common.js';

export interface FilingView {
  maker?: string;
  checker?: string;
  sha256?: string;
  state?: string;
}

const money = (m: Money | undefined, ex: Exponents) => (m ? esc(formatMoney(m, ex)) : '');

function accountHtml(a: AccountInput): string {
  const holders = (a.signatories ?? []).map((s) => nameHtml(partyName({ person: s.person })));
  const owner = a.entity ? [nameHtml(partyName({ entity: a.entity }))] : [];
  return `${bdi(a.account_name ?? '')} <code>${esc(a.iban ?? a.account)}</code>${[...owner, ...holders].length ? `<br>${[...owner, ...holders].join('<br>')}` : ''}`;
}

function sideHtml(s: SideInput | undefined): string {
  if (!s) return '';
  const who = s.account ? accountHtml(s.account) : nameHtml(partyName(s));
  return `${who}${s.my_client ? ' <small>(customer)</small>' : ''} <small>${esc(s.country)}</small>`;
}

function issuesSection(issues: readonly ReportIssue[] | undefined): string {
  if (!issues || issues.length === 0) return '';
  return section('Problems to fix before filing', `<ul class="warn">${issues.map((i) => `<li><code>${esc(i.field || '(report)')}</code>: ${esc(i.message)}</li>`).join('')}</ul>`);
}

export function renderGoamlHtml(input: GoamlReportInput, info: { reportCode: string; localCurrency: string; exponents: Exponents; issues?: readonly ReportIssue[]; filing?: FilingView }): string {
  const ex = info.exponents;
  const rp = input.reporting_person;
  const tx = (input.transactions ?? []).map((t) => [
    esc(t.transactionnumber),
    esc(t.date_transaction),
    esc(t.transmode_code ?? t.channel ?? ''),
    sideHtml(t.from),
    sideHtml(t.to),
    money(t.amount, ex),
    money(t.amount && t.amount.currency === info.localCurrency ? t.amount : t.amount_local, ex),
    bdi(t.transaction_description ?? ''),
  ]);
  const parties = (input.activity?.report_parties ?? []).map((p) => [
    esc(p.role ?? ''),
    p.account ? accountHtml(p.account) : nameHtml(partyName(p)),
    esc(p.country ?? ''),
    bdi(p.reason),
  ]);
  const goods = (input.activity?.goods_services ?? []).map((g) => [esc(g.hs_code ?? g.item_type ?? ''), bdi(g.description ?? ''), esc(g.size !== undefined ? `${g.size} ${g.size_uom ?? ''}` : ''), money(g.estimated_value, ex), esc(g.status_code ?? '')]);
  return page(`goAML ${info.reportCode} report ${input.entity_reference}`, `Reporting entity ${esc(input.reporting_entity?.rentity_id)}${input.reporting_entity?.rentity_branch ? `, branch ${esc(input.reporting_entity.rentity_branch)}` : ''}; local currency ${esc(info.localCurrency)}`, [
    issuesSection(info.issues),
    section('Report', fields([
      ['Report code', esc(info.reportCode)],
      ['Reference', esc(input.entity_reference)],
      ['Submission date', esc(input.submission_date ?? 'at export')],
      ['Reporting person', rp ? `${nameHtml(partyName({ person: rp }))}${rp.occupation ? `, ${bdi(rp.occupation)}` : ''}` : undefined],
      ['Reason', bdi(input.reason ?? '')],
      ['Action taken', bdi(input.action ?? '')],
      ['Indicators', esc([...(input.indicators ?? []), ...(input.rules ?? []).map((r) => `rule ${r}`)].join(', '))],
    ])),
    ...(tx.length ? [section('Transactions', table(['Number', 'Date', 'Mode', 'From', 'To', 'Amount', `Amount (${info.localCurrency})`, 'Description'], tx))] : []),
    ...(input.activity ? [section('Activity: parties', table(['Role', 'Party', 'Country', 'Reason'], parties)), section('Activity: goods', table(['HS / type', 'Description', 'Quantity', 'Value', 'Status'], goods))] : []),
    signatures(info.filing),
  ]);
}

export function renderFreezeHtml(r: FreezeReport, info: { exponents: Exponents; filing?: FilingView }): string {
  const ex = info.exponents;
  const blocks = r.matches.map((m, i) =>
    section(`Match ${i + 1}: ${m.listed.reference}`, [
      fields([
        ['Customer / party', `${nameHtml(m.displayName)} <small>(${esc(m.party.role)})</small>`],
        ['Listed as', `${bdi(m.listed.name)}${m.listed.name_original_script ? ` / ${bdi(m.listed.name_original_script)}` : ''}`],
        ['List', `${esc(m.listed.list_name ?? m.listed.list)}; version sha256 <code>${esc(m.listed.version.hash)}</code>${m.listed.version.generated_at ? `, generated ${esc(m.listed.version.generated_at)}` : ''}`],
        ['Decision', `decided by ${bdi(m.decision.maker)}, approved by ${bdi(m.decision.checker)}${m.decision.evidence?.length ? `; evidence: ${bdi(m.decision.evidence.join('; '))}` : ''}`],
        ['Frozen in total', esc(m.frozenTotals.join(', ') || 'no amounts')],
        ['List arrival to freeze', `<span class="${m.withinHours ? 'ok' : 'warn'}">${esc(m.hoursArrivalToFreeze)} h</span> (service level ${esc(r.slaHours)} h)${m.daysListingToFreeze !== null ? `; ${esc(m.daysListingToFreeze)} day(s) after the listing` : ''}`],
      ]),
      '<h3>Frozen or blocked</h3>',
      table(['Kind', 'What', 'Account', 'Amount', 'Frozen at'], m.frozen.map((a) => [esc(a.kind), bdi(a.description), a.account ? accountHtml(a.account) : '', money(a.amount, ex), esc(a.frozen_at)])),
      '<h3>Attempted transactions</h3>',
      table(['Date', 'Direction', 'Amount', 'Counterparty', 'Channel', 'Blocked at'], (m.attempted ?? []).map((t) => [esc(t.date), esc(t.direction), money(t.amount, ex), bdi(t.counterparty), esc(t.channel ?? ''), esc(t.blocked_at)])),
      '<h3>Timeline</h3>',
      table(['Step', 'At', 'Hours since the list version arrived'], m.steps.map((s) => [esc(s.step), esc(s.at), esc(s.hoursSinceArrival ?? '')])),
    ].join('\n')),
  );
  return page(`Freeze report, case ${r.case_id}`, `${r.match_status === 'confirmed' ? 'Confirmed' : 'Partial'} match with the UN ISIL (Da'esh) &amp; Al-Qaida Sanctions List${r.competent_authority ? `; to ${bdi(r.competent_authority)}` : ''}`, [
    section('Summary', fields([['Reason', bdi(r.reason)], ['Action taken', bdi(r.action)]])),
    ...blocks,
    signatures(info.filing),
  ]);
}

export function renderInterdictionHtml(p: InterdictionPack, info: { exponents: Exponents; filing?: FilingView }): string {
  const d = p.deadline;
  const place = (x: { name?: string; country: string }) => `${x.name ? `${bdi(x.name)}, ` : ''}${esc(x.country)}`;
  return page(`Interdiction data pack, case ${p.case_id}`, `For the notice of ${esc(p.state)} to the 1267/1989/2253 Committee under resolution 2199 (2015), paragraph 12`, [
    section('Deadline', fields([
      ['Notice due', `<strong>${esc(d.due)}</strong>`],
      ['Days remaining', `<span class="${d.status === 'open' ? 'ok' : 'warn'}">${esc(d.daysRemaining)} (${esc(d.status)})</span>`],
      ['Basis', esc(d.basis)],
    ])),
    section('Interdiction', fields([
      ['Date', esc(p.interdiction.date)],
      ['Place', place(p.interdiction.place)],
      ['By', p.interdiction.by ? bdi(p.interdiction.by) : undefined],
      ['What happened', p.interdiction.description ? bdi(p.interdiction.description) : undefined],
      ['Origin', place(p.origin)],
      ['Destination', place(p.destination)],
      ['Link to ISIL / ANF', p.link_to_isil_anf ? bdi(p.link_to_isil_anf) : undefined],
      ['Proceedings', p.proceedings ? `${bdi(p.proceedings.status)}${p.proceedings.outcome ? `: ${bdi(p.proceedings.outcome)}` : ''}` : 'none yet'],
    ])),
    section('Goods', table(['HS code', 'Description', 'Quantity', 'Value', 'Scope'], p.goods.map((g, i) => [
      esc(g.hs_code), bdi(g.description), esc(`${g.quantity.value} ${g.quantity.unit}`), money(g.value, info.exponents),
      p.outOfScopeGoods.includes(i) ? '<span class="warn">outside oil / refinery HS scope: check</span>' : 'para 12',
    ]))),
    section('Parties', table(['Role', 'Name', 'Country', 'UN list reference'], p.parties.map((x, i) => [esc(x.role), nameHtml(p.partyNames[i]!), esc(x.country ?? ''), esc(x.listed_reference ?? '')]))),
    section('Vehicles and vessels', table(['Kind', 'Name', 'IMO / identifier', 'Flag'], p.transport.map((t) => [esc(t.kind), bdi(t.name ?? ''), esc(t.imo ?? t.identifier ?? ''), esc(t.flag ?? '')]))),
    signatures(info.filing),
  ]);
}

export function renderCulturalPropertyHtml(r: CulturalPropertyRecord, info: { exponents: Exponents; filing?: FilingView }): string {
  const o = r.object;
  const outcome = r.outcome === 'prohibited' ? '<span class="warn">prohibited</span>' : r.outcome === 'permitted' ? '<span class="ok">permitted</span>' : 'not applicable (no Iraqi or Syrian origin)';
  return page(`Cultural-property ${r.record_type} record, case ${r.case_id}`, `${esc(r.record_type)} on ${esc(r.date)}; UNSC resolutions 1483 (para 7), 2199 (para 17), 2347`, [
    section('Object', fields([
      ['Description', bdi(o.description)],
      ['Category', esc(o.category)],
      ['Material', o.material ? bdi(o.material) : undefined],
      ['Period', o.period ? bdi(o.period) : undefined],
      ['Dimensions', o.dimensions ? bdi(o.dimensions) : undefined],
      ['Marks', o.marks?.length ? bdi(o.marks.join('; ')) : undefined],
      ['Origin', esc([o.country_of_origin, ...(o.possible_origins ?? [])].filter(Boolean).join(', ') || 'unknown')],
      ['HS code', o.hs_code ? esc(o.hs_code) : undefined],
      ['Estimated value', money(o.estimated_value, info.exponents) || undefined],
    ])),
    section('Images', table(['Reference', 'Caption', 'SHA-256'], r.images.map((im) => [bdi(im.ref), bdi(im.caption ?? ''), im.sha256 ? `<code>${esc(im.sha256)}</code>` : '']))),
    section('Provenance chain', table(['#', 'Date', 'Country', 'Place', 'Event', 'Documented'], r.provenance.map((e, i) => [esc(i), esc(e.date ?? 'undated'), esc(e.country ?? ''), bdi(e.place ?? ''), bdi(e.event), e.documented ? 'yes' : '<span class="warn">statement only</span>']))),
    section('Cut-off test', `<p>Outcome: ${outcome}</p>${table(['Country', 'Cut-off', 'Result', 'Why', 'Source'], r.cutoffTests.map((t) => [esc(t.country), esc(t.cutoff), esc(t.result), esc(t.explanation), esc(t.source)]))}`),
    section('Registers consulted', table(['Register', 'Date', 'Result', 'Reference'], r.registers_consulted.map((x) => [bdi(x.register), esc(x.date), bdi(x.result), esc(x.reference ?? '')]))),
    section('Parties', table(['Role', 'Name', 'Country'], r.parties.map((x, i) => [esc(x.role), nameHtml(r.partyNames[i]!), esc(x.country ?? '')]))),
    section('Reason', fields([['Reason', bdi(r.reason)], ['Rules', esc((r.rules ?? []).join(', '))], ['Action', r.action ? bdi(r.action) : undefined]])),
    signatures(info.filing),
  ]);
}
