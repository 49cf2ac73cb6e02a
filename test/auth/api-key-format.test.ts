import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { apiKeyMatches, generateApiKey, hashApiKey, looksLikeApiKey, lookupPrefix, LOOKUP_PREFIX_LENGTH } from '../../src/auth/api-key-format.js';

test('a generated key carries 32 random bytes, a marker, and its stored form is its SHA-256', () => {
  const g = generateApiKey();
  assert.match(g.key, /^idk_[A-Za-z0-9_-]{43}$/);
  assert.equal(Buffer.from(g.key.slice(4), 'base64url').length, 32);
  assert.equal(g.prefix, g.key.slice(0, LOOKUP_PREFIX_LENGTH));
  assert.equal(g.hash, createHash('sha256').update(g.key).digest('hex'));
  assert.ok(!g.hash.includes(g.key.slice(4)), 'the hash does not contain the key');
});

test('keys do not repeat', () => {
  const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
  assert.equal(keys.size, 1000);
  const prefixes = new Set([...keys].map(lookupPrefix));
  assert.equal(prefixes.size, 1000);
});

test('matching accepts the key and refuses any other string', () => {
  const g = generateApiKey();
  assert.equal(apiKeyMatches(g.key, g.hash), true);
  const lastChar = g.key.at(-1) === 'A' ? 'B' : 'A';
  assert.equal(apiKeyMatches(g.key.slice(0, -1) + lastChar, g.hash), false);
  assert.equal(apiKeyMatches('', g.hash), false);
  assert.equal(apiKeyMatches(g.key, 'not hex'), false, 'a damaged stored hash never matches');
  assert.equal(hashApiKey(g.key), g.hash);
});

test('only well-formed keys are looked up', () => {
  assert.equal(looksLikeApiKey(generateApiKey().key), true);
  for (const bad of ['', 'idk_', 'idk_short', `xyz_${'a'.repeat(43)}`, `idk_${'a'.repeat(42)}!`, `idk_${'a'.repeat(44)}`, ` idk_${'a'.repeat(43)}`]) {
    assert.equal(looksLikeApiKey(bad), false, JSON.stringify(bad));
  }
});
