/**
 * Synthetic monitoring events for bench/monitor.bench.ts: a deterministic mix of payments (most of
 * the stream), oil cargoes, cultural objects and party flags, drawn from fixed populations of
 * customers and counterparties the way a bank's stream repeats them. Remittance texts carry unique
 * invoice numbers, so free text is not all cache hits. About 1 payment in 200 names a listed party.
 */
import { Rng } from '../eval/lib/prng.js';

const GIVEN = ['Maria', 'Jonas', 'Lea', 'Ahmed', 'Fatima', 'Mehmet', 'Ayse', 'Omar', 'Yusuf', 'Sara', 'Karim', 'Elif', 'Hassan', 'Nour', 'Pierre', 'Sophie', 'Ivan', 'Olga', 'Ali', 'Layla', 'Mustafa', 'Emre', 'Zeynep', 'Tariq', 'Hana'];
const FAMILY = ['Fischer', 'Becker', 'Yilmaz', 'Demir', 'Haddad', 'Khalil', 'Nasser', 'Dubois', 'Martin', 'Petrov', 'Kaya', 'Aydin', 'Saleh', 'Mansour', 'Schmidt', 'Rossi', 'Haddadi', 'Celik', 'Bakr', 'Farouk', 'Jansen', 'Novak', 'Hamdan', 'Sahin', 'Ozturk'];
const ORG_WORDS = ['Trading', 'Logistics', 'Baustoffe', 'Textiles', 'Foods', 'Pharma', 'Construction', 'Metals', 'Exchange', 'Petrol', 'Electronics', 'Agro'];
const FORMS = ['GmbH', 'Ltd', 'LLC', 'SARL', 'A.S.', 'BV', 'FZE'];
const TOWNS: [string, string][] = [['Wien', 'AT'], ['Berlin', 'DE'], ['Paris', 'FR'], ['Istanbul', 'TR'], ['Gaziantep', 'TR'], ['Kilis', 'TR'], ['Akçakale', 'TR'], ['Erbil', 'IQ'], ['Beirut', 'LB'], ['Amman', 'JO'], ['Dubai', 'AE'], ['Brussels', 'BE'], ['Rotterdam', 'NL'], ['Antakya', 'TR']];
const GOODS = ['CEMENT', 'STEEL BARS', 'TEXTILES', 'SPARE PARTS', 'MEDICINES', 'FLOUR', 'ELECTRONICS', 'TILES'];
const TEXTS = ['family support', 'rent', 'salary', 'school fees', 'مساعدة عائلية', 'loyer', 'maaş', 'gift'];
const LISTED = ['Al-Qaida in Iraq', 'Al-Nusrah Front for the People of the Levant', 'Jabhat al-Nusra'];

