// Products and builds through the API (R13, R19): who may do what, drafts hidden from customers,
// publishing once, and the notices publishing queues for exactly the requesters of resolved tickets.
import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import { outbox } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { deliverNotices, type TestClient } from '../test-app.ts';
import { call, fileIncident, openProductApp, type ProductTestApp, productWithBuild } from './test-support.ts';

type Role = 'anonymous' | 'customer' | 'engineer' | 'lead' | 'admin';
const ROLES: Role[] = ['anonymous', 'customer', 'engineer', 'lead', 'admin'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function routes(productId: string, buildId: string): Array<[InjectOptions, number[]]> {
  return [
    [{ method: 'GET', url: '/api/products' }, [401, 200, 200, 200, 200]],
    [{ method: 'POST', url: '/api/products', payload: { name: 'Срок-Клиент' } }, [401, 403, 403, 403, 201]],
    [{ method: 'GET', url: `/api/products/${productId}/builds` }, [401, 200, 200, 200, 200]],
    [
      {
        method: 'POST',
        url: `/api/products/${productId}/builds`,
        payload: { version: '6.0', releasedOn: '2026-03-01' },
      },
      [401, 403, 403, 201, 409],
    ],
    // A draft is not found for a customer; support reads it.
    [{ method: 'GET', url: `/api/builds/${buildId}` }, [401, 404, 200, 200, 200]],
    [
      { method: 'PATCH', url: `/api/builds/${buildId}`, payload: { notes: 'Исправления' } },
      [401, 403, 403, 200, 200],
    ],
    [
      { method: 'PUT', url: `/api/builds/${buildId}/tickets`, payload: { numbers: [] } },
      [401, 403, 403, 200, 200],
    ],
    [{ method: 'POST', url: `/api/builds/${buildId}/publish` }, [401, 403, 403, 200, 409]],
    [{ method: 'GET', url: `/api/builds/${buildId}` }, [401, 200, 200, 200, 200]],
  ];
}

async function outboxOf(t: ProductTestApp, buildId: string) {
  const rows = await t.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.kind, 'build.published')));
  return rows.filter((r) => (r.payload as { buildId: string }).buildId === buildId);
}

