/**
 * Writers for goAML's people, entities, accounts, addresses, phones and goods, each in its XSD's
 * element order (xs:sequence: order is part of validity). Every element records the input field it
 * comes from (xml-tree.ts), so schema errors point back at the case.
 *
 * Three flavours of person exist in goAML: t_person (anyone), t_person_my_client (the reporting
 * entity's customer: more is mandatory) and t_person_registration_in_report (the reporting officer:
 * a shorter list). One writer serves all three; the differences are noted where they occur.
 */
import type { BuildContext } from './build-context.js';
import type { AccountInput, AddressInput, EntityInput, IdentificationInput, ItemInput, PersonInput, PhoneInput, SanctionInput } from './goaml-input.js';
import { itemTypeForHs } from './fiu-profile.js';
import { joinPath, type XmlOut } from './xml-tree.js';

export type PersonFlavour = 'person' | 'my_client' | 'registration';

export function writeAddress(x: XmlOut, name: string, a: AddressInput, path: string, ctx: BuildContext): void {
  const el = x.el(name, path);
  el.leaf('address_type', ctx.fallback(a.address_type, 'address_type'), joinPath(path, 'address_type'))
    .leaf('address', a.address, joinPath(path, 'address'))
    .leaf('town', a.town, joinPath(path, 'town'))
    .leaf('city', a.city, joinPath(path, 'city'))
    .leaf('zip', a.zip, joinPath(path, 'zip'))
    .leaf('country_code', a.country_code, joinPath(path, 'country_code'))
    .leaf('state', a.state, joinPath(path, 'state'))
    .leaf('comments', a.comments, joinPath(path, 'comments'));
}

export function writePhone(x: XmlOut, name: string, p: PhoneInput, path: string, ctx: BuildContext): void {
  x.el(name, path)
    .leaf('tph_contact_type', ctx.fallback(p.tph_contact_type, 'tph_contact_type'), joinPath(path, 'tph_contact_type'))
    .leaf('tph_communication_type', ctx.fallback(p.tph_communication_type, 'tph_communication_type'), joinPath(path, 'tph_communication_type'))
    .leaf('tph_country_prefix', p.tph_country_prefix, joinPath(path, 'tph_country_prefix'))
    .leaf('tph_number', p.tph_number, joinPath(path, 'tph_number'))
    .leaf('comments', p.comments, joinPath(path, 'comments'));
}

function writeIdentification(x: XmlOut, id: IdentificationInput, path: string, ctx: BuildContext): void {
  x.el('identification', path)
    .leaf('type', id.type, joinPath(path, 'type'))
    .leaf('number', id.number, joinPath(path, 'number'))
    .leaf('issue_date', ctx.date(id.issue_date, joinPath(path, 'issue_date')), joinPath(path, 'issue_date'))
    .leaf('expiry_date', ctx.date(id.expiry_date, joinPath(path, 'expiry_date')), joinPath(path, 'expiry_date'))
    .leaf('issued_by', id.issued_by, joinPath(path, 'issued_by'))
    .leaf('issue_country', id.issue_country, joinPath(path, 'issue_country'))
    .leaf('comments', id.comments, joinPath(path, 'comments'));
}

function writeSanctions(x: XmlOut, list: SanctionInput[] | undefined, path: string, ctx: BuildContext): void {
  if (!list || list.length === 0) return;
  const wrap = x.el('sanctions', path);
  list.forEach((s, i) => {
    const p = `${path}[${i}]`;
    const el = wrap.el('sanction_list', p);
    el.leaf('provider', s.provider, joinPath(p, 'provider'))
      .leaf('sanction_list_name', s.sanction_list_name, joinPath(p, 'sanction_list_name'))
      .leaf('match_criteria', s.match_criteria, joinPath(p, 'match_criteria'))
      .leaf('link_to_source', s.link_to_source, joinPath(p, 'link_to_source'))
      .leaf('sanction_list_attributes', s.sanction_list_attributes, joinPath(p, 'sanction_list_attributes'));
    const from = ctx.date(s.listed_from, joinPath(p, 'listed_from'));
    if (from) el.el('sanction_list_date_range', joinPath(p, 'listed_from')).leaf('valid_from', from, joinPath(p, 'listed_from'));
    el.leaf('comments', s.comments, joinPath(p, 'comments'));
  });
}

