// Users through the API: roles and organization links, never a password hash.
import { expect, it } from 'vitest';
import { upsertUser } from '../../db/repositories/users.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp, PASSWORD_HASH } from './test-support.ts';

describeDatabases('users', (suite) => {
  it('lists users by role and organization without their password hashes', async () => {
    const t = await openAdminApp(suite);
    const customers = await t.as.admin.request({ method: 'GET', url: '/api/users?role=customer' });
    expect(
      customers
        .json()
        .map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([t.world.customer.userId, t.world.outsider.userId].sort());
    const ours = await t.as.admin.request({
      method: 'GET',
      url: `/api/users?organizationId=${t.world.organizationId}`,
    });
    expect(ours.json()).toEqual([expect.objectContaining({ id: t.world.customer.userId, role: 'customer' })]);
    expect(ours.body).not.toContain(PASSWORD_HASH);
    expect(Object.keys(ours.json()[0]).sort()).toEqual(
      ['createdAt', 'email', 'emailVerifiedAt', 'id', 'lang', 'name', 'organizationId', 'role'].sort(),
    );
  });

  it('links a customer to an organization and unlinks them; staff stay outside customer organizations', async () => {
    const t = await openAdminApp(suite);
    const patch = (id: string, payload: object) =>
      t.as.admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload });
    const linked = await patch(t.world.outsider.userId, { organizationId: t.world.organizationId });
    expect(linked.json()).toMatchObject({ organizationId: t.world.organizationId, role: 'customer' });
    const unlinked = await patch(t.world.outsider.userId, { organizationId: null, name: 'Бывший клиент' });
    expect(unlinked.json()).toMatchObject({ organizationId: null, name: 'Бывший клиент' });
    const staff = await patch(t.world.customer.userId, { role: 'engineer' });
    expect([staff.statusCode, staff.json().error.code]).toEqual([422, 'user.staff_in_organization']);
    const promoted = await patch(t.world.customer.userId, { role: 'engineer', organizationId: null });
    expect(promoted.json()).toMatchObject({ role: 'engineer', organizationId: null });
    const nowhere = await patch(t.world.outsider.userId, { organizationId: t.contractId });
    expect(nowhere.json().error.code).toBe('user.unknown_organization');
    expect(unlinked.body + promoted.body).not.toContain(PASSWORD_HASH);
  });

  it('keeps at least one administrator', async () => {
    const t = await openAdminApp(suite);
    const self = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/users/${t.world.admin.userId}`,
      payload: { role: 'lead' },
    });
    expect([self.statusCode, self.json().error.code]).toEqual([422, 'user.last_admin']);
    const other = await upsertUser(t.world.deps.db, {
      email: 'second-admin@srok.test',
      name: 'Второй',
      role: 'admin',
    });
    const demoted = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/users/${other.id}`,
      payload: { role: 'lead' },
    });
    expect(demoted.json().role).toBe('lead');
  });
});
