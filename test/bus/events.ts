/**
 * Events for the bus tests: each event names parties of its own (unique accounts and IBANs), so no
 * rule's history depends on which worker took which event first, and a run on several workers must
 * give exactly the outcomes of an in-process run. The mix hits every outcome: listed creditors
 * (block, C2), ransom narratives (alert), Syrian tablets without provenance (refuse), oil at a
 * discount loaded in an ISIL-held area (alert), and plain payments (allow).
 */
const GIVEN = ['Maria', 'Jonas', 'Lea', 'Ahmed', 'Fatima', 'Mehmet', 'Ayse', 'Omar', 'Sara', 'Karim'];
const FAMILY = ['Fischer', 'Becker', 'Yilmaz', 'Demir', 'Haddad', 'Dubois', 'Martin', 'Kaya', 'Rossi', 'Jansen'];

export function busTestEvents(count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2016, 0, 1) + i * 3_600_000 * 6).toISOString().slice(0, 10);
    const debtor = { name: `${GIVEN[i % 10]} ${FAMILY[(i * 3) % 10]}`, country: 'DE', iban: `DE89370400440${String(532013000 + i)}` };
    if (i % 23 === 5) {
      out.push({
        kind: 'art', id: `BUS-ART-${i}`, date, transaction: 'sale', description: 'Clay tablet with cuneiform inscription', category: 'cuneiform tablet', countryOfOrigin: 'SY',
        period: { fromYear: -1900, toYear: -1700 }, provenance: [{ date: '2013-05', country: 'TR', event: 'acquired' }], registersConsulted: ['INTERPOL'],
        parties: { seller: { name: `Gallery ${i}`, country: 'GB', account: `GB-SELL-${i}` } }, price: '12000.00 GBP',
      });
    } else if (i % 29 === 7) {
      out.push({
        kind: 'cargo', id: `BUS-OIL-${i}`, date, hsCode: '2709', product: 'crude oil', quantity: { value: '180', unit: 'bbl' }, price: { amount: '33.80 USD', per: 'bbl' },
        places: { loading: { name: 'al-Tanak', lat: 34.9, lon: 40.72 } }, parties: { buyer: { name: `Refinery ${i} Ltd`, country: 'TR', account: `TR-BUY-${i}` } },
      });
    } else {
      const listed = i % 17 === 3;
      const ransom = i % 13 === 4;
      out.push({
        kind: 'payment', id: `BUS-PAY-${i}`, date, amount: `${1000 + i}.00 EUR`, debtor,
        creditor: listed ? { name: 'Al-Nusrah Front for the People of the Levant', type: 'organization', account: `LISTED-${i}` } : { name: `${FAMILY[i % 10]} Trading ${i} GmbH`, country: 'AT', account: `AT-CRED-${i}` },
        remittance: ransom ? 'ransom for the release of the hostage' : `INVOICE ${10000 + i} CEMENT`,
      });
    }
  }
  return out;
}
