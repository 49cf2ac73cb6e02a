/**
 * What a goAML report is built from: a plain JSON shape that Interdict's cases, alerts and monitoring
 * events map into (see docs/reports.md). Field names are goAML's own element names wherever one
 * exists, so that an error on `transactions[0].from.person.last_name` is found in the input, the
 * goAML guide and the XSD under the same name.
 *
 * Dates are "YYYY-MM-DD" or ISO date-times; money is integer minor units (amount.ts).
 */
import type { Money } from './amount.js';
import type { ReportPurpose } from './fiu-profile.js';

export interface AddressInput {
  /** goAML contact_type: BU business, PRIVT private, REG registered, ... */
  address_type?: string;
  address: string;
  town?: string;
  city: string;
  zip?: string;
  country_code: string;
  state: string;
  comments?: string;
}

export interface PhoneInput {
  tph_contact_type?: string;
  /** L landline, M mobile, F fax, S satellite. */
  tph_communication_type?: string;
  tph_country_prefix?: string;
  tph_number: string;
  comments?: string;
}

export interface IdentificationInput {
  /** goAML identifier_type: PASSP passport, EID national id, DRIVL driving licence, ... */
  type: string;
  number: string;
  issue_date?: string;
  expiry_date?: string;
  issued_by?: string;
  issue_country: string;
  comments?: string;
}

/** A sanctions-list entry the party matched (goAML 5.2 `sanction_list`). */
export interface SanctionInput {
  provider: string;
  sanction_list_name: string;
  match_criteria?: string;
  link_to_source?: string;
  /** Reference, list version: "QDi.426; list of 2026-01-28 (sha256 c6a354e9...)". */
  sanction_list_attributes?: string;
  /** Listing date. */
  listed_from?: string;
  comments?: string;
}

export interface PersonInput {
  /** M, F or "-" (unspecified). */
  gender?: string;
  title?: string;
  /** Latin script: the example FIU's schema accepts [a-zA-Z0-9 .'-] only. */
  first_name: string;
  middle_name?: string;
  prefix?: string;
  last_name: string;
  birthdate?: string;
  birth_place?: string;
  mothers_name?: string;
  alias?: string;
  /** The name in its original script (Arabic, Cyrillic...): goAML's full_name_frn, any script. */
  full_name_frn?: string;
  ssn?: string;
  passport_number?: string;
  passport_country?: string;
  id_number?: string;
  nationality1?: string;
  nationality2?: string;
  nationality3?: string;
  residence?: string;
  phones?: PhoneInput[];
  addresses?: AddressInput[];
  email?: string[];
  occupation?: string;
  employer_name?: string;
  identifications?: IdentificationInput[];
  tax_number?: string;
  /** One character, as the example FIU wants it (Y/N). */
  tax_reg_number?: string;
  source_of_wealth?: string;
  sanctions?: SanctionInput[];
  comments?: string;
}

export interface DirectorInput {
  person: PersonInput;
  /** goAML entity_person_role_type: DIR, UBO, SHRHL, ... */
  role?: string;
}

export interface EntityInput {
  /** Latin script (see PersonInput.first_name). */
  name: string;
  /** The name in its original script; goAML has no entity element for it, so it goes to comments. */
  name_frn?: string;
  commercial_name?: string;
  incorporation_legal_form?: string;
  incorporation_number?: string;
  business?: string;
  phones?: PhoneInput[];
  addresses?: AddressInput[];
  email?: string[];
  url?: string;
  incorporation_state?: string;
  incorporation_country_code?: string;
  directors?: DirectorInput[];
  incorporation_date?: string;
  tax_number?: string;
  tax_reg_number?: string;
  sanctions?: SanctionInput[];
  comments?: string;
}

export interface SignatoryInput {
  is_primary?: boolean;
  person: PersonInput;
  /** goAML account_person_role_type: PAH primary holder, JAH joint, POA, ... */
  role?: string;
}

