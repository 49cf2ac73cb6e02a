/**
 * Realistic cases stored in a real database, the way Interdict fills it: a customer with an Arabic
 * name and its passport spelling, screened against a UN-listed party, decided a true match by two
 * people (which writes the freeze record), with payments in USD, IQD and JOD (one blocked); a cargo
 * of crude oil blocked at a border crossing (rule alerts OIL-1, OIL-2); a cuneiform tablet refused
 * (ART-1). Monitoring rows are written as the canonical events of src/monitoring/events.ts, read
 * from their JSON form by the monitoring code itself, so their shape is the real one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Principal } from '../../src/auth/principal.js';
import { userActor } from '../../src/cases/actor.js';
import { raiseAlert, transitionAlert } from '../../src/cases/alerts-repo.js';
import { openCase } from '../../src/cases/cases-repo.js';
import { approveDecision, proposeDecision } from '../../src/cases/decisions-repo.js';
import { parseEvent } from '../../src/monitoring/events.js';
import type { Db } from '../../src/store/database.js';
import { cases, monitoringEvents, ruleAlerts } from '../../src/store/schema/index.js';
import { upsertParty } from '../../src/store/parties-repo.js';
import { hit, LIST_ARRIVED, minutesAfter, person } from '../cases/fixtures.js';


/** What the organisation would put in <data dir>/reporting.json. */
export const REPORTING_JSON = {
  entity: { rentity_id: 101, rentity_branch: 'DXB-MAIN' },
  person: {
    gender: 'F',
    first_name: 'Sara',
    last_name: 'Khan',
    id_number: '784199012345678',
    nationality1: 'AE',
    residence: 'AE',
    phones: [{ tph_contact_type: 'BU', tph_communication_type: 'L', tph_country_prefix: '971', tph_number: '44441234' }],
    addresses: [{ address_type: 'BU', address: 'Office 501, Compliance Tower', city: 'Dubai', country_code: 'AE', state: 'Dubai' }],
    occupation: 'MLRO',
  },
  location: { address_type: 'BU', address: 'Head office, Sheikh Zayed Road', city: 'Dubai', country_code: 'AE', state: 'Dubai' },
  state: 'AE',
  authority: 'Executive Office for Control and Non-Proliferation (UAE)',
};

export async function writeReportingJson(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, 'reporting.json'), JSON.stringify(REPORTING_JSON, null, 2));
}

export interface SeededCases {
  maker: Principal;
  checker: Principal;
  /** Screening alert (true match, freeze record) + payments: goAML STR and freeze report. */
  customerCase: number;
  /** Rule alerts on a blocked crude-oil cargo: interdiction pack and goAML SAR. */
  cargoCase: number;
  /** Rule alert on a refused cultural object: cultural-property record. */
  artCase: number;
  customerName: string;
}

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

async function storeEvent(db: Db, raw: Record<string, unknown>, outcome: 'allow' | 'alert' | 'block' | 'refuse', processedAt: Date, caseId: number, rules: { pack: string; code: string; hardControl?: string; state?: 'open' | 'closed_false_positive' }[]): Promise<number> {
  const event = parseEvent(raw, `seed ${String(raw.id)}`);
  const [row] = await db
    .insert(monitoringEvents)
    .values({ eventId: event.id, kind: event.kind, event, eventHash: hash(event), occurredAt: new Date(`${event.date.slice(0, 10)}T00:00:00Z`), receivedAt: processedAt, processedAt, outcome, rulePackVersions: rules.map((r) => `${r.pack}@1.0.0`), decision: { outcome } })
    .returning();
  for (const r of rules) {
    await db.insert(ruleAlerts).values({
      monitoringEventId: row!.id,
      caseId,
      pack: r.pack,
      packVersion: '1.0.0',
      ruleId: r.code,
      reasonCode: r.code,
      severity: 'high',
      evidence: { seeded: true },
      hardControl: r.hardControl ?? null,
      state: r.state ?? 'open',
      createdAt: processedAt,
      updatedAt: processedAt,
    });
  }
  return row!.id;
}

