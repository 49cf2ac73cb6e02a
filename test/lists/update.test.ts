import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { ListStore } from '../../src/lists/store.js';
import { updateList } from '../../src/lists/update.js';
import { tempDir, UN_2025, UN_2026 } from '../helpers/paths.js';

// A real HTTP server on loopback plays the publisher, so the real fetch path is exercised.
let server: Server;
let base: string;
const un2026 = readFileSync(UN_2026);
const un2025 = readFileSync(UN_2025);

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/un-2026.xml':
        res.writeHead(200, { 'content-type': 'application/xml' }).end(un2026);
        return;
      case '/error':
        res.writeHead(503, 'Service Unavailable').end('down for maintenance');
        return;
      case '/slow':
        // Never answers within the test's timeout.
        setTimeout(() => res.writeHead(200).end(un2026), 5_000).unref();
        return;
      case '/truncated.xml':
        res.writeHead(200).end(un2026.subarray(0, 100_000));
        return;
      case '/huge':
        res.writeHead(200);
        res.write(un2026);
        res.end(un2026);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function storeWith2025(): Promise<{ store: ListStore; cleanup: () => void; hash: string }> {
  const home = tempDir();
  const store = new ListStore(home.dir);
  const r = await store.importBytes(un2025, 'un-2025.xml');
  return { store, cleanup: home.cleanup, hash: r.version.hash };
}

test('a successful update imports the new list and puts it in force', async () => {
  const { store, cleanup } = await storeWith2025();
  try {
    const outcome = await updateList(store, { source: 'un', url: `${base}/un-2026.xml`, timeoutMs: 5_000 });
    assert.equal(outcome.ok, true);
    if (!outcome.ok) return;
    assert.equal(outcome.result.created, true);
    assert.equal(outcome.result.inForce, true);
    assert.equal(outcome.result.version.origin, `${base}/un-2026.xml`);
    assert.equal((await store.inForce('un'))?.generatedAt, '2026-01-28T00:00:11.197Z');
    // Fetching the same list again creates nothing new.
    const again = await updateList(store, { source: 'un', url: `${base}/un-2026.xml`, timeoutMs: 5_000 });
    assert.equal(again.ok && again.result.created, false);
  } finally {
    cleanup();
  }
});

for (const [label, path, options, reason] of [
  ['an HTTP error', '/error', {}, /HTTP 503/],
  ['a timeout', '/slow', { timeoutMs: 300 }, /no answer .* within 300 ms/],
  ['a truncated file', '/truncated.xml', {}, /refused: .*truncated\.xml/],
  ['an oversize file', '/huge', { maxBytes: un2026.length + 10 }, /size limit/],
  ['a refused connection', 'http://127.0.0.1:1/un.xml', {}, /could not fetch/],
] as const) {
  test(`${label} keeps the last good version in force and says why`, async () => {
    const { store, cleanup, hash } = await storeWith2025();
    try {
      const url = path.startsWith('http') ? path : `${base}${path}`;
      const outcome = await updateList(store, { source: 'un', url, timeoutMs: 5_000, ...options });
      assert.equal(outcome.ok, false);
      if (outcome.ok) return;
      assert.match(outcome.reason, reason);
      assert.equal(outcome.inForce?.hash, hash);
      const reopened = new ListStore(store.dataDir);
      assert.equal((await reopened.inForce('un'))?.hash, hash);
      assert.equal((await reopened.versions()).length, 1);
    } finally {
      cleanup();
    }
  });
}
