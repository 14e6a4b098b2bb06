// Validation errors speak the caller's language to the last detail (R2).
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { buildBareApp, createUser, logInThroughApi } from '../auth/test-support.ts';

const CYRILLIC = /[а-яё]/i;

describeDatabases('validation messages', (suite) => {
  it('words every detail in Russian by default and in English on request', async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const login = (lang?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: lang ? { 'accept-language': lang } : {},
        payload: { email: ['не адрес'], password: 5, extra: true },
      });

    const ru = (await login()).json().error;
    expect(ru.code).toBe('request.invalid');
    expect(ru.details.map((d: { path: string }) => d.path).sort()).toEqual(['/', '/email', '/password']);
    for (const d of ru.details) expect(d.message).toMatch(CYRILLIC);
    expect(ru.message).not.toMatch(/Invalid|expected|Unrecognized/);

    const en = await login('en');
    expect(en.statusCode).toBe(400);
    for (const d of en.json().error.details) expect(d.message).not.toMatch(CYRILLIC);
    expect(en.json().error.message).toMatch(/^The request is invalid: /);
    await app.close();
  });

  it("words a schema's own message code in the caller's language", async () => {
    const database = await suite.create();
    const { app } = await buildBareApp(database);
    const { cookies } = await logInThroughApi(app, (await createUser(database.db)).email);
    const ask = (lang: string) =>
      app.inject({ method: 'GET', url: '/api/tickets/12ab', cookies, headers: { 'accept-language': lang } });
    const ru = (await ask('ru')).json().error;
    expect(ru.details).toEqual([{ path: '/number', message: 'ожидается номер обращения' }]);
    const en = (await ask('en')).json().error;
    expect(en.details).toEqual([{ path: '/number', message: 'expected a ticket number' }]);
    await app.close();
  });
});
