// The account journey over HTTP (R1, R2, R10): register → verify → log in → session → log out,
// cookies, rotation, language, profile and password, and the one-time setup.
import { expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { listContracts, upsertContact } from '../../db/repositories/organizations.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { securityOptionsOf } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { buildTestApp } from '../test-app.ts';
import {
  buildBareApp,
  createUser,
  linkTokenFor,
  logInThroughApi,
  NOW,
  newEmail,
  PASSWORD,
  sessionCookieOf,
} from './test-support.ts';

describeDatabases('account routes', (suite) => {
  it('registers, verifies into the organization, logs in, reads the session and logs out', async () => {
    const database = await suite.create();
    const t = await buildTestApp(database, NOW);
    const [contract] = await listContracts(database.db, t.world.organizationId);
    const email = newEmail();
    await upsertContact(database.db, { contractId: contract!.id, name: 'Сергей Новиков', email });

    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { name: 'Сергей Новиков', email: email.toUpperCase(), password: PASSWORD },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json().user).toEqual({
      id: expect.any(String),
      email,
      name: 'Сергей Новиков',
      role: 'customer',
      lang: 'ru',
      organizationId: null,
      emailVerified: false,
    });
    expect(registered.body).not.toMatch(/argon|hash/i);

    // Before verification the user may log in and read, and is told the address is unconfirmed.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(early.statusCode).toBe(200);
    expect(early.json().user.emailVerified).toBe(false);

    const token = await linkTokenFor(database.db, email, 'auth.verify_email');
    const verified = await t.app.inject({ method: 'POST', url: '/api/auth/verify', payload: { token } });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({
      emailVerified: true,
      organizationId: t.world.organizationId,
    });

    const browser = await logInThroughApi(t.app, email);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: browser.cookies });
    expect(session.json()).toEqual({
      user: expect.objectContaining({ email, role: 'customer', organizationId: t.world.organizationId }),
      csrfToken: browser.headers['x-csrf-token'],
    });

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', ...browser });
    expect(out.statusCode).toBe(204);
    expect(sessionCookieOf(out).value).toBe('');
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: browser.cookies });
    expect(after.json()).toEqual({ user: null, csrfToken: null });
    await t.close();
  });

  it('sets an HttpOnly, SameSite=Lax cookie and opens a new session on every login', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(new Date(cookie.expires!).getTime()).toBe(NOW + 14 * 24 * 3_600_000);

    const first = await logInThroughApi(app, user.email);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      ...first,
      payload: { email: user.email, password: PASSWORD },
    });
    const rotated = sessionCookieOf(again).value;
    expect(rotated).not.toBe(first.cookies[SESSION_COOKIE]);
    const old = await app.inject({ method: 'GET', url: '/api/auth/session', cookies: first.cookies });
    expect(old.json().user).toBeNull();
    const fresh = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [SESSION_COOKIE]: rotated },
    });
    expect(fresh.json().user.id).toBe(user.id);
    await app.close();
  });

  it('marks the cookie Secure when the app is built for TLS', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database, { secureCookies: true });
    const user = await createUser(database.db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(sessionCookieOf(res).secure).toBe(true);
    await app.close();
  });

  it('marks the cookie Secure when the public address is https, and not on plain http', async () => {
    const database = await suite.create();
    const user = await createUser(database.db);
    const secureOf = async (env: Record<string, string>) => {
      const { app } = await buildBareApp(database, securityOptionsOf(loadConfig(env)));
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: PASSWORD },
      });
      await app.close();
      return sessionCookieOf(res).secure ?? false;
    };
    expect(await secureOf({ SROK_PUBLIC_URL: 'https://srok.example.ru' })).toBe(true);
    expect(await secureOf({ SROK_PUBLIC_URL: 'http://127.0.0.1:3000' })).toBe(false);
    expect(await secureOf({ SROK_SECURE_COOKIES: '1' })).toBe(true);
  });

  it('believes X-Forwarded-Proto: https for Secure only from a trusted proxy', async () => {
    const database = await suite.create();
    const user = await createUser(database.db);
    const secureOf = async (trustProxy: string[] | false) => {
      const { app } = await buildBareApp(database, { trustProxy });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' },
        payload: { email: user.email, password: PASSWORD },
      });
      await app.close();
      return sessionCookieOf(res).secure ?? false;
    };
    expect(await secureOf(['10.0.0.0/8'])).toBe(true);
    expect(await secureOf(['192.0.2.1'])).toBe(false);
    expect(await secureOf(false)).toBe(false);
  });

  it('answers in Russian by default, in English when asked or chosen in the profile (R2)', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const weak = { name: 'Кто-то', email: newEmail(), password: 'короткий' };
    const ru = await app.inject({ method: 'POST', url: '/api/auth/register', payload: weak });
    expect(ru.statusCode).toBe(422);
    expect(ru.json().error).toEqual({
      code: 'auth.weak_password',
      message: expect.stringContaining('не меньше 10'),
    });
    const en = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: weak,
    });
    expect(en.json().error.message).toBe('The password is too short: use at least 10 characters');

    const registered = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'en' },
      payload: { ...weak, password: PASSWORD },
    });
    expect(registered.json().user.lang).toBe('en'); // the language the visitor came with

    const user = await createUser(database.db);
    const browser = await logInThroughApi(app, user.email);
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      ...browser,
      payload: { lang: 'en', name: ' Maria ' },
    });
    expect(patched.json().user).toMatchObject({ lang: 'en', name: 'Maria' });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      ...browser,
      payload: { current: 'не тот пароль', new: 'новый пароль 2026' },
    });
    expect(wrong.json().error).toEqual({
      code: 'auth.wrong_password',
      message: 'The current password is wrong',
    });
    await app.close();
  });

  it('changes the password, keeping this session and the API tokens, ending the other sessions', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    const here = await logInThroughApi(app, user.email);
    const elsewhere = await logInThroughApi(app, user.email);
    const issued = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      ...here,
      payload: { name: 'CI' },
    });
    const bearer = { authorization: `Bearer ${issued.json().token}` };
    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      ...here,
      payload: { current: PASSWORD, new: user.email },
    });
    expect(weak.json().error.code).toBe('auth.password_is_email');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/me/password',
      ...here,
      payload: { current: PASSWORD, new: 'новый пароль 2026' },
    });
    expect(changed.statusCode).toBe(204);
    const sessionOf = async (b: typeof here) =>
      (await app.inject({ method: 'GET', url: '/api/auth/session', cookies: b.cookies })).json().user;
    expect(await sessionOf(here)).not.toBeNull();
    expect(await sessionOf(elsewhere)).toBeNull();
    const integration = await app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
    expect(integration.json().user.id).toBe(user.id); // integrations go on working
    await expect(logInThroughApi(app, user.email)).rejects.toThrow(/401/);
    expect((await logInThroughApi(app, user.email, 'новый пароль 2026')).userId).toBe(user.id);
    await app.close();
  });

  it('sends a new verification link to a signed-in user who lost the first one', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const email = newEmail();
    await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { name: 'Ольга', email, password: PASSWORD },
    });
    const first = await linkTokenFor(database.db, email, 'auth.verify_email');
    const browser = await logInThroughApi(app, email);
    const resent = await app.inject({ method: 'POST', url: '/api/auth/verify/resend', ...browser });
    expect(resent.statusCode).toBe(202);
    const second = await linkTokenFor(database.db, email, 'auth.verify_email');
    expect(second).not.toBe(first);
    const verified = await app.inject({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { token: second },
    });
    expect(verified.json().user.emailVerified).toBe(true);
    const anonymous = await app.inject({ method: 'POST', url: '/api/auth/verify/resend' });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });
});
