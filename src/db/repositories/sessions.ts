// Sessions and API tokens: only SHA-256 hashes of the secrets are stored, so a database leak
// does not leak a way in.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { batched, batcherPerDb } from '../batcher.ts';
import type { Db } from '../database.ts';
import { prepared } from '../prepared.ts';
import { apiTokens, contracts, sessions, users } from '../schema.ts';
import { type UserWithContact, userContractColumns, withUserContracts } from './organizations.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type SessionUser = typeof users.$inferSelect;

/** SHA-256 hex of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new random secret, URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Creates a session; returns the cookie token (shown once) and the CSRF token. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  ttlMs: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db
    .insert(sessions)
    .values({ tokenHash: hashSecret(token), userId, csrfToken, createdAt: now, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The live session for a cookie token with its user, if any. */
export async function findSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ session: SessionRow; user: SessionUser } | undefined> {
  const query = prepared(db, 'srok_find_session', (db, name) =>
    db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(sessions.userId, users.id))
      .where(
        and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now'))),
      )
      .prepare(name),
  );
  const [row] = await query.execute({ hash: hashSecret(token), now });
  return row;
}

/** Ends a session (log out). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}

/** Ends every session of a user (password reset). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** How stale a token's last-use stamp may get: an integration's every read is not worth a write. */
export const TOKEN_USE_RESOLUTION_MS = 60_000;

/** Who calls with an API token: the user and, for the filing route, the contracts naming their e-mail. */
export interface TokenCaller {
  user: SessionUser;
  /** As findUserWithContacts reads them: one row per contact, or one row without a contract. */
  contracts: UserWithContact[];
}

/**
 * The caller behind a live (not revoked) API token, if any; records its use to the minute. The
 * contracts come along in the same query, so filing, the busiest call of integrations, reads no more.
 */
export async function findApiTokenCaller(db: Db, token: string, now: Date): Promise<TokenCaller | undefined> {
  const rows = await findLiveTokenSoon(db, hashSecret(token));
  const first = rows[0];
  if (!first) return undefined;
  const last = first.token.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (now.getTime() - last >= TOKEN_USE_RESOLUTION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, first.token.id));
  }
  return { user: first.user, contracts: rows };
}

// Every authenticated request looks its token up: concurrent lookups go as one query.
const findLiveTokenSoon = batcherPerDb((db: Db) =>
  batched(
    async (hashes: readonly string[]) => {
      const query = prepared(db, 'srok_find_api_tokens', (db, name) =>
        withUserContracts(
          db
            .select({ token: apiTokens, ...userContractColumns })
            .from(apiTokens)
            .innerJoin(users, eq(apiTokens.userId, users.id))
            .$dynamic(),
        )
          .where(
            and(
              sql`${apiTokens.tokenHash} = any(${sql.placeholder('hashes')}::text[])`,
              isNull(apiTokens.revokedAt),
            ),
          )
          .orderBy(asc(contracts.number))
          .prepare(name),
      );
      const rows = await query.execute({ hashes: [...new Set(hashes)] });
      return hashes.map((h) => rows.filter((r) => r.token.tokenHash === h));
    },
    { maxBatch: 100 },
  ),
);
