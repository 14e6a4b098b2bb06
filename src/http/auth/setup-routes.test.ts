// The setup page of a fresh installation (R20): the first administrator once, then never again;
// and an address is registered only once.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { buildTestApp } from '../test-app.ts';
import { buildBareApp, createUser, NOW, newEmail, PASSWORD, sessionCookieOf } from './test-support.ts';

describeDatabases('setup routes', (suite) => {
  it('creates the first administrator once through setup and logs them in', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needsAdmin: true });
    const email = newEmail();
    const made = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { name: 'Главный администратор', email, password: PASSWORD },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toEqual({
      user: expect.objectContaining({ email, role: 'admin', emailVerified: true }),
      csrfToken: expect.any(String),
    });
    const cookie = sessionCookieOf(made);
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [cookie.name]: cookie.value },
    });
    expect(session.json().user.role).toBe('admin');

    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needsAdmin: false });
    const second = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { name: 'Самозванец', email: newEmail(), password: PASSWORD },
    });
    expect(second.json().error.code).toBe('setup.admin_already_exists');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('setup.admin_already_exists');
    await app.close();
  });

  it('refuses a second registration of the same address with 409', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const user = await createUser(database.db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { name: 'Двойник', email: user.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'auth.email_taken',
      message: expect.stringContaining(user.email),
    });
    await app.close();
  });

  it('reports no need for setup once an administrator exists', async () => {
    const database = await suite.create();
    const t = await buildTestApp(database, NOW);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needsAdmin: false });
    await t.close();
  });
});
