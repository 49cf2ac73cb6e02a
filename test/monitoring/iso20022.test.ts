import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EventValidationError } from '../../src/monitoring/errors.js';
import { readPacs008 } from '../../src/monitoring/iso20022.js';
import { FIXTURES } from './helpers.js';

const HOSTILE = join(FIXTURES, 'hostile');

async function refusal(file: string, options: { maxBytes?: number } = {}): Promise<EventValidationError> {
  try {
    await readPacs008({ path: join(HOSTILE, file) }, options);
  } catch (err) {
    assert.ok(err instanceof EventValidationError, `expected EventValidationError, got ${String(err)}`);
    return err;
  }
  assert.fail(`${file} was accepted`);
}

describe('pacs.008 reader', () => {
  it('maps every party, agent, account, address, remittance and purpose of each transaction', async () => {
    const events = await readPacs008({ path: join(FIXTURES, 'pacs008-two-transactions.xml') });
    assert.equal(events.length, 2);
    const [a, b] = events;
    assert.equal(a!.id, '6f1c2a3e-5b7d-4c1a-9e2f-0a1b2c3d4e5f', 'UETR is the idempotency key when present');
    assert.equal(a!.date, '2015-06-11');
    assert.deepEqual(a!.amount, { currency: 'EUR', minor: 275000 });
    assert.deepEqual(a!.instructedAmount, { currency: 'EUR', minor: 275000 });
    assert.equal(a!.parties.debtor?.name, 'Mehmet Yilmaz');
    assert.equal(a!.parties.debtor?.iban, 'DE89370400440532013000', 'IBAN spaces removed');
    assert.equal(a!.parties.debtor?.birthDate, '1991-04-02');
    assert.equal(a!.parties.debtor?.type, 'person');
    assert.equal(a!.parties.debtor?.address?.town, 'Köln');
    assert.equal(a!.parties.debtor?.address?.street, 'Hauptstrasse 12');
    assert.equal(a!.parties.creditor?.address?.subdivision, 'Şanlıurfa');
    assert.deepEqual(a!.parties.creditor?.address?.lines, ['c/o Exchange Office Bereket']);
    assert.equal(a!.parties.ultimateCreditor?.address?.town, 'Tal Abyad');
    assert.equal(a!.parties.initiatingParty?.name, 'Mehmet Yilmaz');
    assert.equal(a!.parties.intermediaryAgent1?.bic, 'DEUTDEFFXXX');
    assert.equal(a!.parties.intermediaryAgent1?.country, 'DE', 'agent country from BIC characters 5-6');
    assert.equal(a!.parties.intermediaryAgent2?.name, 'Intermediary Two');
    assert.equal(a!.parties.creditorAgent?.address?.town, 'Akçakale');
    assert.deepEqual(a!.purpose, { code: 'GIFT' });
    assert.deepEqual(a!.remittance.unstructured, ['for the family']);
    assert.deepEqual(a!.remittance.structured, [{ referredDocuments: ['INV-77'], creditorReference: 'RF18539007547034', additional: ['support'] }]);

    assert.equal(b!.id, 'MSG-2015-0611-001:TX-0002', 'without UETR: message id and transaction id');
    assert.equal(b!.date, '2015-06-11', 'no settlement date: the creation date');
    assert.deepEqual(b!.amount, { currency: 'USD', minor: 1200000 });
    assert.equal(b!.parties.ultimateDebtor?.lei, '529900T8BM49AURSDO55');
    assert.equal(b!.parties.debtor?.bic, 'RHMEDE21XXX');
    assert.deepEqual(b!.parties.debtor?.ids, ['HRB 12345']);
    assert.equal(b!.parties.debtor?.account, '0532013000');
    assert.equal(b!.parties.creditor?.country, 'AE', 'country of residence when no address');
    assert.deepEqual(b!.purpose, { proprietary: 'SCRAP METAL LOT 7' });
  });

  it('refuses a DOCTYPE (XXE) naming line and column', async () => {
    const e = await refusal('pacs008-xxe.xml');
    assert.match(e.message, /pacs008-xxe\.xml:2:1: DOCTYPE declarations are not accepted/);
  });

  it('refuses an entity-expansion bomb before expanding anything', async () => {
    const e = await refusal('pacs008-billion-laughs.xml');
    assert.match(e.message, /:2:1: DOCTYPE/);
  });

  it('refuses an undeclared entity with its position', async () => {
    const e = await refusal('pacs008-undeclared-entity.xml');
    assert.match(e.message, /pacs008-undeclared-entity\.xml:4:\d+: malformed XML/);
  });

  it('refuses a truncated message at its end', async () => {
    const e = await refusal('pacs008-truncated.xml');
    assert.match(e.message, /pacs008-truncated\.xml:\d+:\d+: malformed XML/);
  });

  it('refuses a declared encoding other than UTF-8 and bytes that are not UTF-8', async () => {
    assert.match((await refusal('pacs008-latin1-declared.xml')).message, /encoding="ISO-8859-1"; only UTF-8/);
    assert.match((await refusal('pacs008-invalid-utf8.xml')).message, /pacs008-invalid-utf8\.xml:3:\d+: invalid UTF-8: byte 0xE9/);
  });

  it('refuses a message over the size limit without reading it', async () => {
    const e = await refusal('pacs008-xxe.xml', { maxBytes: 64 });
    assert.match(e.message, /larger than the limit of 64 bytes/);
  });

  it('refuses elements nested deeper than a payment needs', async () => {
    const deep = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">${'<a>'.repeat(40)}${'</a>'.repeat(40)}</Document>`;
    await assert.rejects(readPacs008({ bytes: Buffer.from(deep), name: 'deep.xml' }), (err: unknown) => err instanceof EventValidationError && /deep\.xml:1:\d+: elements are nested more than 32 deep/.test(err.message));
  });

  it('names the missing element and where its transaction starts', async () => {
    const e = await refusal('pacs008-missing-amount.xml');
    assert.equal(e.field, 'CdtTrfTxInf[1]/IntrBkSttlmAmt');
    assert.match(e.message, /pacs008-missing-amount\.xml:5:5: CdtTrfTxInf\[1\]\/IntrBkSttlmAmt: required/);
  });

  it('refuses an amount that is not a decimal (no floats, no exponents)', async () => {
    const e = await refusal('pacs008-bad-amount.xml');
    assert.match(e.message, /:7:7: CdtTrfTxInf\[1\]\/IntrBkSttlmAmt: "1e5" is not a decimal amount/);
  });

  it('refuses another message type', async () => {
    const e = await refusal('pacs009-not-pacs008.xml');
    assert.match(e.message, /namespace "urn:iso:std:iso:20022:tech:xsd:pacs\.009\.001\.08" is not pacs\.008/);
  });

  it('refuses more decimals than the currency has', async () => {
    const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf><GrpHdr><MsgId>M</MsgId><CreDtTm>2020-01-01T00:00:00Z</CreDtTm></GrpHdr><CdtTrfTxInf><IntrBkSttlmAmt Ccy="JPY">100.5</IntrBkSttlmAmt><Dbtr><Nm>A</Nm></Dbtr><Cdtr><Nm>B</Nm></Cdtr></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>`;
    await assert.rejects(readPacs008({ bytes: Buffer.from(xml), name: 'jpy.xml' }), /more decimals than JPY has \(0\)/);
  });
});
