// Bad input to the account API is refused with 400 before any rule runs, and the OpenAPI
// document describes the routes without internal fields.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { buildBareApp, newEmail, PASSWORD, signedInUser } from './test-support.ts';

describeDatabases('account input', (suite) => {
  const cases: [string, string, unknown][] = [
    ['a missing field', '/api/auth/register', { name: 'Без пароля', email: 'x@example.ru' }],
    [
      'an unknown field',
      '/api/auth/register',
      { name: 'Лишнее', email: 'x@example.ru', password: PASSWORD, role: 'admin' },
    ],
    ['a wrong type', '/api/auth/login', { email: 'x@example.ru', password: 1234567890 }],
    [
      'a malformed e-mail',
      '/api/auth/register',
      { name: 'Кто', email: 'not-an-address', password: PASSWORD },
    ],
    [
      'an unknown language',
      '/api/auth/register',
      { name: 'Кто', email: 'x@example.ru', password: PASSWORD, lang: 'de' },
    ],
    ['an empty token', '/api/auth/verify', { token: '' }],
    ['a body that is not an object', '/api/setup', ['admin']],
  ];

  it('refuses a missing field, an unknown field, a wrong type or format with 400 request.invalid', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    for (const [what, url, payload] of cases) {
      const res = await app.inject({ method: 'POST', url, payload: payload as object });
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.code, what).toBe('request.invalid');
      expect(res.json().error.message, what).toMatch(/^Запрос составлен неверно/);
    }
    await app.close();
  });

  it('refuses a name with a line break or another control character, at registration and in the profile', async () => {
    const database = await suite.create();
    const { app, browser } = await signedInUser(database);
    for (const name of [
      'Иван\r\nBcc: all@example.ru',
      'Иван\nПетров',
      'Иван\u0000',
      'Ив\tан',
      'Иван\u001b[31m',
    ]) {
      const registered = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: { name, email: newEmail(), password: PASSWORD },
      });
      expect(registered.statusCode, JSON.stringify(name)).toBe(400);
      expect(registered.json().error.code).toBe('request.invalid');
      expect(registered.json().error.message).toContain('no control characters');
      const renamed = await app.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        ...browser,
        payload: { name },
      });
      expect(renamed.statusCode, JSON.stringify(name)).toBe(400);
    }
    const fine = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      ...browser,
      payload: { name: '  Мария Иванова-Петрова  ' },
    });
    expect(fine.json().user.name).toBe('Мария Иванова-Петрова');
    await app.close();
  });

  it('refuses malformed JSON with 400 request.bad_json, in English when asked', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"email": "x@example.ru", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'request.bad_json',
      message: 'The request body is not valid JSON',
    });
    await app.close();
  });

  it('refuses a malformed token id and an unknown profile field', async () => {
    const database = await suite.create();
    const { app, browser } = await signedInUser(database);
    const badId = await app.inject({ method: 'DELETE', url: '/api/auth/tokens/42', ...browser });
    expect(badId.statusCode).toBe(400);
    const escalate = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      ...browser,
      payload: { role: 'admin' },
    });
    expect(escalate.statusCode).toBe(400);
    expect(escalate.json().error.code).toBe('request.invalid');
    const anonymous = await app.inject({ method: 'PATCH', url: '/api/auth/me', payload: { lang: 'en' } });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });

  it('documents every account route in the OpenAPI document, with no hash among the fields', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/auth/register',
      '/api/auth/verify',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/session',
      '/api/auth/password-reset',
      '/api/auth/password-reset/confirm',
      '/api/auth/me',
      '/api/auth/me/password',
      '/api/auth/tokens',
      '/api/auth/tokens/{id}',
      '/api/setup',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['200', '4XX']));
    expect(JSON.stringify(doc.paths)).not.toMatch(/passwordHash|tokenHash/);
    await app.close();
  });

  it('never sends the password back, whatever the route', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const email = newEmail();
    const made = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { name: 'Админ', email, password: PASSWORD },
    });
    expect(made.body).not.toContain(PASSWORD);
    expect(Object.keys(made.json().user).sort()).toEqual(
      ['email', 'emailVerified', 'id', 'lang', 'name', 'organizationId', 'role'].sort(),
    );
    await app.close();
  });
});
