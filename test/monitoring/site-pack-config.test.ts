import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/server/app.js';
import { loadSitePackConfig, SITE_PACK_CONFIG_FILE, SitePackConfigError } from '../../src/monitoring/site-pack-config.js';
import { caller, startTestServer, type TestServer } from '../helpers/server.js';
import { tempDir } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from '../store/backends.js';
import { eventFixture } from './helpers.js';

const fixture = eventFixture;

/** A site that raised OIL-2's discount bar to 95% (no real cargo is that cheap) and switched ART-6 off. */
const SITE_CONFIG = { version: 'site-2026-11', rules: { 'OIL-2': { params: { discount: 0.95 } }, 'ART-6': { enabled: false } } };

describe('the site rule-pack configuration of the server (POST /events)', () => {
  describe('validation when read', () => {
    const home = tempDir('interdict-site-pack-');
    after(() => home.cleanup());

    it('no file in the data directory: every rule at its defaults', async () => {
      const site = await loadSitePackConfig(home.dir);
      assert.equal(site.source, 'defaults');
      assert.equal(site.raw, undefined);
      assert.match(site.id, /^default@[0-9a-f]{12,}$/);
    });

    it('a misspelt reason code is refused with the field named', async () => {
      const file = join(home.dir, 'typo.json');
      writeFileSync(file, JSON.stringify({ version: 'x', rules: { 'OIL-22': { enabled: false } } }));
      await assert.rejects(loadSitePackConfig(home.dir, file), (err: unknown) => {
        assert.ok(err instanceof SitePackConfigError);
        assert.equal(err.field, 'rules.OIL-22');
        assert.match(err.message, /typo\.json: rules\.OIL-22: no rule with this reason code/);
        return true;
      });
    });

    it('a file that is not JSON, or that is missing when named, is refused with its path', async () => {
      const file = join(home.dir, 'broken.json');
      writeFileSync(file, '{"version": "x",');
      await assert.rejects(loadSitePackConfig(home.dir, file), /broken\.json: not valid JSON/);
      await assert.rejects(loadSitePackConfig(home.dir, join(home.dir, 'absent.json')), /absent\.json: cannot read the rule-pack configuration \(ENOENT\)/);
    });

    it('a hard control cannot be switched off by a site', async () => {
      const file = join(home.dir, 'soft.json');
      writeFileSync(file, JSON.stringify({ rules: { C2: { enabled: false } } }));
      await assert.rejects(loadSitePackConfig(home.dir, file), (err: unknown) => err instanceof SitePackConfigError && err.field !== undefined && /C2/.test(err.message));
    });

    it('the server does not start on a bad configuration (nothing listens, the data directory is released)', async () => {
      const dir = tempDir('interdict-site-pack-bad-');
      try {
        await seedEmbeddedDataDir(dir.dir);
        writeFileSync(join(dir.dir, SITE_PACK_CONFIG_FILE), JSON.stringify({ rules: { 'OIL-2': { params: { discount: 'cheap' } } } }));
        await assert.rejects(buildServer({ dataDir: dir.dir }), /rules\.OIL-2\.params\.discount/);
        // Released: a second start with the file fixed opens the same embedded database.
        writeFileSync(join(dir.dir, SITE_PACK_CONFIG_FILE), JSON.stringify(SITE_CONFIG));
        const built = await buildServer({ dataDir: dir.dir });
        assert.match(built.context.sitePack.id, /^site-2026-11@/);
        await built.app.close();
      } finally {
        dir.cleanup();
      }
    });
  });

  describe('in force over HTTP', () => {
    const home = tempDir('interdict-site-pack-api-');
    let server: TestServer;
    let analyst: ReturnType<typeof caller>;

    before(async () => {
      await seedEmbeddedDataDir(home.dir);
      writeFileSync(join(home.dir, SITE_PACK_CONFIG_FILE), JSON.stringify(SITE_CONFIG));
      server = await startTestServer({ dataDir: home.dir });
      analyst = caller(server.url, await server.key('analyst', 'ana'));
    });
    after(async () => {
      await server?.close();
      home.cleanup();
    });

    it('GET /monitoring/rule-pack shows the site version, its source and the changed rules', async () => {
      const r = await analyst('/monitoring/rule-pack', 'GET');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.version, 'site-2026-11');
      assert.equal(r.json.source, join(home.dir, SITE_PACK_CONFIG_FILE));
      assert.match(r.json.id, /^site-2026-11@[0-9a-f]+$/);
      const rule = (code: string) => r.json.rules.find((x: { code: string }) => x.code === code);
      assert.equal(rule('OIL-2').params.discount, 0.95);
      assert.equal(rule('ART-6').enabled, false);
      assert.equal(rule('OIL-1').enabled, true);
    });

    it('POST /events judges with it: the discounted cargo no longer alerts on OIL-2, and the decision carries the site id', async () => {
      const pack = (await analyst('/monitoring/rule-pack', 'GET')).json.id as string;
      const r = await analyst('/events', 'POST', fixture('OIL-A'));
      assert.equal(r.status, 200, JSON.stringify(r.json));
      const codes = r.json.hits.map((h: { ruleId: string }) => h.ruleId);
      assert.ok(!codes.includes('OIL-2'), `OIL-2 fired at a 95% bar: ${codes.join(', ')}`);
      // The same cargo still alerts on its risk-area origin (OIL-1 is at its default).
      assert.ok(codes.includes('OIL-1'), codes.join(', '));
      // Each rule alert it raised records the configuration that judged it, for replay.
      const alert = await analyst(`/rule-alerts/${r.json.ruleAlertIds[0]}`, 'GET');
      assert.equal(alert.status, 200);
      assert.equal(alert.json.packVersion, pack);
    });
  });
});
