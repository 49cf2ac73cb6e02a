/**
 * Reader for ISO 20022 pacs.008 (FIToFICustomerCreditTransfer, any version 02..13): one
 * PaymentEvent per CdtTrfTxInf, with every party the message can name (Dbtr, Cdtr, UltmtDbtr,
 * UltmtCdtr, InitgPty, DbtrAgt, CdtrAgt, IntrmyAgt1..3), their postal addresses and identifiers,
 * accounts, RmtInf (Ustrd and Strd), Purp, amounts with currencies and dates.
 *
 * The XML goes through the same guard as the sanctions lists (no DOCTYPE, so no XXE or entity
 * bombs; UTF-8 only; size and depth limits); any refusal names file:line:column. A message that
 * parses but lacks what a payment needs (amount, currency, a date) is refused too, naming the
 * element, because a payment screened without its amount or parties is a payment not screened.
 */
import { ListFormatError } from '../lists/errors.js';
import type { XmlInput } from '../lists/xml-guard.js';
import { EventValidationError } from './errors.js';
import { decimalToMinor, type Money } from './money.js';
import type { Party, Place } from './party.js';
import type { PaymentEvent, PaymentRole, StructuredRemittance } from './payment.js';
import { child, children, readXmlTree, textAt, type XmlNode, type XmlTree } from './xml-tree.js';

/** pacs.008 messages are kilobytes; a multi-transaction batch a few megabytes. */
export const PACS008_MAX_BYTES = 16 * 1024 * 1024;

const PARTY_ELEMENTS: [string, PaymentRole][] = [
  ['Dbtr', 'debtor'], ['Cdtr', 'creditor'], ['UltmtDbtr', 'ultimateDebtor'], ['UltmtCdtr', 'ultimateCreditor'], ['InitgPty', 'initiatingParty'],
];
const AGENT_ELEMENTS: [string, PaymentRole][] = [
  ['DbtrAgt', 'debtorAgent'], ['CdtrAgt', 'creditorAgent'], ['IntrmyAgt1', 'intermediaryAgent1'], ['IntrmyAgt2', 'intermediaryAgent2'], ['IntrmyAgt3', 'intermediaryAgent3'],
];

export async function readPacs008(input: XmlInput, options: { maxBytes?: number } = {}): Promise<PaymentEvent[]> {
  let tree: XmlTree;
  try {
    tree = await readXmlTree(input, { maxBytes: options.maxBytes ?? PACS008_MAX_BYTES, maxDepth: 32 });
  } catch (err) {
    // One error type for every refused event input; the guard's message already has file:line:column.
    if (err instanceof ListFormatError) throw new EventValidationError(err.reason, err.field, err.message.slice(0, err.message.length - err.reason.length - 2));
    throw err;
  }
  return mapDocument(tree);
}