/** The fields of a person, written into `el` (a t_person, t_person_my_client or registration element). */
export function writePersonFields(el: XmlOut, p: PersonInput, path: string, flavour: PersonFlavour, ctx: BuildContext): void {
  const f = (name: string) => joinPath(path, name);
  el.leaf('gender', p.gender, f('gender'))
    .leaf('title', p.title, f('title'))
    .leaf('first_name', p.first_name, f('first_name'))
    .leaf('middle_name', p.middle_name, f('middle_name'))
    .leaf('prefix', p.prefix, f('prefix'))
    .leaf('last_name', p.last_name, f('last_name'))
    .leaf('birthdate', ctx.date(p.birthdate, f('birthdate')), f('birthdate'))
    .leaf('birth_place', p.birth_place, f('birth_place'))
    .leaf('mothers_name', p.mothers_name, f('mothers_name'));
  // The reporting officer's type has no full_name_frn: the original-script name goes to alias there.
  if (flavour === 'registration') {
    el.leaf('alias', p.alias ?? p.full_name_frn, p.alias ? f('alias') : f('full_name_frn'));
  } else {
    el.leaf('alias', p.alias, f('alias')).leaf('full_name_frn', p.full_name_frn, f('full_name_frn'));
  }
  el.leaf('ssn', p.ssn, f('ssn'));
  if (p.passport_number || p.passport_country) {
    el.leaf('passport_number', p.passport_number, f('passport_number')).leaf('passport_country', p.passport_country, f('passport_country'));
  }
  el.leaf('id_number', p.id_number, f('id_number'))
    .leaf('nationality1', p.nationality1, f('nationality1'))
    .leaf('nationality2', p.nationality2, f('nationality2'))
    .leaf('nationality3', p.nationality3, f('nationality3'))
    .leaf('residence', p.residence, f('residence'));
  // A customer's record must carry <phones>, even empty; for others it is written only with content.
  if ((p.phones && p.phones.length > 0) || flavour === 'my_client') {
    const phones = el.el('phones', f('phones'));
    (p.phones ?? []).forEach((ph, i) => writePhone(phones, 'phone', ph, `${f('phones')}[${i}]`, ctx));
  }
  if (p.addresses && p.addresses.length > 0) {
    const addresses = el.el('addresses', f('addresses'));
    p.addresses.forEach((a, i) => writeAddress(addresses, 'address', a, `${f('addresses')}[${i}]`, ctx));
  }
  (p.email ?? []).slice(0, 5).forEach((e, i) => el.leaf('email', e, `${f('email')}[${i}]`));
  el.leaf('occupation', p.occupation, f('occupation')).leaf('employer_name', p.employer_name, f('employer_name'));
  const ids = p.identifications ?? [];
  if (flavour === 'registration') {
    ids.forEach((id, i) => writeIdentification(el, id, `${f('identifications')}[${i}]`, ctx));
  } else if (ids.length > 0) {
    const wrap = el.el('identifications', f('identifications'));
    ids.forEach((id, i) => writeIdentification(wrap, id, `${f('identifications')}[${i}]`, ctx));
  }
  el.leaf('tax_number', p.tax_number, f('tax_number'))
    .leaf('tax_reg_number', p.tax_reg_number, f('tax_reg_number'))
    .leaf('source_of_wealth', p.source_of_wealth, f('source_of_wealth'));
  if (flavour !== 'registration') writeSanctions(el, p.sanctions, f('sanctions'), ctx);
  el.leaf('comments', p.comments, f('comments'));
}

export function writePerson(x: XmlOut, name: string, p: PersonInput, path: string, flavour: PersonFlavour, ctx: BuildContext): void {
  writePersonFields(x.el(name, path), p, path, flavour, ctx);
}

export function writeEntity(x: XmlOut, name: string, e: EntityInput, path: string, myClient: boolean, ctx: BuildContext): void {
  const f = (n: string) => joinPath(path, n);
  const el = x.el(name, path);
  el.leaf('name', e.name, f('name'))
    .leaf('commercial_name', e.commercial_name, f('commercial_name'))
    .leaf('incorporation_legal_form', e.incorporation_legal_form, f('incorporation_legal_form'))
    .leaf('incorporation_number', e.incorporation_number, f('incorporation_number'))
    .leaf('business', e.business, f('business'));
  if (e.phones && e.phones.length > 0) {
    const phones = el.el('phones', f('phones'));
    e.phones.forEach((ph, i) => writePhone(phones, 'phone', ph, `${f('phones')}[${i}]`, ctx));
  }
  if ((e.addresses && e.addresses.length > 0) || myClient) {
    const addresses = el.el('addresses', f('addresses'));
    (e.addresses ?? []).forEach((a, i) => writeAddress(addresses, 'address', a, `${f('addresses')}[${i}]`, ctx));
  }
  (e.email ?? []).slice(0, 5).forEach((m, i) => el.leaf('email', m, `${f('email')}[${i}]`));
  el.leaf('url', e.url, f('url'))
    .leaf('incorporation_state', e.incorporation_state, f('incorporation_state'))
    .leaf('incorporation_country_code', e.incorporation_country_code, f('incorporation_country_code'));
  (e.directors ?? []).forEach((d, i) => {
    const dp = `${f('directors')}[${i}]`;
    // director_id extends t_person with a trailing role: the person's fields, then the role.
    const dir = el.el('director_id', joinPath(dp, 'person'));
    writePersonFields(dir, d.person, joinPath(dp, 'person'), 'person', ctx);
    dir.leaf('role', d.role, joinPath(dp, 'role'));
  });
  el.leaf('incorporation_date', ctx.date(e.incorporation_date, f('incorporation_date')), f('incorporation_date'))
    .leaf('tax_number', e.tax_number, f('tax_number'))
    .leaf('tax_reg_number', e.tax_reg_number, f('tax_reg_number'));
  writeSanctions(el, e.sanctions, f('sanctions'), ctx);
  // goAML has no element for an entity's name in its own script; comments keep it, in any script.
  const comments = [e.name_frn ? `Name in original script: ${e.name_frn}` : undefined, e.comments].filter(Boolean).join('\n');
  el.leaf('comments', comments, e.comments ? f('comments') : f('name_frn'));
}

