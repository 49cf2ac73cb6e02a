/**
 * The service's party screening on several lists: a customer who is one person on the UN, UK and OFAC
 * lists gets one alert, keyed by the UN record, with every designation in its explanation; a record no
 * link ties to that person (an own watch list's namesake without birth date or document) still gets
 * its own alert; the alert replays identically. Real files: UN 2026-01-28, UK 2018-04-13, OFAC 2021-04.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listAlerts } from '../../src/cases/alerts-repo.js';
import { ListStore } from '../../src/lists/store.js';
import { importParties } from '../../src/parties/import.js';
import type { Designation } from '../../src/screening/designations.js';
import { onListImported } from '../../src/screening/list-arrival.js';
import { AlertReplayer } from '../../src/screening/replay.js';
import { ScreeningService } from '../../src/screening/service.js';
import { getPartyByOrgId } from '../../src/store/parties-repo.js';
import { testBackends, type TestDatabase } from '../store/backends.js';
import { SANCTIONS, UN_2026 } from '../helpers/paths.js';

for (const backend of await testBackends()) {
  describe(`party screening on several lists (${backend.name})`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    let store: ListStore;
    let service: ScreeningService;
    before(async () => {
      t = await backend.open();
      store = new ListStore(t.dataDir);
      await store.importFile(UN_2026);
      await store.importFile(join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'));
      await store.importFile(join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv'));
      // An own watch list: the same name with nothing else, so no basis links it to anyone.
      const own = join(t.dataDir, 'ours.csv');
      writeFileSync(own, 'id,schema,name\nW-1,Person,Khalid Abd al-Rahman Hamd al-Fawaz\n');
      await store.importFile(own);
      service = new ScreeningService(store);
    });
    after(async () => {
      await t?.dispose();
    });

    test('one person on three lists raises one alert with three designations; the unlinked namesake its own', async () => {
      const loaded = await service.get();
      assert.deepEqual(loaded.versions.map((v) => v.source).sort(), ['ofac-sdn', 'ours', 'uk-hmt', 'un'], 'every list in force is screened');
      const report = await importParties(t.db, loaded, {
        parties: [{ orgId: 'C-1', schema: 'Person', properties: { name: ['Khalid Abd al-Rahman Hamd al-Fawaz'], birthDate: ['1962-08-24'] } }],
        source: 'test',
        actor: 'user:test',
      });
      assert.equal(report.screened, 1);
      const party = await getPartyByOrgId(t.db, 'C-1');
      const alerts = await listAlerts(t.db, { partyId: party!.id });
      assert.deepEqual(alerts.map((a) => a.listedPartyId).sort(), ['ours:W-1', 'un:QDi.059']);
      const un = alerts.find((a) => a.listedPartyId === 'un:QDi.059')!;
      assert.equal(un.listSource, 'un');
      const explanation = un.explanation as { matchedEntityId: string; designations: Designation[]; links: { basis: string }[] };
      assert.deepEqual(explanation.designations.map((d) => d.entityId).sort(), ['ofac-sdn:7209', 'uk-hmt:6962', 'un:QDi.059']);
      assert.ok(explanation.links.some((l) => l.basis === 'un-reference'));
      assert.ok(explanation.links.some((l) => l.basis === 'document'));
      const own = alerts.find((a) => a.listedPartyId === 'ours:W-1')!;
      assert.equal((own.explanation as { designations?: unknown }).designations, undefined);

      const replay = await new AlertReplayer(t.db, store, service).replay(un.id);
      assert.equal(replay.identical, true, replay.note);
    });

    test('screening the changed party again finds the same alert, not a second one', async () => {
      const loaded = await service.get();
      const report = await importParties(t.db, loaded, {
        parties: [{ orgId: 'C-1', schema: 'Person', properties: { name: ['Khalid Abd al-Rahman Hamd al-Fawaz', 'Khalid al-Fawwaz'], birthDate: ['1962-08-24'] } }],
        source: 'test',
        actor: 'user:test',
      });
      assert.equal(report.alerts.raised, 0);
      assert.equal(report.alerts.existing, 2);
      const party = await getPartyByOrgId(t.db, 'C-1');
      assert.equal((await listAlerts(t.db, { partyId: party!.id })).length, 2);
    });

    test('the UN delists the person: the alert goes to review and says the UK and OFAC designations stand', async () => {
      // A later UN version without QDi.059 (the real 2026 file with that one record cut out and a later
      // publication time), imported as a list update is.
      const xml = readFileSync(UN_2026, 'utf8');
      const start = xml.lastIndexOf('<INDIVIDUAL>', xml.indexOf('<REFERENCE_NUMBER>QDi.059</REFERENCE_NUMBER>'));
      const end = xml.indexOf('</INDIVIDUAL>', start) + '</INDIVIDUAL>'.length;
      assert.ok(start > 0 && end > start);
      const delisted = join(t.dataDir, 'un-delisted.xml');
      writeFileSync(delisted, (xml.slice(0, start) + xml.slice(end)).replace(/dateGenerated="[^"]+"/, 'dateGenerated="2026-02-10T00:00:00.000Z"'));
      const result = await store.importFile(delisted);
      assert.equal(result.inForce, true);
      const outcome = await onListImported({ db: t.db, store, service }, result, 'system:test');
      assert.deepEqual(outcome.rescreen?.diff && { removed: outcome.rescreen.diff.removed }, { removed: 1 });
      const party = await getPartyByOrgId(t.db, 'C-1');
      const un = (await listAlerts(t.db, { partyId: party!.id })).find((a) => a.listedPartyId === 'un:QDi.059')!;
      assert.equal(un.state, 'in_review');
      assert.match(un.stateReason ?? '', /removed from un .*nothing is released automatically; the person is still designated on ofac-sdn 7209, uk-hmt 6962$/);
    });
  });
}
