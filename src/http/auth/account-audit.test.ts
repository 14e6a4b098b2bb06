// R22: account events leave audit rows in their own transaction, with the user as the actor, and
// the trail never holds a password, a token or a hash of either.
import { expect, it } from 'vitest';
import { getUserByEmail } from '../../db/repositories/users.ts';
import { apiTokens, emailTokens } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { buildTestApp } from '../test-app.ts';
import { buildBareApp, linkTokenFor, logInThroughApi, NOW, newEmail, PASSWORD } from './test-support.ts';

const NEW_PASSWORD = 'новый пароль 2026';
const RESET_PASSWORD = 'пароль после сброса';

describeDatabases('audit trail of account events', (suite) => {
  it('records registration, verification, profile, mail choices, tokens, password change and reset', async () => {
    const database = await suite.create();
    const t = await buildTestApp(database, NOW);
    const app = t.app;
    const email = newEmail();
    const registered = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { name: 'Ольга', email, password: PASSWORD },
    });
    expect(registered.statusCode).toBe(201);
    const userId: string = registered.json().user.id;
    const verifyToken = await linkTokenFor(database.db, email, 'auth.verify_email');
    await app.inject({ method: 'POST', url: '/api/auth/verify', payload: { token: verifyToken } });
    const browser = await logInThroughApi(app, email);
    const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
      const res = await app.inject({ method, url, ...browser, ...(payload ? { payload } : {}) });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.body ? res.json() : null;
    };
    await send('PATCH', '/api/auth/me', { name: 'Ольга Петрова', lang: 'ru' }); // only the name changes
    await send('PATCH', '/api/auth/me', { lang: 'ru' }); // nothing changes: no row
    await send('PUT', '/api/notifications/preferences', {
      items: [{ kind: 'ticket.replied', email: false }],
    });
    const issued = await send('POST', '/api/auth/tokens', { name: 'CI' });
    await send('DELETE', `/api/auth/tokens/${issued.id}`);
    const kept = await send('POST', '/api/auth/tokens', { name: 'Мониторинг' });
    await send('POST', '/api/auth/me/password', { current: PASSWORD, new: NEW_PASSWORD });
    await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
    const resetToken = await linkTokenFor(database.db, email, 'auth.password_reset');
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: resetToken, password: RESET_PASSWORD },
    });
    expect(reset.statusCode).toBe(204);

    const res = await t.as.admin.request({ method: 'GET', url: `/api/audit?entity=user&entityId=${userId}` });
    expect(res.statusCode).toBe(200);
    const items: Array<{ action: string; actor: { id: string } | null; at: string; payload: unknown }> =
      res.json().items;
    expect(items.map((i) => i.action).reverse()).toEqual([
      'user.registered',
      'user.email_verified',
      'user.profile_updated',
      'user.mail_preferences_changed',
      'user.api_token_issued',
      'user.api_token_revoked',
      'user.api_token_issued',
      'user.password_changed',
      'user.password_reset',
    ]);
    for (const item of items) {
      expect(item.actor?.id, item.action).toBe(userId);
      expect(item.at, item.action).toBe(new Date(NOW).toISOString());
    }
    const payloadOf = (action: string) => items.filter((i) => i.action === action).map((i) => i.payload);
    expect(payloadOf('user.registered')).toEqual([{ email, lang: 'ru' }]);
    expect(payloadOf('user.profile_updated')).toEqual([
      { before: { name: 'Ольга' }, after: { name: 'Ольга Петрова' } },
    ]);
    expect(payloadOf('user.mail_preferences_changed')).toEqual([
      { items: [{ kind: 'ticket.replied', email: false }] },
    ]);
    expect(payloadOf('user.api_token_issued')).toEqual([
      { tokenId: kept.id, name: 'Мониторинг' },
      { tokenId: issued.id, name: 'CI' },
    ]);
    expect(payloadOf('user.api_token_revoked')).toEqual([{ tokenId: issued.id }]);
    expect(payloadOf('user.password_reset')).toEqual([{ apiTokensRevoked: 1 }]);

    const secrets = [
      PASSWORD,
      NEW_PASSWORD,
      RESET_PASSWORD,
      issued.token,
      kept.token,
      verifyToken,
      resetToken,
    ];
    const hashes = [
      ...(await database.db.select({ hash: apiTokens.tokenHash }).from(apiTokens)),
      ...(await database.db.select({ hash: emailTokens.tokenHash }).from(emailTokens)),
    ].map((r) => r.hash);
    const user = await getUserByEmail(database.db, email);
    for (const secret of [...secrets, ...hashes, user!.passwordHash]) expect(res.body).not.toContain(secret);
    expect(res.body).not.toMatch(/argon2|srok_/);
    await t.close();
  });

  it('records the administrator created at setup', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const email = newEmail();
    const made = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { name: 'Админ', email, password: PASSWORD },
    });
    expect(made.statusCode).toBe(201);
    const admin = await logInThroughApi(app, email);
    const res = await app.inject({ method: 'GET', url: '/api/audit?entity=user', cookies: admin.cookies });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        action: 'user.registered',
        entityId: admin.userId,
        actor: expect.objectContaining({ id: admin.userId }),
        payload: { email, role: 'admin' },
      }),
    ]);
    await app.close();
  });
});
