import { eq } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import type { Db } from '../store/database.js';
import { users } from '../store/schema/index.js';

export type User = typeof users.$inferSelect;

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export class InvalidUsernameError extends Error {
  constructor(username: string) {
    super(`invalid user name ${JSON.stringify(username)}: 1-64 characters, letters, digits and . _ @ -, starting with a letter or digit`);
    this.name = 'InvalidUsernameError';
  }
}

/** Throws InvalidUsernameError for a name that cannot be a user's. */
export function validateUsername(username: string): void {
  if (!USERNAME.test(username)) throw new InvalidUsernameError(username);
}

export async function findUser(db: Db, username: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

/** The user with this name, created (and audited) if there is none yet. */
export async function ensureUser(db: Db, username: string, actor: AuditActor, now: Date = new Date()): Promise<{ user: User; created: boolean }> {
  validateUsername(username);
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(users).values({ username, createdAt: now }).onConflictDoNothing({ target: users.username }).returning();
    if (inserted[0]) {
      await appendAudit(tx, { actor, action: 'user.create', subjectType: 'user', subjectId: inserted[0].id, payload: { username }, at: now });
      return { user: inserted[0], created: true };
    }
    const [existing] = await tx.select().from(users).where(eq(users.username, username));
    if (!existing) throw new Error(`user ${username} neither inserted nor found`);
    return { user: existing, created: false };
  });
}
