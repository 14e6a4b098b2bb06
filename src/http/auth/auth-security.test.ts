// Security of the account API (R22): CSRF, API tokens, no account enumeration, rate limits, and
// the password reset link.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outbox } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { buildTestApp } from '../test-app.ts';
import {
  buildBareApp,
  createUser,
  linkTokenFor,
  logInThroughApi,
  NOW,
  newEmail,
  PASSWORD,
  signedInUser,
} from './test-support.ts';

const HOUR = 3_600_000;

describeDatabases('account security', (suite) => {
  it('refuses a cookie-authenticated POST without the CSRF header and accepts it with the header', async () => {
    const database = await suite.create();
    const { app, browser } = await signedInUser(database);
    const forged = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      cookies: browser.cookies,
      payload: { name: 'Интеграция' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('auth.csrf');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      cookies: browser.cookies,
      headers: { 'x-csrf-token': 'guessed' },
      payload: { name: 'Интеграция' },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      ...browser,
      payload: { name: 'Интеграция' },
    });
    expect(ok.statusCode).toBe(201);
    await app.close();
  });

  it('lets a Bearer token act without CSRF until it is revoked; only its owner can revoke it', async () => {
    const database = await suite.create();
    const t = await buildTestApp(database, NOW);
    const user = await createUser(database.db);
    const browser = await logInThroughApi(t.app, user.email);
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      ...browser,
      payload: { name: 'CI' },
    });
    expect(issued.statusCode).toBe(201);
    const { id, token, prefix } = issued.json();
    expect(token.startsWith(prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${token}` };

    const me = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: bearer,
      payload: { lang: 'en' },
    });
    expect(me.statusCode).toBe(200);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
    expect(session.json()).toEqual({ user: expect.objectContaining({ id: user.id }), csrfToken: null });
    const minted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: bearer,
      payload: { name: 'ещё' },
    });
    expect(minted.json().error.code).toBe('auth.forbidden_session_only');

    const list = await t.app.inject({ method: 'GET', url: '/api/auth/tokens', cookies: browser.cookies });
    expect(list.json().tokens).toEqual([
      {
        id,
        name: 'CI',
        prefix,
        createdAt: new Date(NOW).toISOString(),
        lastUsedAt: new Date(NOW).toISOString(),
      },
    ]);
    expect(list.body).not.toContain(token.slice(12));

    const foreign = await t.as.customer.request({ method: 'DELETE', url: `/api/auth/tokens/${id}` });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('auth.api_token_not_found');
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, ...browser });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.unauthenticated');
    await t.close();
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    const attempt = async (email: string) => {
      const started = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'не тот пароль' },
      });
      return { status: res.statusCode, body: res.body, ms: performance.now() - started };
    };
    const wrong = [await attempt(user.email), await attempt(user.email), await attempt(user.email)];
    const unknown = [await attempt(newEmail()), await attempt(newEmail()), await attempt(newEmail())];
    expect(wrong[0]?.status).toBe(401);
    expect(unknown.map((a) => [a.status, a.body])).toEqual(wrong.map((a) => [a.status, a.body]));
    expect(JSON.parse(wrong[0]!.body).error.code).toBe('auth.invalid_credentials');
    await app.close();
  });

  it('limits calls per address: the eleventh login within a minute is refused', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const login = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: newEmail(), password: 'не тот пароль' },
      });
    for (let i = 0; i < 10; i++) expect((await login('203.0.113.7')).statusCode).toBe(401);
    const refused = await login('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toEqual({
      code: 'auth.rate_limited',
      message: 'Слишком много попыток; повторите через 1 мин.',
    });
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await login('203.0.113.8')).statusCode).toBe(401);
    const register = (n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/register',
        remoteAddress: '203.0.113.9',
        payload: { name: `Бот ${n}`, email: newEmail(), password: 'короткий' },
      });
    for (let i = 0; i < 10; i++) expect((await register(i)).statusCode).toBe(422);
    expect((await register(10)).statusCode).toBe(429);
    await app.close();
  });

  it('counts the address X-Forwarded-For names only when the proxy is trusted', async () => {
    const database = await suite.create();
    const login = (app: Awaited<ReturnType<typeof buildBareApp>>['app'], client: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': client },
        payload: { email: newEmail(), password: 'не тот пароль' },
      });
    // Behind a trusted proxy: the limit follows each client, not the proxy's one address.
    const proxied = await buildBareApp(database, { trustProxy: ['10.0.0.0/8'] });
    for (let i = 0; i < 10; i++) expect((await login(proxied.app, '203.0.113.20')).statusCode).toBe(401);
    expect((await login(proxied.app, '203.0.113.20')).statusCode).toBe(429);
    expect((await login(proxied.app, '203.0.113.21')).statusCode).toBe(401);
    await proxied.app.close();
    // Not trusted: a made-up header does not buy a fresh budget; the socket's address counts.
    const direct = await buildBareApp(database);
    for (let i = 0; i < 10; i++) expect((await login(direct.app, `198.51.100.${i}`)).statusCode).toBe(401);
    expect((await login(direct.app, '198.51.100.99')).statusCode).toBe(429);
    await direct.app.close();
  });

  it('changes the password only from a portal session, never with an API token', async () => {
    const database = await suite.create();
    const { app, user, browser } = await signedInUser(database);
    const issued = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      ...browser,
      payload: { name: 'CI' },
    });
    const change = (headers: Record<string, string>, current: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/me/password',
        headers: { 'accept-language': 'en', ...headers },
        payload: { current, new: 'захваченный пароль' },
      });
    const bearer = { authorization: `Bearer ${issued.json().token}` };
    for (const current of [PASSWORD, 'не тот пароль']) {
      const refused = await change(bearer, current);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toEqual({
        code: 'auth.forbidden_password_change_session_only',
        message: 'The password can be changed only after logging in to the portal, not with an API token',
      });
    }
    expect((await logInThroughApi(app, user.email)).userId).toBe(user.id); // unchanged, and not locked
    await app.close();
  });

  it('counts wrong current passwords with failed logins: five lock both the change and the login', async () => {
    const database = await suite.create();
    const { app, user, browser } = await signedInUser(database);
    const change = (current: string, n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/me/password',
        remoteAddress: `198.51.100.${n}`,
        ...browser,
        payload: { current, new: 'новый пароль 2026' },
      });
    const login = (password: string, n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `198.51.100.${n}`,
        payload: { email: user.email, password },
      });
    for (let n = 1; n <= 3; n++) expect((await change('не тот пароль', n)).statusCode).toBe(422);
    for (let n = 4; n <= 5; n++) expect((await login('не тот пароль', n)).statusCode).toBe(401);
    const locked = await change(PASSWORD, 6); // even the right one, until the window is over
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('auth.rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0); // the account lock says how long too
    expect((await login(PASSWORD, 7)).statusCode).toBe(429);
    await app.close();
  });

  it('locks an account after five failed logins from anywhere, even for the right password', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    const other = await createUser(database.db);
    const login = (email: string, password: string, n: number) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `198.51.100.${n}`,
        headers: { 'accept-language': 'en' },
        payload: { email, password },
      });
    expect((await login(user.email, PASSWORD, 1)).statusCode).toBe(200); // successes do not count
    for (let n = 2; n < 7; n++)
      expect((await login(user.email.toUpperCase(), 'не тот пароль', n)).statusCode).toBe(401);
    const locked = await login(user.email, PASSWORD, 7);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toEqual({
      code: 'auth.rate_limited',
      message: 'Too many attempts; try again in 15 min',
    });
    expect((await login(other.email, PASSWORD, 8)).statusCode).toBe(200);
    await app.close();
  });

  it('resets a forgotten password by a two-hour link without telling which addresses exist', async () => {
    const database = await suite.create();
    const { app, clock, user, browser } = await signedInUser(database);
    const issued = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      ...browser,
      payload: { name: 'CI' },
    });
    const bearer = { authorization: `Bearer ${issued.json().token}` };
    const ask = (email: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const known = await ask(user.email);
    const unknown = await ask(newEmail());
    expect([known.statusCode, known.body]).toEqual([unknown.statusCode, unknown.body]);
    expect(known.statusCode).toBe(202);
    const messages = await database.db.select().from(outbox).where(eq(outbox.kind, 'auth.password_reset'));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.recipientUserId).toBe(user.id);

    const token = await linkTokenFor(database.db, user.email, 'auth.password_reset');
    const confirm = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });
    expect((await confirm('короткий')).json().error.code).toBe('auth.weak_password'); // the link stays usable
    expect((await confirm('новый пароль 2026')).statusCode).toBe(204);
    expect((await confirm('ещё один пароль')).json().error.code).toBe('auth.token_used');
    const old = await app.inject({ method: 'GET', url: '/api/auth/session', cookies: browser.cookies });
    expect(old.json().user).toBeNull(); // every session ended
    const integration = await app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
    expect(integration.statusCode).toBe(401); // and every API token revoked
    await expect(logInThroughApi(app, user.email)).rejects.toThrow(/401/);
    expect((await logInThroughApi(app, user.email, 'новый пароль 2026')).userId).toBe(user.id);

    await ask(user.email);
    const late = await linkTokenFor(database.db, user.email, 'auth.password_reset');
    clock.advance(2 * HOUR);
    const expired = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: late, password: 'пароль после срока' },
    });
    expect(expired.statusCode).toBe(422);
    expect(expired.json().error.code).toBe('auth.token_expired');
    await app.close();
  });

  it('sends at most three reset e-mails an hour to one address', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    for (let n = 0; n < 5; n++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: `192.0.2.${n}`,
        payload: { email: user.email },
      });
      expect(res.statusCode).toBe(202);
    }
    const messages = await database.db.select().from(outbox).where(eq(outbox.recipientUserId, user.id));
    expect(messages).toHaveLength(3);
    await app.close();
  });
});
