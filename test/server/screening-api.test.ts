import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ListStore } from '../../src/lists/store.js';
import { tempDir, UN_2025 } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from '../store/backends.js';
import { call as rawCall, startTestServer } from '../helpers/server.js';

const home = tempDir();
let url: string;
let close: () => Promise<void>;
let analystKey: string;
/** Every request here carries an analyst key (test/service/service.test.ts covers requests without one). */
const call = (u: string, method: string, body?: unknown) => rawCall(u, method, body, { 'x-api-key': analystKey });

before(async () => {
  await new ListStore(home.dir).importFile(UN_2025);
  await seedEmbeddedDataDir(home.dir);
  const started = await startTestServer({ dataDir: home.dir });
  ({ url, close } = started);
  analystKey = await started.key('analyst');
});
after(async () => {
  await close();
  home.cleanup();
});

test('health reports the list in force and its age', async () => {
  const r = await call(`${url}/health`, 'GET');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
  const un = r.json.lists.find((l: { source: string }) => l.source === 'un');
  assert.equal(un.generatedAt, '2026-01-28T00:00:11.197Z');
  assert.equal(un.ageDays, Math.floor((Date.now() - Date.parse('2026-01-28T00:00:11.197Z')) / 86_400_000));
  assert.equal(un.stale, un.ageDays > 2);
});

test('lists: versions, diff and a party by reference', async () => {
  const versions = await call(`${url}/lists/versions`, 'GET');
  assert.equal(versions.status, 200);
  assert.equal(versions.json.length, 2);
  const old = versions.json.find((v: { inForce: boolean }) => !v.inForce);
  const diff = await call(`${url}/lists/diff?old=${old.hash.slice(0, 10)}&new=un`, 'GET');
  assert.equal(diff.status, 200);
  assert.deepEqual(diff.json.removed, ['IQi.074']);
  const party = await call(`${url}/lists/parties/QDi.001`, 'GET');
  assert.equal(party.status, 200);
  assert.equal(party.json[0].party.caption, 'MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE');
  const missing = await call(`${url}/lists/parties/QDi.99999`, 'GET');
  assert.equal(missing.status, 404);
  assert.match(missing.json.message, /QDi\.99999/);
});

test('screen one query: the Arabic-script name finds the Latin record, with replay data', async () => {
  const r = await call(`${url}/screen`, 'POST', { query: { id: 'q1', schema: 'Person', name: 'أيمن الظواهري' } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.id, 'q1');
  assert.equal(r.json.matches[0].referenceNumber, 'QDi.006');
  assert.equal(r.json.matches[0].match, true);
  assert.ok(r.json.listVersions.some((v: { source: string; hash: string }) => v.source === 'un' && v.hash.length === 64));
  assert.equal(typeof r.json.algorithmVersion, 'string');
  assert.equal(r.json.matches[0].explanation.threshold, r.json.threshold);
});

test('a batch keeps going past an invalid query, which gets its own error', async () => {
  const r = await call(`${url}/screen`, 'POST', {
    queries: [
      { id: 'a', name: 'Ayman al-Zawahiri', schema: 'Person' },
      { id: 'b', name: 'Someone', birthDate: '1971-13-40' },
      { id: 'c', name: 'Hans Müller', schema: 'Person' },
    ],
    limit: 3,
  });
  assert.equal(r.status, 200);
  assert.equal(r.json.results.length, 3);
  assert.equal(r.json.results[0].matches[0].referenceNumber, 'QDi.006');
  assert.match(r.json.results[1].error, /birthDate/);
  assert.deepEqual(r.json.results[2].matches, []);
});

test('compare two parties', async () => {
  const r = await call(`${url}/compare`, 'POST', { a: { name: 'Usama bin Ladin', schema: 'Person' }, b: { name: 'Osama bin Laden', schema: 'Person' } });
  assert.equal(r.status, 200);
  assert.equal(r.json.match, true);
  assert.ok(r.json.score > 0.7 && r.json.score < 1);
});

test('yente-compatible match: keyed queries, FollowTheMoney results with score, match and features', async () => {
  const r = await call(`${url}/match/default`, 'POST', {
    queries: { first: { schema: 'Person', properties: { name: ['Abu Bakr al-Baghdadi'], birthDate: ['1971'] } }, second: { schema: 'Person', properties: { name: ['Jane Doe'] } } },
  });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const first = r.json.responses.first;
  assert.equal(first.status, 200);
  assert.equal(first.results[0].referents[0], 'QDi.299');
  assert.equal(first.results[0].schema, 'Person');
  assert.ok(first.results[0].properties.name.length > 0);
  assert.equal(typeof first.results[0].score, 'number');
  assert.equal(first.results[0].match, true);
  assert.equal(typeof first.results[0].features.name_score, 'number');
  assert.equal(r.json.responses.second.results.filter((x: { match: boolean }) => x.match).length, 0);
  const unknown = await call(`${url}/match/nosuchdataset`, 'POST', { queries: {} });
  assert.equal(unknown.status, 404);
});

test('hostile and malformed bodies get JSON errors that say what is wrong', async () => {
  const notJson = await call(`${url}/screen`, 'POST', '{"query": ');
  assert.equal(notJson.status, 400);
  assert.equal(notJson.json.statusCode, 400);
  const proto = await call(`${url}/screen`, 'POST', '{"query": {"name": "x", "__proto__": {"admin": true}}}');
  assert.equal(proto.status, 400);
  const both = await call(`${url}/screen`, 'POST', { query: { name: 'x' }, queries: [] });
  assert.equal(both.status, 400);
  assert.match(both.json.message, /exactly one/);
  const extra = await call(`${url}/screen`, 'POST', { query: { name: 'x' }, drop: 'table' });
  assert.equal(extra.status, 400);
  const badThreshold = await call(`${url}/screen`, 'POST', { query: { name: 'x' }, threshold: 7 });
  assert.equal(badThreshold.status, 400);
  assert.match(badThreshold.json.message, /threshold/);
  const huge = await call(`${url}/screen`, 'POST', { query: { name: 'x'.repeat(3 * 1024 * 1024) } });
  assert.equal(huge.status, 413);
  const nowhere = await call(`${url}/nowhere`, 'GET');
  assert.equal(nowhere.status, 404);
  assert.match(nowhere.json.message, /no route GET \/nowhere/);
});

test('OpenAPI is served at /docs from local assets', async () => {
  const spec = await call(`${url}/docs/json`, 'GET');
  assert.equal(spec.status, 200);
  assert.ok(spec.json.paths['/screen']);
  assert.ok(spec.json.paths['/match/{dataset}']);
  const page = await fetch(`${url}/docs/static/index.html`);
  assert.equal(page.status, 200);
});