export function generateEvents(count: number, seed: string, population = { customers: 2000, counterparties: 3000 }): unknown[] {
  const pop = new Rng('monitor-bench-population');
  const customers = Array.from({ length: population.customers }, (_, i) => ({
    name: `${pop.pick(GIVEN)} ${pop.pick(FAMILY)}`, type: 'person', iban: `DE${String(10 + (i % 89))}5001051754${String(i).padStart(8, '0')}`, country: 'DE',
  }));
  const counterparties = Array.from({ length: population.counterparties }, (_, i) => {
    const [town, country] = pop.pick(TOWNS);
    return pop.chance(0.6)
      ? { name: `${pop.pick(FAMILY)} ${pop.pick(ORG_WORDS)} ${pop.pick(FORMS)}`, type: 'organization', account: `ACC${i}`, address: { town, country } }
      : { name: `${pop.pick(GIVEN)} ${pop.pick(FAMILY)}`, type: 'person', account: `ACC${i}`, address: { town, country } };
  });
  // A finite fleet: the same tankers call again and again.
  const vessels = Array.from({ length: 300 }, (_, i) => ({ imo: String(9_100_000 + i * 17), name: `${pop.pick(FAMILY)} Star ${i}` }));
  const rng = new Rng(seed);
  const out: unknown[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor((i / count) * 700) * 86_400_000).toISOString().slice(0, 10);
    const id = `${seed}-${i}`;
    const kind = rng.weighted([['payment', 85], ['cargo', 7], ['art', 4], ['flag', 4]] as const);
    if (kind === 'payment') {
      const listed = rng.chance(0.005);
      const creditor = listed ? { name: rng.pick(LISTED), type: 'organization' } : rng.pick(counterparties);
      out.push({
        kind: 'payment', id, date, amount: `${rng.int(10, 90_000)}.${String(rng.int(0, 99)).padStart(2, '0')} ${rng.pick(['EUR', 'USD', 'EUR', 'AED'])}`,
        channel: rng.weighted([['wire', 80], ['msb', 8], ['atm', 7], ['e-wallet', 5]] as const), debtor: rng.pick(customers), creditor,
        remittance: rng.chance(0.5) ? `INVOICE ${rng.int(1000, 999999)} ${rng.pick(GOODS)}` : rng.pick(TEXTS),
        ...(rng.chance(0.1) ? { location: { town: rng.pick(TOWNS)[0] } } : {}),
      });
    } else if (kind === 'cargo') {
      out.push({
        kind: 'cargo', id, date, hsCode: rng.pick(['2709', '271019', '2711', '841940']), product: 'crude oil', quantity: { value: String(rng.int(10, 200000)), unit: rng.pick(['bbl', 'm3', 'l', 't']) },
        price: { amount: `${rng.int(20, 70)}.00 USD`, per: 'bbl' }, settlement: rng.pick(['wire', 'letter-of-credit', 'cash', 'barter']),
        places: { loading: { name: 'terminal', lat: 30 + rng.next() * 8, lon: 36 + rng.next() * 10 } },
        transport: { mode: 'vessel', vessel: rng.pick(vessels) },
        parties: { seller: rng.pick(counterparties), buyer: rng.pick(counterparties) },
      });
    } else if (kind === 'art') {
      out.push({
        kind: 'art', id, date, transaction: rng.pick(['sale', 'offer', 'import']), description: 'Clay tablet with cuneiform inscription', category: rng.pick(['cuneiform tablet', 'cylinder seal', 'painting', 'coin']),
        countryOfOrigin: rng.pick(['SY', 'IQ', 'EG', 'IT']), period: { fromYear: -1900, toYear: -1700 }, country: rng.pick(['DE', 'GB', 'CH']),
        provenance: [{ date: String(rng.int(1950, 2020)), country: rng.pick(['GB', 'TR', 'LB', 'CH']), event: 'acquired' }],
        registersConsulted: rng.chance(0.7) ? ['INTERPOL'] : [], parties: { seller: rng.pick(counterparties), buyer: rng.pick(customers) }, price: `${rng.int(500, 90000)}.00 EUR`,
      });
    } else {
      out.push({ kind: 'flag', id, date, flag: rng.pick(['kidnapping', 'loan-drawn', 'asset-sale', 'one-way-ticket', 'account-closure']), party: rng.pick(customers) });
    }
  }
  return out;
}

/** A one-transaction pacs.008 for the XML parsing stage. */
export function pacs008(i: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf><GrpHdr><MsgId>M${i}</MsgId><CreDtTm>2016-01-04T10:00:00Z</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
<CdtTrfTxInf><PmtId><EndToEndId>E${i}</EndToEndId><TxId>T${i}</TxId></PmtId><IntrBkSttlmAmt Ccy="EUR">${1000 + (i % 5000)}.00</IntrBkSttlmAmt><IntrBkSttlmDt>2016-01-04</IntrBkSttlmDt>
<Dbtr><Nm>${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}</Nm><PstlAdr><TwnNm>Berlin</TwnNm><Ctry>DE</Ctry></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013${String(i % 1000).padStart(3, '0')}</IBAN></Id></DbtrAcct>
<DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><BICFI>TCZBTR2AXXX</BICFI></FinInstnId></CdtrAgt>
<Cdtr><Nm>${FAMILY[(i * 3) % FAMILY.length]} ${ORG_WORDS[i % ORG_WORDS.length]} Ltd</Nm><PstlAdr><TwnNm>${TOWNS[i % TOWNS.length]![0]}</TwnNm><Ctry>${TOWNS[i % TOWNS.length]![1]}</Ctry></PstlAdr></Cdtr>
<RmtInf><Ustrd>INVOICE ${100000 + i} ${GOODS[i % GOODS.length]}</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>`;
}
