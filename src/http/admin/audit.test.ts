// R22: every administrative change leaves one audit row, in its own transaction, with the actor
// and the injected clock's instant; GET /api/audit reads the trail newest first.
import type { InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { EXAMPLE_PLANS } from '../../domain/plans/example-plans.ts';
import { type AdminTestApp, createProductBuild, NOW, openAdminApp, send } from './test-support.ts';

interface AuditItem {
  id: number;
  at: string;
  actor: { id: string; name: string | null } | null;
  action: string;
  entity: string;
  entityId: string;
  payload: Record<string, unknown>;
}

async function trail(
  t: AdminTestApp,
  query = '',
): Promise<{ items: AuditItem[]; nextCursor: string | null }> {
  return send(t.as.lead, { method: 'GET', url: `/api/audit${query}` }, 200);
}

const week = { timeZone: 'Europe/Moscow', week: { mon: [['09:00', '17:00']] } };

describeDatabases('audit trail of administration', (suite) => {
  it('records each kind of change once, with the actor, the clock and what changed', async () => {
    const t = await openAdminApp(suite);
    const admin = t.as.admin;
    const org = await send(
      admin,
      { method: 'POST', url: '/api/organizations', payload: { name: 'АО «Вектор»' } },
      201,
    );
    await send(
      admin,
      { method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { name: 'АО «Вектор-М»' } },
      200,
    );
    const contractBody = {
      organizationId: org.id,
      number: 'В-1',
      planId: t.world.planId,
      validFrom: '2026-01-01',
    };
    const contract = await send(admin, { method: 'POST', url: '/api/contracts', payload: contractBody }, 201);
    await send(
      admin,
      { method: 'PATCH', url: `/api/contracts/${contract.id}`, payload: { validTo: '2026-12-31' } },
      200,
    );
    const contactsUrl = `/api/contracts/${contract.id}/contacts`;
    const contact = await send(
      admin,
      { method: 'POST', url: contactsUrl, payload: { name: 'Пётр', email: 'petr@vector.ru' } },
      201,
    );
    const csv = 'name;email\nОльга;olga@vector.ru\nбез адреса;\n';
    await send(
      admin,
      { method: 'POST', url: `${contactsUrl}/import`, headers: { 'content-type': 'text/csv' }, payload: csv },
      200,
    );
    await send(admin, { method: 'DELETE', url: `/api/contacts/${contact.id}` }, 204);
    await send(admin, { method: 'PUT', url: '/api/plans/standard', payload: EXAMPLE_PLANS[0] }, 200);
    await send(
      admin,
      {
        method: 'PUT',
        url: '/api/plans/office',
        payload: { ...EXAMPLE_PLANS[0], id: 'office', name: 'Офис' },
      },
      201,
    );
    await send(
      admin,
      { method: 'PUT', url: '/api/calendars/office', payload: { name: 'Офис', definition: week } },
      201,
    );
    await send(admin, { method: 'PUT', url: '/api/calendars/office', payload: { definition: week } }, 200);
    const xml = '<calendar year="2026"><days><day d="01.01" t="1"/></days></calendar>';
    const xmlRequest = {
      method: 'POST',
      url: '/api/calendars/office/import-xml',
      headers: { 'content-type': 'text/xml' },
    };
    await send(admin, { ...xmlRequest, payload: xml } as InjectOptions, 200);
    await send(
      admin,
      { method: 'PATCH', url: `/api/users/${t.world.engineer.userId}`, payload: { role: 'lead' } },
      200,
    );
    await send(
      admin,
      { method: 'PUT', url: '/api/content/contacts', payload: { lang: 'ru', body: '# Контакты' } },
      200,
    );
    const { product, build } = await createProductBuild(admin);
    await send(admin, { method: 'PATCH', url: `/api/builds/${build.id}`, payload: { notes: 'Первая' } }, 200);
    await send(
      admin,
      { method: 'PUT', url: `/api/builds/${build.id}/tickets`, payload: { numbers: [] } },
      200,
    );
    await send(admin, { method: 'POST', url: `/api/builds/${build.id}/publish` }, 200);

    const { items } = await trail(t, '?limit=200');
    expect(items.map((i) => [i.action, i.entity, i.entityId]).reverse()).toEqual([
      ['organization.created', 'organization', org.id],
      ['organization.renamed', 'organization', org.id],
      ['contract.created', 'contract', contract.id],
      ['contract.updated', 'contract', contract.id],
      ['contact.created', 'contact', contact.id],
      ['contact.imported', 'contract', contract.id],
      ['contact.deleted', 'contact', contact.id],
      ['plan.replaced', 'plan', 'standard'],
      ['plan.created', 'plan', 'office'],
      ['calendar.created', 'calendar', 'office'],
      ['calendar.replaced', 'calendar', 'office'],
      ['calendar.year_imported', 'calendar', 'office'],
      ['user.updated', 'user', t.world.engineer.userId],
      ['content.updated', 'content', 'contacts/ru'],
      ['product.created', 'product', product.id],
      ['build.created', 'build', build.id],
      ['build.updated', 'build', build.id],
      ['build.tickets_set', 'build', build.id],
      ['build.published', 'build', build.id],
    ]);
    for (const item of items) {
      expect(item.actor).toEqual({ id: t.world.admin.userId, name: 'Администратор' });
      expect(item.at).toBe(new Date(NOW).toISOString());
    }
    const payloadOf = (action: string) => items.find((i) => i.action === action)?.payload;
    expect(payloadOf('organization.renamed')).toEqual({
      before: { name: 'АО «Вектор»' },
      after: { name: 'АО «Вектор-М»' },
    });
    expect(payloadOf('contract.updated')).toMatchObject({
      before: { validTo: null },
      after: { validTo: '2026-12-31' },
    });
    expect(payloadOf('contact.imported')).toEqual({
      added: [expect.objectContaining({ email: 'olga@vector.ru' })],
    });
    expect(payloadOf('user.updated')).toMatchObject({
      before: { role: 'engineer' },
      after: { role: 'lead' },
    });
    expect(payloadOf('build.updated')).toEqual({ before: { notes: '' }, after: { notes: 'Первая' } });
  });

  it('writes nothing for a refused change or a dry run', async () => {
    const t = await openAdminApp(suite);
    await send(
      t.as.admin,
      { method: 'POST', url: '/api/organizations', payload: { name: 'АО «Вектор»' } },
      201,
    );
    await send(
      t.as.admin,
      { method: 'POST', url: '/api/organizations', payload: { name: 'ао «вектор»' } },
      409,
    );
    await send(
      t.as.admin,
      { method: 'PATCH', url: `/api/users/${t.world.admin.userId}`, payload: { role: 'lead' } },
      422,
    );
    const csv = { csv: 'name,email\nОльга,olga@romashka.ru' };
    await send(
      t.as.admin,
      { method: 'POST', url: `/api/contracts/${t.contractId}/contacts/import?dryRun=true`, payload: csv },
      200,
    );
    expect((await trail(t)).items.map((i) => i.action)).toEqual(['organization.created']);
  });

  it('filters by entity and id, pages newest first, and is read by leads and admins only', async () => {
    const t = await openAdminApp(suite);
    const ids: string[] = [];
    for (const name of ['А', 'Б', 'В']) {
      ids.push(
        (await send(t.as.admin, { method: 'POST', url: '/api/organizations', payload: { name } }, 201)).id,
      );
    }
    await send(
      t.as.admin,
      { method: 'PATCH', url: `/api/organizations/${ids[0]}`, payload: { name: 'А-2' } },
      200,
    );
    await send(
      t.as.admin,
      { method: 'PUT', url: '/api/content/agreement', payload: { lang: 'en', body: 'SLA' } },
      200,
    );

    const first = await trail(t, '?entity=organization&limit=2');
    expect(first.items.map((i) => i.entityId)).toEqual([ids[0], ids[2]]);
    const second = await trail(t, `?entity=organization&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.entityId)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();
    const one = await trail(t, `?entity=organization&entityId=${ids[0]}`);
    expect(one.items.map((i) => i.action)).toEqual(['organization.renamed', 'organization.created']);

    for (const [client, status] of [
      [t.anonymous, 401],
      [t.as.customer, 403],
      [t.as.engineer, 403],
      [t.as.lead, 200],
      [t.as.admin, 200],
    ] as const) {
      expect((await client.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(status);
    }
    expect((await t.as.admin.request({ method: 'GET', url: '/api/audit?cursor=abc' })).statusCode).toBe(400);
  });

  it('refuses a cursor of digits that names no instant or no exact id with a 400, not a 500', async () => {
    const t = await openAdminApp(suite);
    for (const cursor of [
      '9999999999999999.9999999999999999999', // past the last instant a date can hold
      '8640000000000000.1', // the last instant a date can hold, but past year 9999
      '1767225600000.9999999999999999999', // an id past exact integers (and past bigint)
    ]) {
      const get = (lang: string) =>
        t.as.lead.request({
          method: 'GET',
          url: `/api/audit?cursor=${cursor}`,
          headers: { 'accept-language': lang },
        });
      const ru = await get('ru');
      expect([ru.statusCode, ru.json().error.code], cursor).toEqual([400, 'request.invalid']);
      expect(ru.json().error.message).toBe(
        'Запрос составлен неверно: /cursor: неизвестный курсор: передайте nextCursor предыдущей страницы',
      );
      expect((await get('en')).json().error.message).toMatch(/^The request is invalid: \/cursor: \w/);
    }
    // The oldest and the largest cursors that can be real still page.
    expect((await trail(t, '?cursor=253402300799999.9007199254740991')).items).toEqual([]);
    expect((await trail(t, '?cursor=0.1')).items).toEqual([]);
  });
});
