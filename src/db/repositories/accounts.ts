// Accounts: new users, one-time e-mail links, profile and password changes, API tokens. Secrets
// (link tokens, API tokens) are stored only as SHA-256 hashes.
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { apiTokens, emailTokens, sessions, users } from '../schema.ts';
import { hashSecret, newSecret } from './sessions.ts';
import { normalizeEmail, type UserRow } from './users.ts';

export type EmailTokenPurpose = (typeof emailTokens.$inferSelect)['purpose'];
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface NewAccount {
  email: string;
  name: string;
  role: UserRow['role'];
  lang: UserRow['lang'];
  passwordHash: string;
  emailVerifiedAt?: Date | null;
  createdAt: Date;
}

/** Inserts a user; undefined when the e-mail is already registered. */
export async function insertAccount(db: Db, input: NewAccount): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: normalizeEmail(input.email) })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row;
}

/** Changes a user's columns; returns the updated row. */
export async function updateAccount(
  db: Db,
  userId: string,
  changes: Partial<
    Pick<UserRow, 'name' | 'lang' | 'role' | 'organizationId' | 'passwordHash' | 'emailVerifiedAt'>
  >,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  return row;
}

/** Whether any administrator exists. */
export async function hasAdmin(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return row !== undefined;
}

/** Serializes first-administrator creation across connections until the transaction ends. */
export async function lockFirstAdmin(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('srok.first_admin'))`);
}

/** Issues a one-time link token for the user; returns the secret (only its hash is stored). */
export async function createEmailToken(
  db: Db,
  userId: string,
  purpose: EmailTokenPurpose,
  now: Date,
  ttlMs: number,
): Promise<string> {
  const token = newSecret();
  await db.insert(emailTokens).values({
    tokenHash: hashSecret(token),
    userId,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return token;
}

export type ConsumedToken =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid' | 'expired' | 'used' };

/**
 * Marks a live token used and returns its user; the conditional update lets exactly one of two
 * racing requests win. A refused token says why.
 */
export async function consumeEmailToken(
  db: Db,
  token: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<ConsumedToken> {
  const tokenHash = hashSecret(token);
  const [used] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId });
  if (used) return { ok: true, userId: used.userId };
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)));
  if (!row) return { ok: false, reason: 'invalid' };
  return { ok: false, reason: row.usedAt ? 'used' : 'expired' };
}

/** Marks every unused token of the purpose used, so older links stop working. */
export async function retireEmailTokens(
  db: Db,
  userId: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

/** Ends every session of the user except the one with this cookie token. */
export async function deleteOtherSessions(db: Db, userId: string, keepToken: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashSecret(keepToken))));
}

/** Creates an API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  userId: string,
  name: string,
  now: Date,
): Promise<{ row: ApiTokenRow; token: string }> {
  const token = `srok_${newSecret()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashSecret(token), prefix: token.slice(0, 12), createdAt: now })
    .returning();
  if (!row) throw new Error('insert into api_tokens returned no row');
  return { row, token };
}

/** The user's live (not revoked) API tokens, newest first. */
export function listApiTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes one of the user's live tokens; false when the user has no such token. */
export async function revokeApiToken(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes every live token of the user; returns how many were live. */
export async function revokeUserApiTokens(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}
