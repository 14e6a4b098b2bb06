// Organizations, their contracts and authorized contacts (R10) through the API.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp } from './test-support.ts';

describeDatabases('organizations and contracts', (suite) => {
  it('creates, lists and renames organizations; a second one of the same name is refused', async () => {
    const t = await openAdminApp(suite);
    const created = await t.as.admin.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '  АО «Вектор»  ' },
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ name: 'АО «Вектор»' });
    const list = await t.as.lead.request({ method: 'GET', url: '/api/organizations' });
    expect(list.json().map((o: { id: string }) => o.id)).toContain(org.id);
    const twin = await t.as.admin.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: 'ао «вектор»' },
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.code).toBe('organization.already_exists');
    const renamed = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/organizations/${org.id}`,
      payload: { name: 'АО «Вектор-М»' },
    });
    expect(renamed.json()).toEqual({ ...org, name: 'АО «Вектор-М»' });
  });

  it('reports invalid input with the JSON path of each fault', async () => {
    const t = await openAdminApp(suite);
    const res = await t.as.admin.request({
      method: 'POST',
      url: '/api/contracts',
      payload: { organizationId: 'not-a-uuid', number: '', planId: t.world.planId, validFrom: '2026-13-01' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/organizationId', '/number', '/validFrom']));
    const extra = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/contracts/${t.contractId}`,
      payload: { number: 'Д-новый' },
    });
    expect(extra.statusCode).toBe(400);
  });

  it('makes a contract on an existing organization and plan, with a sane period and a unique number', async () => {
    const t = await openAdminApp(suite);
    const organizationId = t.world.organizationId;
    const post = (payload: object) => t.as.admin.request({ method: 'POST', url: '/api/contracts', payload });
    const terms = { organizationId, number: 'SLA-2026/1', planId: 'standard', validFrom: '2026-01-01' };
    const made = await post(terms);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ ...terms, validTo: null });
    expect((await post(terms)).json().error.code).toBe('contract.already_exists');
    const badPlan = await post({ ...terms, number: 'SLA-2', planId: 'gold' });
    expect([badPlan.statusCode, badPlan.json().error.code]).toEqual([422, 'contract.unknown_plan']);
    const badOrg = await post({ ...terms, number: 'SLA-3', organizationId: t.contractId });
    expect([badOrg.statusCode, badOrg.json().error.code]).toEqual([422, 'contract.unknown_organization']);
    const reversed = await post({ ...terms, number: 'SLA-4', validTo: '2025-12-31' });
    expect([reversed.statusCode, reversed.json().error.code]).toEqual([422, 'contract.bad_period']);

    const id = made.json().id;
    const patched = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/contracts/${id}`,
      payload: { planId: 'extended', validTo: '2026-12-31' },
    });
    expect(patched.json()).toMatchObject({
      id,
      number: 'SLA-2026/1',
      planId: 'extended',
      validTo: '2026-12-31',
    });
    const listed = await t.as.admin.request({
      method: 'GET',
      url: `/api/organizations/${organizationId}/contracts`,
    });
    expect(listed.json().map((c: { number: string }) => c.number)).toContain('SLA-2026/1');
  });

  it('adds and removes authorized contacts; an e-mail is listed once per contract', async () => {
    const t = await openAdminApp(suite);
    const url = `/api/contracts/${t.contractId}/contacts`;
    const added = await t.as.admin.request({
      method: 'POST',
      url,
      payload: { name: 'Пётр Сидоров', email: ' Petr@Romashka.RU ', position: 'Главный инженер' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      email: 'petr@romashka.ru',
      phone: null,
      position: 'Главный инженер',
    });
    const again = await t.as.admin.request({
      method: 'POST',
      url,
      payload: { name: 'П. С.', email: 'PETR@romashka.ru' },
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'contact.already_exists']);
    const bad = await t.as.admin.request({ method: 'POST', url, payload: { name: 'Х', email: 'не адрес' } });
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: '/email' })]);
    const removed = await t.as.admin.request({ method: 'DELETE', url: `/api/contacts/${added.json().id}` });
    expect(removed.statusCode).toBe(204);
    const left = await t.as.admin.request({ method: 'GET', url });
    expect(left.json().map((c: { email: string }) => c.email)).not.toContain('petr@romashka.ru');
  });
});
