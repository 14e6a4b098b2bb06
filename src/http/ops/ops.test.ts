// Operations routes: Prometheus metrics and the test clock that runs due SLA jobs.
import { isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { outbox } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { buildBareApp, createUser, logInThroughApi, PASSWORD } from '../auth/test-support.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { buildTestApp, deliverNotices } from '../test-app.ts';

describeDatabases('operations routes', (suite) => {
  it('/metrics reports requests and open tickets by status in Prometheus format', async () => {
    const db = await suite.create();
    const t = await buildTestApp(db, msk('2026-11-23T10:00'));
    await fileTicket(t.world.deps, {
      requesterId: t.world.customer.userId,
      type: 'incident',
      priority: 'high',
      subject: 'Сбой',
      description: 'Описание',
    });
    await t.anonymous.request({ method: 'GET', url: '/api/health' });
    const res = await t.anonymous.request({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('srok_tickets_open{status="new"} 1');
    expect(res.body).toMatch(/srok_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1/);
    await t.close();
  });

  it('/metrics asks for the bearer token when one is configured, and stays open without it', async () => {
    const db = await suite.create();
    const token = 'scrape-secret-0123456789';
    const { app } = await buildBareApp(db, { metricsToken: token });
    const scrape = (authorization?: string) =>
      app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    for (const refused of [undefined, 'Bearer wrong-secret', `Bearer ${token}x`, `Basic ${token}`, token]) {
      const res = await scrape(refused);
      expect(res.statusCode, refused).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
      expect(res.json().error.code).toBe('metrics.token_required');
      expect(res.body).not.toContain('srok_');
    }
    const ok = await scrape(`Bearer ${token}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('srok_http_requests_total');
    await app.close();
    const open = await buildBareApp(db);
    expect((await open.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    await open.app.close();
  });

  it('PUT /api/test/clock also delivers the notices due then, before it answers', async () => {
    const db = await suite.create();
    let deliver: () => Promise<unknown> = async () => {};
    const t = await buildTestApp(db, msk('2026-11-02T09:00'), {
      testClock: true,
      deliverDue: () => deliver(),
    });
    deliver = () => deliverNotices(t.world);
    await fileTicket(t.world.deps, {
      requesterId: t.world.customer.userId,
      type: 'incident',
      priority: 'critical',
      subject: 'Не работает',
      description: 'Совсем',
    });
    const res = await t.as.admin.request({
      method: 'PUT',
      url: '/api/test/clock',
      payload: { now: '2026-11-20T12:00:00+03:00' },
    });
    expect(res.statusCode).toBe(200);
    const mail = await t.as.admin.request({ method: 'GET', url: '/api/admin/mailbox' });
    const subjects: string[] = mail.json().items.map((m: { subject: string }) => m.subject);
    expect(subjects.some((s) => s.includes('SR-'))).toBe(true);
    const undelivered = await db.db.select().from(outbox).where(isNull(outbox.deliveredAt));
    expect(undelivered).toEqual([]);
    await t.close();
  });

  it('sessions keep real time under the test clock: moving it weeks ahead or back signs nobody out', async () => {
    const db = await suite.create();
    const t = await buildTestApp(db, msk('2026-11-23T10:00'), { testClock: true });
    const user = await createUser(db.db);
    const browser = await logInThroughApi(t.app, user.email);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    // The cookie lives two weeks from now, not from the test clock's instant.
    const expires = login.cookies.find((c) => c.name === SESSION_COOKIE)?.expires;
    expect(expires!.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const signedIn = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: browser.cookies })).json().user;
    for (const now of ['2026-12-24T10:00:00+03:00', '2025-06-16T10:00:00+03:00']) {
      const moved = await t.as.admin.request({ method: 'PUT', url: '/api/test/clock', payload: { now } });
      expect(moved.statusCode).toBe(200);
      expect((await signedIn())?.id).toBe(user.id);
    }
    await t.close();
  });

  it('PUT /api/test/clock moves the present and runs the auto-close due then (admin only)', async () => {
    const db = await suite.create();
    const t = await buildTestApp(db, msk('2026-11-02T09:00'), { testClock: true });
    const { number } = await fileTicket(t.world.deps, {
      requesterId: t.world.customer.userId,
      type: 'request',
      priority: 'normal',
      subject: 'Вопрос',
      description: 'Как настроить?',
    });
    const { actOnTicket } = await import('../../commands/act-on-ticket.ts');
    await actOnTicket(t.world.deps, {
      ticketNumber: number,
      actor: t.world.engineer,
      command: { type: 'propose', kind: 'solution', text: 'Так' },
    });
    const body = { now: '2026-11-17T09:00:00+03:00' };
    expect(
      (await t.as.customer.request({ method: 'PUT', url: '/api/test/clock', payload: body })).statusCode,
    ).toBe(403);
    const res = await t.as.admin.request({ method: 'PUT', url: '/api/test/clock', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json().swept.events).toBe(2);
    expect(t.world.clock.now()).toBe(msk('2026-11-17T09:00'));
    expect((await getTicketByNumber(db.db, number))?.status).toBe('closed');
    const bad = await t.as.admin.request({
      method: 'PUT',
      url: '/api/test/clock',
      payload: { now: 'вчера' },
    });
    expect(bad.statusCode).toBe(422);
    await t.close();
  });

  it('serves the OpenAPI document and the interactive page', async () => {
    const db = await suite.create();
    const t = await buildTestApp(db, msk('2026-11-23T10:00'));
    const doc = await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
    // Every operation says what it is for and sits under a heading of the interactive page.
    const undocumented = Object.entries(doc.json().paths as Record<string, Record<string, object>>).flatMap(
      ([path, operations]) =>
        Object.entries(operations)
          .filter(([, op]) => !('summary' in op) || !('tags' in op))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
    const page = await t.anonymous.request({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(page.statusCode);
    // The docs share the portal's origin and session cookie: never framed, never sniffed.
    for (const url of ['/api/docs', '/api/docs/static/index.html']) {
      const res = await t.anonymous.request({ method: 'GET', url });
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy'], url).not.toContain('upgrade-insecure-requests');
    }
    await t.close();
  });

  it('unknown routes and 5xx use the error envelope', async () => {
    const db = await suite.create();
    const t = await buildTestApp(db, msk('2026-11-23T10:00'));
    const res = await t.anonymous.request({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'route.not_found', message: 'Address /api/nothing-here not found' },
    });
    await t.close();
  });
});
