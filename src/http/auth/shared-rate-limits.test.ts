// The account routes' rate limits are counted in the database: instances sharing it share them,
// each route keeps its own count per address, and windows follow the injected clock.
import { expect, it } from 'vitest';
import { hitRateLimit, readRateLimit } from '../../db/repositories/rate-limits.ts';
import { rateLimits } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { buildTestApp } from '../test-app.ts';
import { buildBareApp, createUser, NOW, newEmail, PASSWORD } from './test-support.ts';

describeDatabases('shared rate limits', (suite) => {
  it('count every hit of concurrent callers once, and start a new window when the last one is over', async () => {
    const database = await suite.create();
    const db = database.db;
    const at = new Date(NOW);
    const hits = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(db, 'k', at, 60_000)));
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await readRateLimit(db, 'k')).toEqual({ hits: 20, windowStart: at });
    const later = new Date(NOW + 59_999);
    expect(await hitRateLimit(db, 'k', later, 60_000)).toEqual({ hits: 21, windowStart: at });
    const next = new Date(NOW + 60_000);
    expect(await hitRateLimit(db, 'k', next, 60_000)).toEqual({ hits: 1, windowStart: next });
  });

  it('lock an account after five failed logins spread over two instances of the portal', async () => {
    const database = await suite.create();
    const a = await buildBareApp(database);
    const b = await buildBareApp(database);
    try {
      const user = await createUser(database.db);
      const login = (app: typeof a.app, password: string, n: number) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `198.51.100.${n}`,
          payload: { email: user.email, password },
        });
      for (let n = 1; n <= 3; n++) expect((await login(a.app, 'не тот пароль', n)).statusCode).toBe(401);
      for (let n = 4; n <= 5; n++) expect((await login(b.app, 'не тот пароль', n)).statusCode).toBe(401);
      const locked = await login(a.app, PASSWORD, 6);
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('auth.rate_limited');
      expect((await login(b.app, PASSWORD, 7)).statusCode).toBe(429);
      // Fifteen minutes on (the instances' one clock), the right password gets in again.
      a.clock.advance(15 * 60_000);
      expect((await login(a.app, PASSWORD, 8)).statusCode).toBe(200);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });

  it('count each route apart for one address, and one route across instances', async () => {
    const database = await suite.create();
    const a = await buildBareApp(database);
    const b = await buildBareApp(database);
    try {
      const address = '203.0.113.50';
      const login = (app: typeof a.app) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          payload: { email: newEmail(), password: 'не тот пароль' },
        });
      for (let i = 0; i < 5; i++) expect((await login(a.app)).statusCode).toBe(401);
      for (let i = 0; i < 5; i++) expect((await login(b.app)).statusCode).toBe(401);
      expect((await login(a.app)).statusCode).toBe(429);
      // Registration from the same address has its own ten calls.
      const register = await b.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        remoteAddress: address,
        payload: { name: 'Иван', email: newEmail(), password: 'короткий' },
      });
      expect(register.statusCode).toBe(422);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });

  it('count real time under the test clock, which stands still between settings', async () => {
    const database = await suite.create();
    const t = await buildTestApp(database, NOW, { testClock: true });
    try {
      const login = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '203.0.113.77',
          payload: { email: newEmail(), password: 'не тот пароль' },
        });
      for (let i = 0; i < 10; i++) expect((await login()).statusCode).toBe(401);
      expect((await login()).statusCode).toBe(429);
      // Moving the test clock a day on neither ends the window nor starts a new one.
      const moved = await t.as.admin.request({
        method: 'PUT',
        url: '/api/test/clock',
        payload: { now: new Date(NOW + 86_400_000).toISOString() },
      });
      expect(moved.statusCode).toBe(200);
      expect((await login()).statusCode).toBe(429);
      const [window] = await database.db.select().from(rateLimits);
      expect(Math.abs(window!.windowStart.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await t.close();
    }
  });
});
