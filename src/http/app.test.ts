import { describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';

describe('app', () => {
  it('reports health ok when the database answers', async () => {
    const app = await buildApp({ probe: { database: async () => true }, logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
    await app.close();
  });

  it('reports 503 when the database is down', async () => {
    const app = await buildApp({ probe: { database: async () => false }, logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json().database).toBe('down');
    await app.close();
  });

  it('serves a Russian placeholder page', async () => {
    const app = await buildApp({ probe: { database: async () => true }, logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('lang="ru"');
    await app.close();
  });
});