export function writeAccount(x: XmlOut, name: string, a: AccountInput, path: string, myClient: boolean, ctx: BuildContext): void {
  const f = (n: string) => joinPath(path, n);
  const el = x.el(name, path);
  el.leaf('institution_name', a.institution_name, f('institution_name'));
  if (a.swift && !a.institution_code) el.leaf('swift', a.swift, f('swift'));
  else el.leaf('institution_code', a.institution_code, f('institution_code'));
  el.leaf('institution_country', a.institution_country, f('institution_country'))
    .leaf('non_bank_institution', a.non_bank_institution ?? (myClient ? false : undefined), f('non_bank_institution'))
    .leaf('branch', a.branch, f('branch'))
    .leaf('account', a.account, f('account'))
    .leaf('currency_code', a.currency_code, f('currency_code'))
    .leaf('account_name', a.account_name, f('account_name'))
    .leaf('iban', a.iban, f('iban'))
    .leaf('client_number', a.client_number, f('client_number'))
    .leaf('personal_account_type', a.personal_account_type, f('personal_account_type'));
  if (a.entity) writeEntity(el, 't_entity', a.entity, f('entity'), myClient, ctx);
  (a.signatories ?? []).forEach((s, i) => {
    const sp = `${f('signatories')}[${i}]`;
    const sig = el.el('signatory', sp);
    // goAML fixes is_primary to "1": libxml2 compares fixed values as written, so never "true".
    if (s.is_primary) sig.leaf('is_primary', true, joinPath(sp, 'is_primary'));
    writePerson(sig, 't_person', s.person, joinPath(sp, 'person'), myClient ? 'my_client' : 'person', ctx);
    sig.leaf('role', s.role, joinPath(sp, 'role'));
  });
  el.leaf('opened', ctx.date(a.opened, f('opened')), f('opened')).leaf('closed', ctx.date(a.closed, f('closed')), f('closed'));
  const balance = ctx.decimal(a.balance, f('balance'));
  if (balance !== undefined) {
    el.leaf('balance', balance, f('balance')).leaf('date_balance', ctx.date(a.date_balance, f('date_balance')), f('date_balance'));
  }
  if (a.status_code) {
    el.leaf('status_code', a.status_code, f('status_code')).leaf('status_date', ctx.date(a.status_date, f('status_date')), f('status_date'));
  }
  el.leaf('beneficiary', a.beneficiary, f('beneficiary'))
    .leaf('beneficiary_comment', a.beneficiary_comment, f('beneficiary_comment'))
    .leaf('comments', a.comments, f('comments'));
}

export function writeItem(x: XmlOut, item: ItemInput, path: string, ctx: BuildContext): void {
  const f = (n: string) => joinPath(path, n);
  const el = x.el('item', path);
  const itemType = item.item_type ?? (item.hs_code ? itemTypeForHs(ctx.profile, item.hs_code) : ctx.profile.defaults.item_type);
  el.leaf('item_type', itemType, item.item_type ? f('item_type') : f('hs_code'))
    .leaf('item_make', item.item_make, f('item_make'))
    .leaf('description', item.description, f('description'))
    .leaf('previously_registered_to', item.previously_registered_to, f('previously_registered_to'))
    .leaf('presently_registered_to', item.presently_registered_to, f('presently_registered_to'))
    .leaf('estimated_value', ctx.decimal(item.estimated_value, f('estimated_value')), f('estimated_value'))
    .leaf('status_code', item.status_code, f('status_code'))
    .leaf('status_comments', item.status_comments, f('status_comments'))
    .leaf('disposed_value', ctx.decimal(item.disposed_value, f('disposed_value')), f('disposed_value'))
    .leaf('currency_code', (item.estimated_value ?? item.disposed_value)?.currency, f('estimated_value'))
    .leaf('size', item.size, f('size'))
    .leaf('size_uom', item.size_uom, f('size_uom'));
  if (item.address) writeAddress(el, 'address', item.address, f('address'), ctx);
  el.leaf('registration_date', ctx.date(item.registration_date, f('registration_date')), f('registration_date'))
    .leaf('registration_number', item.registration_number, f('registration_number'))
    .leaf('identification_number', item.identification_number, f('identification_number'));
  // goAML has no tariff-code element; the HS code the item type was derived from is kept in comments.
  const comments = [item.hs_code ? `HS code ${item.hs_code}` : undefined, item.comments].filter(Boolean).join('\n');
  el.leaf('comments', comments, item.comments ? f('comments') : f('hs_code'));
}
