import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { authenticateApiKey } from '../../src/auth/keys-repo.js';
import { ROOT } from '../helpers/paths.js';
import { cliTarget, testBackends, type CliTarget } from '../store/backends.js';
import { interdict } from '../store/cli.js';

/**
 * The CLI's behaviour does not depend on the backend (the repository tests run on both), and every
 * command is a process start of several seconds here; so the whole flow runs on the embedded default,
 * and on PostgreSQL the part that proves DATABASE_URL reaches the server.
 */
for (const backend of await testBackends()) {
  const embeddedOnly = backend.name === 'postgres' && 'backend-independent CLI behaviour: run on PGlite';
  describe(`interdict keys on ${backend.name}`, { skip: backend.skip }, () => {
    let target: CliTarget;
    let key = '';
    let prefix = '';
    const run = (...args: string[]) => interdict(args, { home: target.dataDir, env: target.env });

    before(async () => {
      target = await cliTarget(backend);
    });
    after(async () => {
      await target?.dispose();
    });

    test('keys create prints the key once, alone on stdout, and says so', () => {
      const r = run('keys', 'create', '--role', 'analyst', '--name', 'alice laptop', '--user', 'alice');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^idk_[A-Za-z0-9_-]{43}\n$/);
      assert.match(r.stderr, /role analyst/);
      assert.match(r.stderr, /shown only this once/);
      key = r.stdout.trim();
      prefix = key.slice(0, 12);
    });

    test('the key authenticates as its user and role', async () => {
      const database = await target.open();
      try {
        const principal = await authenticateApiKey(database.db, key);
        assert.deepEqual(principal && [principal.username, principal.role], ['alice', 'analyst']);
      } finally {
        await database.close();
      }
    });

    test('keys list shows prefix, owner and role, never the key', () => {
      const r = run('keys', 'list');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`${prefix} +alice laptop +alice +analyst`));
      assert.ok(!r.stdout.includes(key.slice(12)));
    });

    test('usage errors exit 2 and say what is wrong', { skip: embeddedOnly }, () => {
      const role = run('keys', 'create', '--role', 'root', '--name', 'x');
      assert.equal(role.status, 2);
      assert.match(role.stderr, /--role must be one of analyst, supervisor, admin, auditor/);
      const name = run('keys', 'create', '--role', 'analyst');
      assert.equal(name.status, 2);
      assert.match(name.stderr, /--name/);
      const user = run('keys', 'create', '--role', 'analyst', '--name', 'x', '--user', 'bad name');
      assert.equal(user.status, 2);
      assert.match(user.stderr, /invalid user name/);
    });

    test('keys revoke ends the key; revoking again or an unknown prefix fails with exit 1', { skip: embeddedOnly }, async () => {
      const r = run('keys', 'revoke', prefix);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`revoked ${prefix}`));
      const again = run('keys', 'revoke', prefix);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /revoked already/);
      const unknown = run('keys', 'revoke', 'idk_nothere0');
      assert.equal(unknown.status, 1);
      assert.match(unknown.stderr, /no API key with prefix/);
      const listed = JSON.parse(run('keys', 'list', '--all', '--json').stdout) as Record<string, unknown>[];
      assert.deepEqual(listed.map((k) => k.prefix), [prefix]);
      assert.ok(listed[0]!.revokedAt, 'listed with --all, as revoked');
      assert.ok(!JSON.stringify(listed).includes(key.slice(12)) && !JSON.stringify(listed).includes('keyHash'), 'no key, no hash');
      const database = await target.open();
      try {
        assert.equal(await authenticateApiKey(database.db, key), undefined);
      } finally {
        await database.close();
      }
    });

    test('while another process owns the embedded database, a command fails clearly and changes nothing', { skip: backend.name !== 'pglite' && 'PostgreSQL serves many processes' }, async () => {
      const holder = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `import { openDatabase } from './src/store/database.ts';
           await openDatabase({ dataDir: ${JSON.stringify(target.dataDir)} });
           console.log('ready');
           setInterval(() => {}, 1000);`,
        ],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        await new Promise<void>((resolve, reject) => {
          holder.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
          holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
        });
        const r = run('keys', 'create', '--role', 'admin', '--name', 'blocked');
        assert.equal(r.status, 1);
        assert.match(r.stderr, new RegExp(`in use by process ${holder.pid} `));
        assert.equal(r.stdout, '', 'no key printed');
      } finally {
        holder.kill('SIGKILL');
        await new Promise((resolve) => holder.once('close', resolve));
      }
      const after = run('keys', 'list', '--all').stdout;
      assert.match(after, /alice laptop/);
      assert.doesNotMatch(after, /blocked/);
    });
  });
}
