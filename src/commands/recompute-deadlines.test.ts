// A calendar edit moves the open tickets' stored deadlines (the queue order and the sweeper's
// instants), keeps their versions, and leaves closed tickets alone.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { upsertCalendar } from '../db/repositories/calendars.ts';
import { getTicketByNumber } from '../db/repositories/tickets.ts';
import { tickets } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import type { Calendar } from '../domain/calendar/types.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { actOnTicket } from './act-on-ticket.ts';
import { fileTicket } from './file-ticket.ts';
import { recomputeDeadlines } from './recompute-deadlines.ts';
import { buildWorld } from './test-world.ts';

const MONDAY = msk('2026-11-23T10:00');
const weekdays = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
);
const office = (exceptions: Calendar['exceptions'] = []) => ({
  id: 'office',
  name: 'Офис',
  definition: { timeZone: 'Europe/Moscow', week: weekdays, exceptions } as Calendar,
});

describeDatabases('recomputing deadlines after a calendar edit', (suite) => {
  it('a holiday added today moves an open ticket’s reaction deadline to the next working day', async () => {
    const { db } = await suite.create();
    await upsertCalendar(db, { ...office(), updatedAt: new Date(MONDAY - 60_000) });
    const w = await buildWorld(db, MONDAY, { plan: { calendarId: 'office' } });
    const file = (subject: string) =>
      fileTicket(w.deps, {
        requesterId: w.customer.userId,
        type: 'incident',
        priority: 'high',
        subject,
        description: 'Описание',
      });
    const open = await file('Открытое');
    const closed = await file('Закрытое');
    await actOnTicket(w.deps, {
      ticketNumber: closed.number,
      actor: w.customer,
      organizationId: open.organizationId,
      command: { type: 'withdraw' },
    });
    expect(open.reactionDueAt).toBe(new Date(msk('2026-11-23T14:00')).toISOString());
    const before = await getTicketByNumber(db, open.number);

    await upsertCalendar(db, {
      ...office([{ date: '2026-11-23', hours: [], kind: 'holiday', title: 'Внеплановый выходной' }]),
      updatedAt: new Date(MONDAY + 60_000),
    });
    const result = await recomputeDeadlines(w.deps, { calendarId: 'office' });

    expect(result.moved).toBe(1);
    const after = await getTicketByNumber(db, open.number);
    expect(after?.reactionDueAt?.getTime()).toBe(msk('2026-11-24T13:00'));
    expect(after?.nextDueAt?.getTime()).toBe(msk('2026-11-24T13:00'));
    expect(after?.version).toBe(before?.version); // a derived column, not a change anyone must re-read
    const [untouched] = await db.select().from(tickets).where(eq(tickets.number, closed.number));
    expect(untouched?.reactionDueAt).toBeNull();
  });
});
