// Who may call what: every admin-group route for every role, and an unknown id is a 404.
import type { InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import { upsertContact } from '../../db/repositories/organizations.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { EXAMPLE_PLANS } from '../../domain/plans/example-plans.ts';
import type { TestClient } from '../test-app.ts';
import { type AdminTestApp, openAdminApp, PASSWORD_HASH, UNKNOWN_ID } from './test-support.ts';

type Role = 'anonymous' | 'customer' | 'engineer' | 'lead' | 'admin';
const ROLES: Role[] = ['anonymous', 'customer', 'engineer', 'lead', 'admin'];

// Expected status per role, in ROLES order.
const PUBLIC = [200, 200, 200, 200, 200];
const LEAD_READS = [401, 403, 403, 200, 200];
const admin = (ok: number) => [401, 403, 403, 403, ok];

const calendarWeek = { timeZone: 'Europe/Moscow', week: { mon: [['09:00', '17:00']] } };

/** Every admin route with the status each role gets; `spareContactId` is a contact no user signs in as. */
function routes(t: AdminTestApp, spareContactId: string): Array<[InjectOptions, number[]]> {
  const org = t.world.organizationId;
  const plan = t.world.planId;
  return [
    [{ method: 'GET', url: '/api/organizations' }, [401, 403, 200, 200, 200]], // engineers filter the queue by it
    [{ method: 'GET', url: '/api/staff' }, [401, 403, 200, 200, 200]],
    [{ method: 'POST', url: '/api/organizations', payload: { name: 'АО «Вектор»' } }, admin(201)],
    [{ method: 'GET', url: `/api/organizations/${org}` }, LEAD_READS],
    [{ method: 'PATCH', url: `/api/organizations/${org}`, payload: { name: 'ООО «Ромашка-2»' } }, admin(200)],
    [{ method: 'GET', url: `/api/organizations/${org}/contracts` }, admin(200)],
    [
      {
        method: 'POST',
        url: '/api/contracts',
        payload: { organizationId: org, number: 'Д-77', planId: plan, validFrom: '2026-01-01' },
      },
      admin(201),
    ],
    [{ method: 'GET', url: `/api/contracts/${t.contractId}` }, admin(200)],
    [
      { method: 'PATCH', url: `/api/contracts/${t.contractId}`, payload: { validTo: '2028-12-31' } },
      admin(200),
    ],
    [{ method: 'GET', url: `/api/contracts/${t.contractId}/contacts` }, admin(200)],
    [
      {
        method: 'POST',
        url: `/api/contracts/${t.contractId}/contacts`,
        payload: { name: 'Пётр Сидоров', email: 'petr@romashka.ru' },
      },
      admin(201),
    ],
    [
      {
        method: 'POST',
        url: `/api/contracts/${t.contractId}/contacts/import`,
        headers: { 'content-type': 'text/csv' },
        payload: 'name;email\nОльга;olga@romashka.ru\n',
      },
      admin(200),
    ],
    [{ method: 'DELETE', url: `/api/contacts/${spareContactId}` }, admin(204)],
    [{ method: 'GET', url: '/api/plans' }, PUBLIC],
    [{ method: 'GET', url: `/api/plans/${plan}` }, PUBLIC],
    [{ method: 'PUT', url: '/api/plans/standard', payload: EXAMPLE_PLANS[0] }, admin(200)],
    [{ method: 'GET', url: `/api/plans/standard/due?type=incident&priority=high` }, PUBLIC],
    [{ method: 'GET', url: '/api/calendars' }, PUBLIC],
    [{ method: 'GET', url: '/api/calendars/ru-standard' }, PUBLIC],
    [
      { method: 'PUT', url: '/api/calendars/office', payload: { name: 'Офис', definition: calendarWeek } },
      admin(201),
    ],
    [
      {
        method: 'POST',
        url: '/api/calendars/office/import-xml?year=2026',
        headers: { 'content-type': 'application/xml' },
        payload: '<calendar year="2026"><days><day d="01.01" t="1"/></days></calendar>',
      },
      admin(200),
    ],
    [{ method: 'GET', url: '/api/calendars/ru-standard/years/2026' }, PUBLIC],
    [{ method: 'GET', url: '/api/calendars/ru-standard/due?minutes=60' }, PUBLIC],
    [{ method: 'GET', url: '/api/users' }, admin(200)],
    [
      { method: 'PATCH', url: `/api/users/${t.world.engineer.userId}`, payload: { name: 'Анна Петровна' } },
      admin(200),
    ],
    [{ method: 'GET', url: '/api/content/agreement' }, PUBLIC],
    [
      { method: 'PUT', url: '/api/content/contacts', payload: { lang: 'ru', body: '# Контакты' } },
      admin(200),
    ],
  ];
}

describeDatabases('admin routes: access by role', (suite) => {
  it('answers 401 to the anonymous, 403 to roles without the right, and the admin gets through', async () => {
    const t = await openAdminApp(suite);
    const clients: Record<Role, TestClient> = { anonymous: t.anonymous, ...t.as };
    const seen: string[] = [];
    // Removing the signed-in representative's own contact would sign them out (R22): remove another.
    const spare = await upsertContact(t.world.deps.db, {
      contractId: t.contractId,
      name: 'Запасной контакт',
      email: 'spare@romashka.ru',
    });
    for (const [request, expected] of routes(t, spare.id)) {
      const got = [];
      for (const role of ROLES) {
        const res = await clients[role].request(request);
        got.push(res.statusCode);
        seen.push(res.body);
      }
      expect({ route: `${request.method} ${request.url}`, got }).toEqual({
        route: `${request.method} ${request.url}`,
        got: expected,
      });
    }
    // No response, of any route and role, carries a password hash.
    for (const body of seen) {
      expect(body).not.toContain(PASSWORD_HASH);
      expect(body).not.toMatch(/password/i);
    }
  });

  it('answers 404 for an unknown id, to the roles that may ask', async () => {
    const t = await openAdminApp(suite);
    const notFound: InjectOptions[] = [
      { method: 'GET', url: `/api/organizations/${UNKNOWN_ID}` },
      { method: 'PATCH', url: `/api/organizations/${UNKNOWN_ID}`, payload: { name: 'Нет такой' } },
      { method: 'GET', url: `/api/organizations/${UNKNOWN_ID}/contracts` },
      { method: 'GET', url: `/api/contracts/${UNKNOWN_ID}` },
      { method: 'PATCH', url: `/api/contracts/${UNKNOWN_ID}`, payload: { validTo: null } },
      { method: 'GET', url: `/api/contracts/${UNKNOWN_ID}/contacts` },
      {
        method: 'POST',
        url: `/api/contracts/${UNKNOWN_ID}/contacts`,
        payload: { name: 'А', email: 'a@b.ru' },
      },
      {
        method: 'POST',
        url: `/api/contracts/${UNKNOWN_ID}/contacts/import`,
        payload: { csv: 'name,email\nА,a@b.ru' },
      },
      { method: 'DELETE', url: `/api/contacts/${UNKNOWN_ID}` },
      { method: 'GET', url: '/api/plans/no-such-plan' },
      { method: 'GET', url: '/api/plans/no-such-plan/due?type=incident&priority=low' },
      { method: 'GET', url: '/api/calendars/no-such-calendar' },
      {
        method: 'POST',
        url: '/api/calendars/no-such-calendar/import-xml?year=2026',
        headers: { 'content-type': 'text/xml' },
        payload: '<calendar year="2026"><days/></calendar>',
      },
      { method: 'GET', url: '/api/calendars/no-such-calendar/years/2026' },
      { method: 'GET', url: '/api/calendars/no-such-calendar/due?minutes=1' },
      { method: 'PATCH', url: `/api/users/${UNKNOWN_ID}`, payload: { name: 'Никто' } },
    ];
    for (const request of notFound) {
      const res = await t.as.admin.request(request);
      expect({ route: `${request.method} ${request.url}`, status: res.statusCode }).toEqual({
        route: `${request.method} ${request.url}`,
        status: 404,
      });
      expect(res.json().error.code).toMatch(/not_found|calendar\.unknown/);
    }
    const lead = await t.as.lead.request({ method: 'GET', url: `/api/organizations/${UNKNOWN_ID}` });
    expect(lead.statusCode).toBe(404);
    const missingContent = await t.anonymous.request({ method: 'GET', url: '/api/content/prices' });
    expect(missingContent.statusCode).toBe(400);
  });

  it('documents every admin route in the OpenAPI document', async () => {
    const t = await openAdminApp(suite);
    const res = await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      '/api/organizations/{id}',
      '/api/contracts/{id}/contacts/import',
      '/api/plans/{id}/due',
      '/api/calendars/{id}/import-xml',
      '/api/calendars/{id}/years/{year}',
      '/api/users/{id}',
      '/api/content/{key}',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