async function ruleCase(db: Db, title: string, at: Date): Promise<number> {
  const [row] = await db.insert(cases).values({ partyId: null, state: 'open', title, createdBy: 'system:monitoring', createdAt: at, updatedAt: at }).returning();
  return row!.id;
}

export async function seedCases(db: Db, suffix = ''): Promise<SeededCases> {
  const maker = await person(db, `amira${suffix}`, 'analyst');
  const checker = await person(db, `boris${suffix}`, 'supervisor');

  // The customer: an Iraqi national living in the UAE, names as on file (Latin passport spelling and Arabic).
  const { party } = await upsertParty(db, {
    orgId: `CUST-4471${suffix}`,
    schema: 'Person',
    properties: { name: ['Abdullah Al-Jubouri', 'عبد الله الجبوري'], birthDate: ['1979-04-02'], nationality: ['IQ'], country: ['AE'], passportNumber: ['A1234567'], idNumber: ['784197912345671'], gender: ['male'] },
  });
  const alertAt = minutesAfter(LIST_ARRIVED, 5);
  const raised = await raiseAlert(db, hit(party, 'QDi.426', { explanation: { summary: 'name and date of birth agree', name: { listedName: 'ABDULLAH AL-JUBOURI' } } }), { now: alertAt });
  if (raised.outcome !== 'raised') throw new Error(`case-seed: the seed alert was not raised (${raised.outcome})`);
  const alert = raised.alert;
  const opened = await openCase(db, { partyId: party.id, title: 'Abdullah Al-Jubouri: UN match QDi.426', alertIds: [alert.id] }, maker, minutesAfter(alertAt, 2));
  await transitionAlert(db, { alertId: alert.id, to: 'in_review' }, userActor(maker), minutesAfter(alertAt, 3));
  const decision = await proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'name, date of birth and passport agree' }, maker, { now: minutesAfter(alertAt, 40) });
  await approveDecision(db, { decisionId: decision.id, note: 'confirmed' }, checker, { now: minutesAfter(alertAt, 75) });
  const customerCase = opened.case.id;

  const bank = { name: 'Gulf Example Bank PJSC', bic: 'GEBKAEAD', country: 'AE' };
  await storeEvent(
    db,
    {
      kind: 'payment', id: `PAY-STR-1${suffix}`, endToEndId: `E2E-2026-0981${suffix}`, date: '2026-01-21', channel: 'wire', direction: 'outgoing',
      amount: { value: '48500.00', currency: 'USD' },
      debtor: { name: 'Abdullah Al-Jubouri', type: 'person', country: 'AE', iban: 'AE070331234567890123456' }, debtorAgent: bank,
      creditor: { name: 'Karkamis Petrol Ticaret Ltd', type: 'organization', country: 'TR', iban: 'TR330006100519786457841326' },
      creditorAgent: { name: 'Example Katilim Bankasi', bic: 'EXKBTRIS', country: 'TR' },
      remittance: 'Invoice 7781 diesel supply',
    },
    'alert', minutesAfter(LIST_ARRIVED, -60 * 24 * 7), customerCase, [{ pack: 'oil', code: 'OIL-3' }],
  );
  await storeEvent(
    db,
    {
      kind: 'payment', id: `PAY-STR-2${suffix}`, date: '2026-01-28', channel: 'msb', direction: 'outgoing',
      amount: { value: '65000000.000', currency: 'IQD' },
      debtor: { name: 'Abdullah Al-Jubouri', type: 'person', country: 'AE', iban: 'AE070331234567890123456' }, debtorAgent: bank,
      creditor: { name: 'Руслан Магомедов', type: 'person', country: 'RU' },
      remittance: 'Family support',
    },
    'block', minutesAfter(LIST_ARRIVED, 90), customerCase, [{ pack: 'fighters', code: 'FTF-1', hardControl: 'block' }],
  );

  // A payment whose rule alert was closed as a false positive: nothing to report.
  await storeEvent(
    db,
    {
      kind: 'payment', id: `PAY-FP-3${suffix}`, date: '2026-01-25', channel: 'wire', direction: 'outgoing',
      amount: { value: '1200.00', currency: 'EUR' },
      debtor: { name: 'Abdullah Al-Jubouri', type: 'person', country: 'AE', iban: 'AE070331234567890123456' }, debtorAgent: bank,
      creditor: { name: 'Dubai Electricity and Water Authority', type: 'organization', country: 'AE' },
      remittance: 'Utility bill',
    },
    'alert', minutesAfter(LIST_ARRIVED, -60 * 24 * 3), customerCase, [{ pack: 'donations', code: 'NPO-1', state: 'closed_false_positive' }],
  );

  // A crude-oil cargo trucked from a field ISIL held, blocked by Interdict (rule alerts, no customer).
  const cargoAt = new Date('2026-02-03T08:15:00Z');
  const cargoCase = await ruleCase(db, 'Cargo OIL-TRK-77: crude from Deir ez-Zor', cargoAt);
  await storeEvent(
    db,
    {
      kind: 'cargo', id: `OIL-TRK-77${suffix}`, date: '2026-02-02', hsCode: '2709', product: 'crude oil', description: 'light sweet crude in 40 m3 tanker trucks',
      quantity: { value: '12000', unit: 'bbl' }, price: { amount: '31.00 USD', per: 'bbl' }, totalValue: { value: '372000.00', currency: 'USD' },
      places: { origin: { name: 'al-Omar oil field', country: 'SY', lat: 34.98, lon: 40.59 }, loading: { name: 'Deir ez-Zor', country: 'SY' }, destination: { name: 'Gaziantep', country: 'TR' } },
      transport: { mode: 'truck', truck: { plate: '27 ABC 381' } },
      parties: { seller: { name: 'Абу Мухаммад аш-Шами', type: 'person', country: 'SY' }, buyer: { name: 'Kaya Akaryakit Ltd', type: 'organization', country: 'TR' } },
    },
    'block', cargoAt, cargoCase, [{ pack: 'oil', code: 'OIL-1', hardControl: 'block' }, { pack: 'oil', code: 'OIL-2' }],
  );

  // A cuneiform tablet from Syria offered with provenance after the cut-off: refused.
  const artAt = new Date('2026-02-10T14:00:00Z');
  const artCase = await ruleCase(db, 'Object ART-TAB-9: cuneiform tablet', artAt);
  await storeEvent(
    db,
    {
      kind: 'art', id: `ART-TAB-9${suffix}`, date: '2026-02-10', transaction: 'sale', description: 'Clay tablet with cuneiform inscription, Old Babylonian',
      category: 'writing', material: 'clay', countryOfOrigin: 'SY', period: { label: 'Old Babylonian, c. 1900-1700 BC', fromYear: -1900, toYear: -1700 },
      provenance: [{ date: '2013-05', country: 'TR', event: 'acquired from a dealer in Gaziantep', documented: true }, { event: 'old family collection', documented: false }],
      registersConsulted: [{ register: 'INTERPOL Stolen Works of Art', date: '2026-02-09', result: 'no match' }],
      parties: { seller: { name: 'Mayfair Antiquities Ltd', type: 'organization', country: 'GB' }, consignor: { name: 'Khalid Al-Tikriti', type: 'person', country: 'TR' } },
      price: { value: '12000.00', currency: 'EUR' },
    },
    'refuse', artAt, artCase, [{ pack: 'antiquities', code: 'ART-1', hardControl: 'refuse' }],
  );
  return { maker, checker, customerCase, cargoCase, artCase, customerName: 'Abdullah Al-Jubouri' };
}
