// R20, R22: support staff still handling open tickets cannot be made customers; the administrator
// is told how many tickets to hand over first. Closed tickets do not hold the change back.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { getUserById } from '../../db/repositories/users.ts';
import { auditLog } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { setUpTickets, type TicketTestApp } from '../tickets/test-support.ts';

const MONDAY = msk('2026-11-23T10:00');

const patch = (t: TicketTestApp, id: string, payload: object, lang = 'ru') =>
  t.as.admin.request({
    method: 'PATCH',
    url: `/api/users/${id}`,
    payload,
    headers: { 'accept-language': lang },
  });

describeDatabases('changing a support role to customer', (suite) => {
  it('R20, R22: refused with 409 while the user is assignee of open tickets, saying how many; nothing changes', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const engineer = t.world.engineer.userId;
    for (const n of [await t.file(), await t.file()]) await t.act(n, 'engineer', { type: 'take' });
    const toCustomer = { role: 'customer', organizationId: t.other.organizationId };

    const ru = await patch(t, engineer, toCustomer);
    expect([ru.statusCode, ru.json().error.code]).toEqual([409, 'user.has_assigned_tickets']);
    expect(ru.json().error.message).toBe(
      'Сотрудник — исполнитель открытых обращений (их 2): сначала передайте их другим сотрудникам, затем назначьте роль «клиент»',
    );
    const en = await patch(t, engineer, toCustomer, 'en');
    expect(en.json().error.message).toContain('assignee of open tickets (2 of them): reassign them');
    expect(await getUserById(t.database.db, engineer)).toMatchObject({
      role: 'engineer',
      organizationId: null,
    });
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, engineer));
    expect(audited).toEqual([]);

    // Moving between support roles is not held back; a lead with open tickets is refused alike.
    expect((await patch(t, engineer, { role: 'lead' })).json().role).toBe('lead');
    expect((await patch(t, engineer, toCustomer)).statusCode).toBe(409);
  });

  it('goes through once the open tickets are handed over; closed tickets do not count', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const engineer = t.world.engineer.userId;
    const handed = await t.file();
    const closed = await t.file();
    for (const n of [handed, closed]) await t.act(n, 'engineer', { type: 'take' });
    await t.act(closed, 'engineer', { type: 'propose', kind: 'solution', text: 'Исправлено' });
    await t.act(closed, 'customer', { type: 'accept' });
    expect(await getTicketByNumber(t.database.db, closed)).toMatchObject({
      status: 'closed',
      assigneeId: engineer,
    });
    const toCustomer = { role: 'customer', organizationId: t.other.organizationId };

    const refused = await patch(t, engineer, toCustomer);
    expect(refused.json().error.message).toContain('(их 1)');
    await t.act(handed, 'lead', { type: 'assign', assigneeId: t.world.lead.userId });
    const changed = await patch(t, engineer, toCustomer);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'customer', organizationId: t.other.organizationId });
  });
});
