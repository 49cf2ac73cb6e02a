import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * What an API key looks like and how it is checked. Pure: no database.
 *
 *   idk_<43 characters of base64url>      (32 random bytes, 256 bits)
 *
 * The "idk_" marker makes a leaked key easy to recognise (secret scanners, logs). The first
 * LOOKUP_PREFIX_LENGTH characters are stored in clear as the key's prefix: enough to find the key with
 * one index lookup and to tell keys apart in listings, far too little to guess the rest.
 *
 * Keys are stored as plain SHA-256, not bcrypt/argon2: those slow hashes protect low-entropy passwords
 * from guessing, and a 256-bit random key cannot be guessed however fast the hash; a fast hash keeps
 * every authenticated request cheap.
 */
export const KEY_MARKER = 'idk_';
const SECRET_BYTES = 32;
const KEY_PATTERN = /^idk_[A-Za-z0-9_-]{43}$/;
export const LOOKUP_PREFIX_LENGTH = KEY_MARKER.length + 8;

export interface GeneratedKey {
  /** The key itself: show it once, never store it. */
  key: string;
  prefix: string;
  /** SHA-256 of the key, hex: what is stored. */
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedKey {
  const key = KEY_MARKER + randomBytes(SECRET_BYTES).toString('base64url');
  return { key, prefix: lookupPrefix(key), hash: hashApiKey(key) };
}

export function looksLikeApiKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

export function lookupPrefix(key: string): string {
  return key.slice(0, LOOKUP_PREFIX_LENGTH);
}

/**
 * Does `presented` hash to `storedHash`? Compared in constant time, so the time taken says nothing
 * about how many leading characters matched.
 */
export function apiKeyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