export interface AccountInput {
  institution_name?: string;
  /** One of institution_code or swift. */
  institution_code?: string;
  swift?: string;
  institution_country?: string;
  non_bank_institution?: boolean;
  branch?: string;
  account: string;
  currency_code?: string;
  account_name?: string;
  iban?: string;
  client_number?: string;
  /** goAML account_type: A business, B current, C savings, ... */
  personal_account_type?: string;
  entity?: EntityInput;
  signatories?: SignatoryInput[];
  opened?: string;
  closed?: string;
  balance?: Money;
  date_balance?: string;
  /** goAML account_status_type: A active, FROZN frozen, BLK blocked, ... */
  status_code?: string;
  status_date?: string;
  beneficiary?: string;
  beneficiary_comment?: string;
  comments?: string;
}

/** One party of a transaction: who, through which account or as which person or entity. */
export interface SideInput {
  /** The reporting entity's own customer: goAML then wants the fuller *_my_client types. */
  my_client?: boolean;
  funds_code?: string;
  funds_comment?: string;
  /** The person who carried out the transaction for the party, if not the party. */
  conductor?: PersonInput;
  /** Exactly one of person, entity, account. */
  person?: PersonInput;
  entity?: EntityInput;
  account?: AccountInput;
  country: string;
}

export interface ItemInput {
  /** goAML trans_item_type; when absent, derived from hs_code through the FIU profile. */
  item_type?: string;
  hs_code?: string;
  item_make?: string;
  description?: string;
  previously_registered_to?: string;
  presently_registered_to?: string;
  estimated_value?: Money;
  /** goAML trans_item_status: FRZN frozen/confiscated, PNDNG, ... */
  status_code?: string;
  status_comments?: string;
  disposed_value?: Money;
  /** A whole number (goAML's size has no decimals), with its unit. */
  size?: number | string;
  size_uom?: string;
  address?: AddressInput;
  registration_date?: string;
  registration_number?: string;
  identification_number?: string;
  comments?: string;
}

export interface TransactionInput {
  transactionnumber: string;
  internal_ref_number?: string;
  transaction_location?: string;
  transaction_description?: string;
  date_transaction: string;
  teller?: string;
  authorized?: string;
  value_date?: string;
  /** The FIU's transaction mode; when absent, derived from `channel` through the profile. */
  transmode_code?: string;
  /** Interdict's channel: wire, cash, atm, card, prepaid-card, e-wallet, msb, hawala, cheque, ... */
  channel?: string;
  transmode_comment?: string;
  /** As booked, in any currency. */
  amount: Money;
  /** The amount in the report's local currency; required when `amount` is in another currency. */
  amount_local?: Money;
  from: SideInput;
  to: SideInput;
  goods_services?: ItemInput[];
  comments?: string;
}

export interface ReportPartyInput {
  /** Free text in the example FIU (report_party_role_type is unrestricted). */
  role?: string;
  my_client?: boolean;
  person?: PersonInput;
  entity?: EntityInput;
  account?: AccountInput;
  country?: string;
  is_suspected?: boolean;
  /** 0 to 10. */
  significance?: number;
  reason: string;
  comments?: string;
}

export interface ReportingEntityInput {
  /** The id the FIU assigned to the reporting entity. */
  rentity_id: number;
  rentity_branch?: string;
}

export interface GoamlReportInput {
  /** What the report is for; the profile turns it into the FIU's report code. */
  purpose?: ReportPurpose;
  /** The FIU's code, when the caller wants a specific one (overrides `purpose`). */
  report_code?: string;
  reporting_entity: ReportingEntityInput;
  entity_reference: string;
  fiu_ref_number?: string;
  /** Defaults to the time the report is built. */
  submission_date?: string;
  /** Defaults to the profile's local currency. */
  currency_code_local?: string;
  reporting_person: PersonInput;
  location?: AddressInput;
  reason?: string;
  action?: string;
  transactions?: TransactionInput[];
  activity?: { report_parties: ReportPartyInput[]; goods_services?: ItemInput[] };
  /** The FIU's indicator codes. */
  indicators?: string[];
  /** Interdict rule ids (OIL-1, ART-3, FREEZE...), turned into indicator codes by the profile. */
  rules?: string[];
}
