// The language of an error: what Accept-Language asks for, else the user's setting, else Russian.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { buildBareApp, createUser, logInThroughApi } from '../auth/test-support.ts';

describeDatabases('error language', (suite) => {
  it('follows Accept-Language for a signed-in user, and their setting when the header names no language we speak', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const russian = await logInThroughApi(app, (await createUser(database.db, { lang: 'ru' })).email);
    const english = await logInThroughApi(app, (await createUser(database.db, { lang: 'en' })).email);
    const missing = async (browser: typeof russian, header?: string) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/tickets/777777',
          cookies: browser.cookies,
          headers: header === undefined ? {} : { 'accept-language': header },
        })
      ).json().error;

    expect(await missing(russian, 'en')).toEqual({
      code: 'ticket.not_found',
      message: expect.stringMatching(/not found/i),
    });
    expect((await missing(english, 'ru')).message).toMatch(/не найдено/);
    expect((await missing(russian)).message).toMatch(/не найдено/);
    expect((await missing(english)).message).toMatch(/not found/i);
    expect((await missing(russian, 'de-DE,de;q=0.9')).message).toMatch(/не найдено/);
    expect((await missing(english, 'de-DE,de;q=0.9')).message).toMatch(/not found/i);
    await app.close();
  });

  it('weighs the header for anonymous callers', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'ru;q=0.1, en;q=0.9' },
      payload: { email: 'nobody@example.ru', password: 'неверный пароль' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/[a-z]/i);
    expect(res.json().error.message).not.toMatch(/[а-я]/i);
    await app.close();
  });
});
