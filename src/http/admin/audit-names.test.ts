// R22: the audit trail names what each row is about, so a reader sees «Анна Инженер (eng-…)» or
// a contract's number rather than a bare UUID; a row about a deleted entity keeps its recorded name.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { EXAMPLE_PLANS } from '../../domain/plans/example-plans.ts';
import { createProductBuild, openAdminApp, send } from './test-support.ts';

interface AuditItem {
  action: string;
  entity: string;
  entityId: string;
  entityName: string | null;
}

describeDatabases('audit trail names', (suite) => {
  it('names users, organizations, contracts, contacts, plans, products and builds', async () => {
    const t = await openAdminApp(suite);
    const admin = t.as.admin;
    const org = await send(
      admin,
      { method: 'POST', url: '/api/organizations', payload: { name: 'АО «Вектор»' } },
      201,
    );
    const contract = await send(
      admin,
      {
        method: 'POST',
        url: '/api/contracts',
        payload: { organizationId: org.id, number: 'В-17', planId: t.world.planId, validFrom: '2026-01-01' },
      },
      201,
    );
    const contactsUrl = `/api/contracts/${contract.id}/contacts`;
    const kept = await send(
      admin,
      { method: 'POST', url: contactsUrl, payload: { name: 'Ольга', email: 'olga@vector.ru' } },
      201,
    );
    const removed = await send(
      admin,
      { method: 'POST', url: contactsUrl, payload: { name: 'Пётр', email: 'petr@vector.ru' } },
      201,
    );
    await send(admin, { method: 'DELETE', url: `/api/contacts/${removed.id}` }, 204);
    await send(
      admin,
      { method: 'PATCH', url: `/api/users/${t.world.engineer.userId}`, payload: { role: 'lead' } },
      200,
    );
    await send(admin, { method: 'PUT', url: '/api/plans/standard', payload: EXAMPLE_PLANS[0] }, 200);
    const { product, build } = await createProductBuild(admin);

    const res = await t.as.lead.request({ method: 'GET', url: '/api/audit?limit=200' });
    const items: AuditItem[] = res.json().items;
    const nameOf = (action: string, entityId: string) =>
      items.find((i) => i.action === action && i.entityId === entityId)?.entityName;
    expect(nameOf('organization.created', org.id)).toBe('АО «Вектор»');
    expect(nameOf('contract.created', contract.id)).toBe('В-17');
    expect(nameOf('contact.created', kept.id)).toBe('Ольга (olga@vector.ru)');
    expect(nameOf('contact.deleted', removed.id)).toBe('Пётр (petr@vector.ru)');
    expect(nameOf('user.updated', t.world.engineer.userId)).toMatch(/^Анна Инженер \(eng-.+@srok\.test\)$/);
    expect(nameOf('plan.replaced', 'standard')).toBe(EXAMPLE_PLANS[0]?.name);
    expect(nameOf('product.created', product.id)).toBe('Срок-Сервер');
    expect(nameOf('build.created', build.id)).toBe('Срок-Сервер 1.0');
  });

  it('leaves the name empty where the id says it all', async () => {
    const t = await openAdminApp(suite);
    await send(
      t.as.admin,
      { method: 'PUT', url: '/api/content/contacts', payload: { lang: 'ru', body: '# Контакты' } },
      200,
    );
    const res = await t.as.lead.request({ method: 'GET', url: '/api/audit' });
    expect(res.json().items).toEqual([
      expect.objectContaining({ entity: 'content', entityId: 'contacts/ru', entityName: null }),
    ]);
  });
});
