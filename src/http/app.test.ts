import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reports jobs that lag as degraded, still 200: the process serves requests', async () => {
    const jobs = async () =>
      ({
        status: 'lagging',
        queue: 'ok',
        sweepLagSeconds: 600,
        pendingNotices: 3,
        noticeLagSeconds: 0,
      }) as const;
    const app = await buildApp({ probe: { database: async () => true, jobs }, logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'degraded',
      database: 'ok',
      jobs: { status: 'lagging', sweepLagSeconds: 600 },
    });
    await app.close();
  });

  it('without a built portal, says in Russian how to build it', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'srok-web-'));
    const app = await buildApp({ probe: { database: async () => true }, logLevel: 'silent', webDir });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('lang="ru"');
    expect(res.body).toContain('npm run build');
    await app.close();
  });

  it('serves the built portal: assets as files, every other page path as index.html, API paths as JSON 404', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'srok-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="ru"><div id="root"></div></html>');
    writeFileSync(join(webDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
    const app = await buildApp({ probe: { database: async () => true }, logLevel: 'silent', webDir });
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await app.inject({ method: 'GET', url: '/tickets/1042?tab=sla' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="root"');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const api = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('route.not_found');
    await app.close();
  });

  it('answers 405 with Allow for a wrong method on an existing address, and 404 where nothing is', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'srok-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="ru"><div id="root"></div></html>');
    const app = await buildApp({ probe: { database: async () => true }, logLevel: 'silent', webDir });
    const wrong = await app.inject({ method: 'DELETE', url: '/api/health?x=1' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('GET, HEAD');
    expect(wrong.json().error).toEqual({
      code: 'request.method_not_allowed',
      message: 'Метод DELETE для этого адреса не поддерживается; допустимы: GET, HEAD',
    });
    const english = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().error.message).toBe('Method POST is not allowed here; allowed: GET, HEAD');
    // The portal's catch-all page route makes no address "exist" for other methods.
    for (const url of ['/api/no-such-thing', '/tickets/1042']) {
      const res = await app.inject({ method: 'POST', url });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('route.not_found');
      expect(res.headers.allow).toBeUndefined();
    }
    await app.close();
  });
});