function mapDocument(tree: XmlTree): PaymentEvent[] {
  const root = tree.root;
  const fail: (node: XmlNode, field: string, reason: string) => never = (node, field, reason) => {
    throw new EventValidationError(reason, field, tree.where(node.at));
  };
  const ns = root.attributes.xmlns ?? Object.entries(root.attributes).find(([k]) => k.startsWith('xmlns:'))?.[1] ?? '';
  if (root.name !== 'Document') fail(root, root.name, 'the root element must be Document (an ISO 20022 pacs.008 message)');
  if (ns !== '' && !/pacs\.008\./.test(ns)) fail(root, 'Document/@xmlns', `namespace ${JSON.stringify(ns)} is not pacs.008`);
  const msg = child(root, 'FIToFICstmrCdtTrf');
  if (!msg) fail(root, 'Document/FIToFICstmrCdtTrf', 'required (is this a pacs.008?)');
  const hdr = child(msg, 'GrpHdr');
  if (!hdr) fail(msg, 'FIToFICstmrCdtTrf/GrpHdr', 'required');
  const msgId = textAt(hdr, 'MsgId');
  if (!msgId) fail(hdr, 'GrpHdr/MsgId', 'required');
  const created = textAt(hdr, 'CreDtTm');
  const hdrSettlement = textAt(hdr, 'IntrBkSttlmDt');
  const txs = children(msg, 'CdtTrfTxInf');
  if (txs.length === 0) fail(msg, 'FIToFICstmrCdtTrf/CdtTrfTxInf', 'a pacs.008 needs at least one transaction');

  return txs.map((tx, i) => {
    const path = `CdtTrfTxInf[${i + 1}]`;
    const pmtId = child(tx, 'PmtId');
    const uetr = textAt(pmtId, 'UETR');
    const txId = textAt(pmtId, 'TxId');
    const e2e = textAt(pmtId, 'EndToEndId');
    const amtNode = child(tx, 'IntrBkSttlmAmt');
    if (!amtNode) fail(tx, `${path}/IntrBkSttlmAmt`, 'required');
    const amount = money(amtNode, `${path}/IntrBkSttlmAmt`, fail);
    const dateText = textAt(tx, 'IntrBkSttlmDt') ?? hdrSettlement ?? created;
    if (!dateText) fail(tx, `${path}/IntrBkSttlmDt`, 'no settlement date here or in GrpHdr, and no GrpHdr/CreDtTm');
    const date = dateText.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(tx, `${path}/IntrBkSttlmDt`, `${JSON.stringify(dateText)} is not an ISO date`);

    const parties: Partial<Record<PaymentRole, Party>> = {};
    for (const [el, role] of PARTY_ELEMENTS) {
      const n = child(tx, el);
      if (n) parties[role] = partyOf(n, role);
    }
    for (const [el, role] of AGENT_ELEMENTS) {
      const n = child(tx, el);
      if (n) parties[role] = agentOf(n, role);
    }
    for (const [acct, role] of [['DbtrAcct', 'debtor'], ['CdtrAcct', 'creditor']] as const) {
      const a = child(child(tx, acct), 'Id');
      const p = parties[role];
      if (a && p) {
        const iban = textAt(a, 'IBAN');
        const other = textAt(a, 'Othr', 'Id');
        if (iban) p.iban = iban.replace(/\s+/g, '').toUpperCase();
        if (other) p.account = other;
      }
    }
    if (!parties.debtor || !parties.creditor) fail(tx, `${path}/${parties.debtor ? 'Cdtr' : 'Dbtr'}`, 'required');

    const rmt = child(tx, 'RmtInf');
    const structured: StructuredRemittance[] = children(rmt, 'Strd').map((s) => {
      const ref = textAt(s, 'CdtrRefInf', 'Ref');
      return {
        referredDocuments: children(s, 'RfrdDocInf').map((d) => textAt(d, 'Nb')).filter(isString),
        ...(ref ? { creditorReference: ref } : {}),
        additional: children(s, 'AddtlRmtInf').map((a) => a.text.trim()).filter((t) => t !== ''),
      };
    });
    const event: PaymentEvent = {
      kind: 'payment',
      id: uetr ?? `${msgId}:${txId ?? e2e ?? i + 1}`,
      format: 'pacs.008',
      date,
      messageId: msgId,
      amount,
      direction: 'outgoing',
      channel: 'wire',
      parties,
      remittance: { unstructured: children(rmt, 'Ustrd').map((u) => u.text.trim()).filter((t) => t !== ''), structured },
    };
    if (uetr) event.uetr = uetr;
    if (e2e) event.endToEndId = e2e;
    const instd = child(tx, 'InstdAmt');
    if (instd) event.instructedAmount = money(instd, `${path}/InstdAmt`, fail);
    const purp = child(tx, 'Purp');
    if (purp) {
      const code = textAt(purp, 'Cd');
      const prtry = textAt(purp, 'Prtry');
      event.purpose = { ...(code ? { code: code.toUpperCase() } : {}), ...(prtry ? { proprietary: prtry } : {}) };
    }
    const chrg = textAt(tx, 'ChrgBr');
    if (chrg) event.chargeBearer = chrg;
    return event;
  });
}

