/**
 * The API on several lists in force (UN 2026, UK 2018, OFAC 2021): POST /screen and POST /match/default
 * give a person on three lists as one result with every designation; /match/uk-hmt narrows to one list
 * and does not group; settings.lists.screen restricts the lists the server screens.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { ListStore } from '../../src/lists/store.js';
import { call as rawCall, startTestServer } from '../helpers/server.js';
import { SANCTIONS, UN_2026, tempDir } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from '../store/backends.js';

const query = { id: 'c1', schema: 'Person', name: 'Khalid Abd al-Rahman Hamd al-Fawaz', birthDate: '1962-08-24' };
const records = ['un:QDi.059', 'uk-hmt:6962', 'ofac-sdn:7209'];

async function serverOn(dir: string, screen?: string[]) {
  const settings = { ...DEFAULT_SETTINGS, lists: { ...DEFAULT_SETTINGS.lists, ...(screen ? { screen } : {}) } };
  const started = await startTestServer({ dataDir: dir, settings });
  const key = await started.key('analyst');
  return { ...started, call: (path: string, body: unknown) => rawCall(`${started.url}${path}`, 'POST', body, { 'x-api-key': key }) };
}

const home = tempDir();
before(async () => {
  const store = new ListStore(home.dir);
  await store.importFile(UN_2026);
  await store.importFile(join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'));
  await store.importFile(join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv'));
  await seedEmbeddedDataDir(home.dir);
});
after(() => home.cleanup());

describe('every list in force (the default)', () => {
  let server: Awaited<ReturnType<typeof serverOn>>;
  before(async () => {
    server = await serverOn(home.dir);
  });
  after(async () => {
    await server?.close();
  });

  test('POST /screen: one match for the person, with three designations', async () => {
    const r = await server.call('/screen', { query, limit: 3 });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.deepEqual(r.json.listVersions.map((v: { source: string }) => v.source).sort(), ['ofac-sdn', 'uk-hmt', 'un']);
    const his = r.json.matches.filter((m: { entityId: string }) => records.includes(m.entityId));
    assert.equal(his.length, 1);
    assert.equal(his[0].entityId, 'un:QDi.059');
    assert.deepEqual(his[0].designations.map((d: { entityId: string }) => d.entityId).sort(), [...records].sort());
    assert.ok(r.json.matches.length <= 3);
  });

  test('POST /match/default merges the person as yente shows merged entities; /match/uk-hmt does not group', async () => {
    const body = { queries: { c1: { schema: 'Person', properties: { name: [query.name], birthDate: [query.birthDate] } } } };
    const all = await server.call('/match/default', body);
    assert.equal(all.status, 200, JSON.stringify(all.json));
    const results = all.json.responses.c1.results;
    const his = results.filter((x: { id: string }) => records.includes(x.id));
    assert.equal(his.length, 1);
    assert.deepEqual([...his[0].datasets].sort(), ['ofac-sdn', 'uk-hmt', 'un']);
    assert.ok(his[0].referents.includes('uk-hmt:6962') && his[0].referents.includes('ofac-sdn:7209'));
    const uk = await server.call('/match/uk-hmt', body);
    const ukResults = uk.json.responses.c1.results;
    assert.equal(ukResults[0].id, 'uk-hmt:6962');
    assert.equal(ukResults[0].designations, undefined);
  });
});

describe('settings.lists.screen restricts the lists', () => {
  let server: Awaited<ReturnType<typeof serverOn>>;
  before(async () => {
    server = await serverOn(home.dir, ['un', 'uk-hmt']);
  });
  after(async () => {
    await server?.close();
  });

  test('only UN and UK are screened; the group has their two records', async () => {
    const r = await server.call('/screen', { query });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.deepEqual(r.json.listVersions.map((v: { source: string }) => v.source).sort(), ['uk-hmt', 'un']);
    const m = r.json.matches.find((x: { entityId: string }) => x.entityId === 'un:QDi.059');
    assert.deepEqual(m.designations.map((d: { entityId: string }) => d.entityId).sort(), ['uk-hmt:6962', 'un:QDi.059']);
  });
});
