import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from '../helpers/paths.js';
import { ensureWebBuilt } from './helpers/build-web.js';
import { startE2eServer, type E2eServer } from './helpers/server.js';

/** How src/server/static.ts serves the built UI beside the API, over plain HTTP. */
let server: E2eServer;

before(async () => {
  await ensureWebBuilt();
  server = await startE2eServer();
});
after(async () => {
  await server?.close();
});

test('the page is served at / with a same-origin-only content security policy, never cached', async () => {
  const r = await fetch(`${server.url}/`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(r.headers.get('cache-control'), 'no-cache');
  assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  const html = await r.text();
  assert.match(html, /<div id="app">/);
  assert.doesNotMatch(html, /https?:\/\//, 'no asset from the internet');
});

test('hashed assets are served with their type and cached for good', async () => {
  const js = readdirSync(join(ROOT, 'web', 'dist', 'assets')).find((f) => f.endsWith('.js'));
  assert.ok(js);
  const r = await fetch(`${server.url}/assets/${js}`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/javascript/);
  assert.match(r.headers.get('cache-control') ?? '', /immutable/);
});

test('API clients keep JSON 404s; only browser navigations fall back to the page', async () => {
  const api = await fetch(`${server.url}/no-such-route`, { headers: { accept: 'application/json' } });
  assert.equal(api.status, 404);
  assert.match(((await api.json()) as { message: string }).message, /no route GET \/no-such-route/);
  const nav = await fetch(`${server.url}/no-such-route`, { headers: { accept: 'text/html,application/xhtml+xml' } });
  assert.equal(nav.status, 200);
  assert.match(await nav.text(), /<div id="app">/);
  const asset = await fetch(`${server.url}/assets/missing.js`, { headers: { accept: 'text/html' } });
  assert.equal(asset.status, 404, 'a missing asset is a 404, not the page');
  // The API still answers its own routes (and still asks for a key).
  assert.equal((await fetch(`${server.url}/lists/versions`)).status, 401);
});

test('paths cannot leave web/dist', async () => {
  for (const path of ['/%2e%2e/package.json', '/..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json']) {
    const r = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
    const text = await r.text();
    assert.equal(r.status, 404, path);
    assert.doesNotMatch(text, /"name": "interdict"/, path);
  }
});