describeDatabases('products and builds', (suite) => {
  it('answers each role as the matrix says: 401, 403, a customer 404 for a draft', async () => {
    const t = await openProductApp(suite);
    const { productId, buildId } = await productWithBuild(t);
    const clients: Record<Role, TestClient> = { anonymous: t.anonymous, ...t.as };
    for (const [request, expected] of routes(productId, buildId)) {
      const got = [];
      for (const role of ROLES) got.push((await clients[role].request(request)).statusCode);
      expect({ route: `${request.method} ${request.url}`, got }).toEqual({
        route: `${request.method} ${request.url}`,
        got: expected,
      });
    }
  });

  it('answers 404 for an unknown product or build, 409 for a duplicate name or version', async () => {
    const t = await openProductApp(suite);
    const { productId } = await productWithBuild(t);
    for (const request of [
      { method: 'GET', url: `/api/products/${UNKNOWN_ID}/builds` },
      {
        method: 'POST',
        url: `/api/products/${UNKNOWN_ID}/builds`,
        payload: { version: '1', releasedOn: '2026-01-01' },
      },
      { method: 'GET', url: `/api/builds/${UNKNOWN_ID}` },
      { method: 'PATCH', url: `/api/builds/${UNKNOWN_ID}`, payload: { notes: '' } },
      { method: 'PUT', url: `/api/builds/${UNKNOWN_ID}/tickets`, payload: { numbers: [] } },
      { method: 'POST', url: `/api/builds/${UNKNOWN_ID}/publish` },
      { method: 'GET', url: `/api/builds/${UNKNOWN_ID}/files/${UNKNOWN_ID}` },
    ] as InjectOptions[]) {
      const res = await t.as.admin.request(request);
      expect({ url: request.url, status: res.statusCode }).toEqual({ url: request.url, status: 404 });
    }
    const twin = await t.as.admin.request({
      method: 'POST',
      url: '/api/products',
      payload: { name: ' Срок-Сервер ' },
    });
    expect([twin.statusCode, twin.json().error.code]).toEqual([409, 'product.already_exists']);
    const again = await t.as.lead.request({
      method: 'POST',
      url: `/api/products/${productId}/builds`,
      payload: { version: '5.1', releasedOn: '2026-02-02' },
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'build.already_exists']);
    const badDate = await t.as.lead.request({
      method: 'POST',
      url: `/api/products/${productId}/builds`,
      payload: { version: '5.2', releasedOn: '01.02.2026' },
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('publishing tells exactly the requesters of the resolved tickets, each of their own tickets only', async () => {
    const t = await openProductApp(suite);
    const { productId, buildId } = await productWithBuild(t);
    const mine = await fileIncident(t, t.world.customer.userId);
    const mine2 = await fileIncident(t, t.world.customer.userId);
    const theirs = await fileIncident(t, t.stranger.userId);
    await fileIncident(t, t.stranger.userId); // not resolved by the build: no notice for it
    const linked = await call<{ ticketNumbers: number[] }>(
      t.as.lead,
      'PUT',
      `/api/builds/${buildId}/tickets`,
      {
        numbers: [theirs, mine2, mine, mine],
      },
    );
    expect(linked.ticketNumbers).toEqual([mine, mine2, theirs]);
    expect(await outboxOf(t, buildId)).toEqual([]);

    // Before publication the customer sees neither the build nor a list entry for it.
    const draftList = await call<unknown[]>(t.as.customer, 'GET', `/api/products/${productId}/builds`);
    expect(draftList).toEqual([]);

    const published = await call<{ publishedAt: string; notified: number }>(
      t.as.admin,
      'POST',
      `/api/builds/${buildId}/publish`,
      undefined,
      200,
    );
    expect(published).toMatchObject({
      publishedAt: new Date(t.world.clock.now()).toISOString(),
      notified: 2,
    });
    const rows = await outboxOf(t, buildId);
    const byUser = Object.fromEntries(rows.map((r) => [r.recipientUserId, r.payload]));
    expect(byUser).toEqual({
      [t.world.customer.userId]: {
        audience: 'requester',
        product: 'Срок-Сервер',
        version: '5.1',
        buildId,
        ticketNumbers: [mine, mine2],
      },
      [t.stranger.userId]: {
        audience: 'requester',
        product: 'Срок-Сервер',
        version: '5.1',
        buildId,
        ticketNumbers: [theirs],
      },
    });
    expect(rows.every((r) => r.availableAt.getTime() === t.world.clock.now())).toBe(true);

    // The customer now reads the build, with only their organization's ticket numbers (R22).
    const seen = await call<Array<{ id: string; ticketNumbers: number[] }>>(
      t.as.customer,
      'GET',
      `/api/products/${productId}/builds`,
    );
    expect(seen.map((b) => [b.id, b.ticketNumbers])).toEqual([[buildId, [mine, mine2]]]);

    // On the portal, the notice links each of the customer's own tickets (R11, R19).
    await deliverNotices(t.world);
    const notices = await call<{
      items: Array<{ kind: string; ticketNumbers: number[]; link: string | null }>;
    }>(t.as.customer, 'GET', '/api/notifications');
    const buildNotice = notices.items.find((n) => n.kind === 'build.published');
    expect(buildNotice).toMatchObject({ ticketNumbers: [mine, mine2], link: null });
  });

  it('refuses a second publication and changes customers were already told of; notes may still change', async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const number = await fileIncident(t, t.world.customer.userId);
    await call(t.as.lead, 'PUT', `/api/builds/${buildId}/tickets`, { numbers: [number] });
    await call(t.as.lead, 'POST', `/api/builds/${buildId}/publish`, undefined, 200);
    const twice = await t.as.admin.request({ method: 'POST', url: `/api/builds/${buildId}/publish` });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'build.already_published']);
    expect(twice.json().error.message).toContain('5.1');
    expect((await outboxOf(t, buildId)).length).toBe(1);
    for (const [method, url, payload] of [
      ['PUT', `/api/builds/${buildId}/tickets`, { numbers: [] }],
      ['PATCH', `/api/builds/${buildId}`, { version: '5.1.1' }],
      ['PATCH', `/api/builds/${buildId}`, { releasedOn: '2026-02-03' }],
    ] as const) {
      const res = await t.as.lead.request({ method, url, payload });
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'build.already_published']);
    }
    const noted = await call<{ notes: string }>(t.as.lead, 'PATCH', `/api/builds/${buildId}`, {
      notes: 'Итоговые заметки',
    });
    expect(noted.notes).toBe('Итоговые заметки');
  });

  it('refuses unknown ticket numbers as a whole, naming them', async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const number = await fileIncident(t, t.world.customer.userId);
    const res = await t.as.lead.request({
      method: 'PUT',
      url: `/api/builds/${buildId}/tickets`,
      payload: { numbers: [number, 999_999, 999_998] },
      headers: { 'accept-language': 'en' },
    });
    expect([res.statusCode, res.json().error.code]).toEqual([422, 'build.unknown_tickets']);
    expect(res.json().error.message).toContain('999998, 999999');
    const build = await call<{ ticketNumbers: number[] }>(t.as.lead, 'GET', `/api/builds/${buildId}`);
    expect(build.ticketNumbers).toEqual([]);
  });

  it('lists builds newest release first and documents the routes', async () => {
    const t = await openProductApp(suite);
    const { productId } = await productWithBuild(t);
    await call(t.as.lead, 'POST', `/api/products/${productId}/builds`, {
      version: '5.3',
      releasedOn: '2026-03-01',
    });
    await call(t.as.lead, 'POST', `/api/products/${productId}/builds`, {
      version: '5.2',
      releasedOn: '2026-02-15',
    });
    const list = await call<Array<{ version: string }>>(
      t.as.engineer,
      'GET',
      `/api/products/${productId}/builds`,
    );
    expect(list.map((b) => b.version)).toEqual(['5.3', '5.2', '5.1']);
    const doc = await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(doc.json().paths);
    for (const path of [
      '/api/products/{id}/builds',
      '/api/builds/{id}/tickets',
      '/api/builds/{id}/files/{fileId}',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
