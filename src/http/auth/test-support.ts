// Helpers for account route tests: apps, users with passwords, cookies and link tokens.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ManualClock } from '../../clock.ts';
import { hashPassword } from '../../commands/accounts/passwords.ts';
import type { Database, Db } from '../../db/database.ts';
import { type UserRow, upsertUser } from '../../db/repositories/users.ts';
import { type AppDeps, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';

export { linkTokenFor } from '../../commands/accounts/test-support.ts';

export const NOW = Date.UTC(2026, 2, 2, 6); // Monday 2 March 2026, 09:00 Moscow
export const PASSWORD = 'верный пароль 2026';

export const newEmail = () => `user-${randomUUID().slice(0, 8)}@example.ru`;

/** The app over an empty database (no administrator yet), with a clock standing at NOW. */
export async function buildBareApp(
  database: Database,
  opts: Pick<AppDeps, 'secureCookies' | 'trustProxy' | 'metricsToken'> = {},
): Promise<{ app: FastifyInstance; clock: ManualClock }> {
  const clock = new ManualClock(NOW);
  const app = await buildApp({
    probe: { database: async () => true },
    commands: { db: database.db, clock },
    logLevel: 'silent',
    ...opts,
  });
  return { app, clock };
}

/** A verified user with PASSWORD (or the given one). */
export async function createUser(
  db: Db,
  overrides: Partial<Pick<UserRow, 'email' | 'role' | 'lang' | 'organizationId'>> & {
    password?: string;
  } = {},
): Promise<UserRow> {
  const { password, ...rest } = overrides;
  return upsertUser(db, {
    email: newEmail(),
    name: 'Мария Тестова',
    role: 'customer',
    passwordHash: await hashPassword(password ?? PASSWORD),
    emailVerifiedAt: new Date(NOW),
    ...rest,
  });
}

/** The session cookie a response sets, with its attributes. */
export function sessionCookieOf(res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie in the response (${res.statusCode} ${res.body})`);
  return cookie;
}

/** A browser that logged in: its cookie and CSRF token, ready to pass to `inject`. */
export interface Browser {
  cookies: Record<string, string>;
  headers: Record<string, string>;
  userId: string;
}

/** Logs in through the API and returns the browser state. */
export async function logInThroughApi(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
): Promise<Browser> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { user: { id: string }; csrfToken: string };
  return {
    cookies: { [SESSION_COOKIE]: sessionCookieOf(res).value },
    headers: { 'x-csrf-token': body.csrfToken },
    userId: body.user.id,
  };
}

/** A bare app with a verified customer already signed in through the API: most account tests start so. */
export async function signedInUser(database: Database) {
  const { app, clock } = await buildBareApp(database);
  const user = await createUser(database.db);
  const browser = await logInThroughApi(app, user.email);
  return { app, clock, user, browser };
}