function money(n: XmlNode, field: string, fail: (n: XmlNode, f: string, r: string) => never): Money {
  const ccy = n.attributes.Ccy;
  if (!ccy || !/^[A-Z]{3}$/.test(ccy)) fail(n, `${field}/@Ccy`, 'required: a 3-letter ISO 4217 currency code');
  const minor = decimalToMinor(n.text, ccy);
  if (typeof minor === 'string') fail(n, field, minor);
  if (minor <= 0) fail(n, field, 'must be positive');
  return { currency: ccy, minor };
}

function isString(x: string | undefined): x is string {
  return x !== undefined;
}

function address(n: XmlNode | undefined): Place | undefined {
  if (!n) return undefined;
  const p: Place = {};
  const street = [textAt(n, 'StrtNm'), textAt(n, 'BldgNb')].filter(isString).join(' ');
  if (street) p.street = street;
  const town = textAt(n, 'TwnNm');
  if (town) p.town = town;
  const pc = textAt(n, 'PstCd');
  if (pc) p.postCode = pc;
  const sub = textAt(n, 'CtrySubDvsn');
  if (sub) p.subdivision = sub;
  const ctry = textAt(n, 'Ctry');
  if (ctry) p.country = ctry.toUpperCase();
  const lines = children(n, 'AdrLine').map((l) => l.text.trim()).filter((t) => t !== '');
  if (lines.length) p.lines = lines;
  return Object.keys(p).length ? p : undefined;
}

/** PartyIdentification: name, postal address, organisation or private identifiers, country of residence. */
function partyOf(n: XmlNode, role: PaymentRole): Party {
  const p: Party = { role, ids: [], licences: [] };
  const name = textAt(n, 'Nm');
  if (name) p.name = name;
  const addr = address(child(n, 'PstlAdr'));
  if (addr) p.address = addr;
  const country = addr?.country ?? textAt(n, 'CtryOfRes');
  if (country) p.country = country.toUpperCase();
  const org = child(child(n, 'Id'), 'OrgId');
  const prvt = child(child(n, 'Id'), 'PrvtId');
  if (org) {
    p.type = 'organization';
    const bic = textAt(org, 'AnyBIC');
    if (bic) p.bic = bic.toUpperCase();
    const lei = textAt(org, 'LEI');
    if (lei) p.lei = lei.toUpperCase();
  }
  if (prvt) {
    p.type = 'person';
    const birth = textAt(prvt, 'DtAndPlcOfBirth', 'BirthDt');
    if (birth) p.birthDate = birth.slice(0, 10);
  }
  for (const id of [...children(org, 'Othr'), ...children(prvt, 'Othr')]) {
    const v = textAt(id, 'Id');
    if (v) p.ids.push(v);
  }
  return p;
}

/** BranchAndFinancialInstitutionIdentification: BIC, name, address, LEI, clearing member id. */
function agentOf(n: XmlNode, role: PaymentRole): Party {
  const fi = child(n, 'FinInstnId');
  const p: Party = { role, type: 'financial-institution', ids: [], licences: [] };
  const bic = textAt(fi, 'BICFI') ?? textAt(fi, 'BIC');
  if (bic) p.bic = bic.toUpperCase();
  const name = textAt(fi, 'Nm');
  if (name) p.name = name;
  const lei = textAt(fi, 'LEI');
  if (lei) p.lei = lei.toUpperCase();
  const addr = address(child(fi, 'PstlAdr'));
  if (addr) p.address = addr;
  // ISO 9362: characters 5-6 of a BIC are the institution's country.
  const country = addr?.country ?? (p.bic && p.bic.length >= 6 ? p.bic.slice(4, 6) : undefined);
  if (country) p.country = country;
  const member = textAt(fi, 'ClrSysMmbId', 'MmbId');
  if (member) p.ids.push(member);
  const other = textAt(fi, 'Othr', 'Id');
  if (other) p.ids.push(other);
  return p;
}
