import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import type { Db } from '../store/database.js';
import { apiKeys, users } from '../store/schema/index.js';
import { apiKeyMatches, generateApiKey, lookupPrefix, looksLikeApiKey } from './api-key-format.js';
import type { Principal } from './principal.js';
import type { Role } from './roles.js';
import { ensureUser } from './users-repo.js';

/** A key as listings show it: never the key, never its hash. */
export interface ApiKeyInfo {
  id: number;
  prefix: string;
  name: string;
  username: string;
  role: Role;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface CreatedKey {
  /** Shown to the person once; only its hash is stored. */
  key: string;
  info: ApiKeyInfo;
}

export interface CreateKeyInput {
  /** The person the key belongs to; created if new. */
  username: string;
  /** What the key is for ("ci", "alice laptop"). */
  name: string;
  role: Role;
  actor: AuditActor;
  now?: Date;
}

export async function createApiKey(db: Db, input: CreateKeyInput): Promise<CreatedKey> {
  const now = input.now ?? new Date();
  const name = input.name.trim();
  if (name === '' || name.length > 200) throw new Error('a key needs a name of 1-200 characters');
  return db.transaction(async (tx) => {
    const { user } = await ensureUser(tx, input.username, input.actor, now);
    // The prefix is 48 random bits: a clash is astronomically unlikely, but the unique index would turn
    // one into an error, so draw again rather than fail.
    for (let attempt = 0; attempt < 5; attempt++) {
      const generated = generateApiKey();
      const [row] = await tx
        .insert(apiKeys)
        .values({ userId: user.id, name, prefix: generated.prefix, keyHash: generated.hash, role: input.role, createdAt: now, createdBy: input.actor })
        .onConflictDoNothing({ target: apiKeys.prefix })
        .returning();
      if (!row) continue;
      await appendAudit(tx, {
        actor: input.actor,
        action: 'key.create',
        subjectType: 'api_key',
        subjectId: row.id,
        payload: { prefix: row.prefix, name, role: input.role, username: user.username },
        at: now,
      });
      return { key: generated.key, info: { ...infoOf(row), username: user.username } };
    }
    throw new Error('could not draw an unused key prefix in 5 attempts');
  });
}

function infoOf(row: typeof apiKeys.$inferSelect): Omit<ApiKeyInfo, 'username'> {
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    role: row.role,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export async function listApiKeys(db: Db, options: { includeRevoked?: boolean } = {}): Promise<ApiKeyInfo[]> {
  const rows = await db
    .select({ key: apiKeys, username: users.username })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(options.includeRevoked ? undefined : isNull(apiKeys.revokedAt))
    .orderBy(asc(apiKeys.id));
  return rows.map((r) => ({ ...infoOf(r.key), username: r.username }));
}

export type RevokeOutcome = { revoked: true; info: ApiKeyInfo } | { revoked: false; reason: 'not-found' | 'already-revoked' };

/** Revoke by prefix (as `keys list` shows it) or by the whole key. */
export async function revokeApiKey(db: Db, prefixOrKey: string, actor: AuditActor, now: Date = new Date()): Promise<RevokeOutcome> {
  const prefix = looksLikeApiKey(prefixOrKey) ? lookupPrefix(prefixOrKey) : prefixOrKey;
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ key: apiKeys, username: users.username })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.userId))
      .where(eq(apiKeys.prefix, prefix))
      .for('update', { of: apiKeys });
    if (!found) return { revoked: false, reason: 'not-found' } as const;
    if (found.key.revokedAt) return { revoked: false, reason: 'already-revoked' } as const;
    const [row] = await tx.update(apiKeys).set({ revokedAt: now, revokedBy: actor }).where(eq(apiKeys.id, found.key.id)).returning();
    if (!row) throw new Error(`key ${prefix} vanished while being revoked`);
    await appendAudit(tx, { actor, action: 'key.revoke', subjectType: 'api_key', subjectId: row.id, payload: { prefix, username: found.username }, at: now });
    return { revoked: true, info: { ...infoOf(row), username: found.username } } as const;
  });
}

/** How stale `last_used_at` may get before a request refreshes it: one write per key per minute, not per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The principal a presented key stands for, or undefined for anything else: malformed, unknown,
 * revoked, wrong secret, or a disabled user. One answer for all of these, so a caller learns nothing
 * about which keys exist.
 */
export async function authenticateApiKey(db: Db, presented: string, now: Date = new Date()): Promise<Principal | undefined> {
  if (!looksLikeApiKey(presented)) return undefined;
  const [found] = await db
    .select({ key: apiKeys, username: users.username, disabledAt: users.disabledAt })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.prefix, lookupPrefix(presented)), isNull(apiKeys.revokedAt)));
  if (!found || found.disabledAt) return undefined;
  if (!apiKeyMatches(presented, found.key.keyHash)) return undefined;
  if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, found.key.id));
  }
  return { userId: found.key.userId, username: found.username, role: found.key.role, keyId: found.key.id };
}
