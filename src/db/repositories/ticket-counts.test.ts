// The list's counts per status: the closed ones come from a table a trigger keeps, so after any mix
// of filings, closings, reopenings and moves between organizations they must equal a plain count.
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import { ALWAYS_CALENDAR_ID, buildWorld, fileIncidents } from '../../commands/test-world.ts';
import { STATUSES, type TicketStatus } from '../../domain/tickets/types.ts';
import { organizations, tickets } from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { countTicketsByStatus } from './ticket-queries.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');

describeDatabases('ticket counts per status', (suite) => {
  it('equal a plain count after any sequence of status and organization changes', async () => {
    const database = await suite.create();
    const db = database.db;
    const w = await buildWorld(db, T0, { plan: { calendarId: ALWAYS_CALENDAR_ID } });
    const [other] = await db.insert(organizations).values({ name: 'ООО «Другая»' }).returning();
    const orgs = [w.organizationId, other!.id];
    const ids = await fileIncidents(w, 4);

    const expected = async (organizationId?: string) => {
      const rows = await db.select({ status: tickets.status, org: tickets.organizationId }).from(tickets);
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
      for (const r of rows) if (organizationId === undefined || r.org === organizationId) counts[r.status]++;
      return counts;
    };
    const check = async () => {
      expect(await countTicketsByStatus(db, {})).toEqual(await expected());
      for (const org of orgs) {
        expect(await countTicketsByStatus(db, { organizationId: org })).toEqual(await expected(org));
        // The filter's own statuses do not narrow the counts.
        expect(await countTicketsByStatus(db, { organizationId: org, statuses: ['closed'] })).toEqual(
          await expected(org),
        );
      }
    };

    const change = fc.record({
      ticket: fc.nat({ max: ids.length - 1 }),
      status: fc.constantFrom(...STATUSES),
      org: fc.option(fc.nat({ max: 1 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
        for (const c of changes) {
          await db
            .update(tickets)
            .set({ status: c.status, ...(c.org === undefined ? {} : { organizationId: orgs[c.org]! }) })
            .where(eq(tickets.id, ids[c.ticket]!));
        }
        await check();
      }),
      { numRuns: 15, seed: 20261125 },
    );
  });

  it('count rows when narrowed by more than the organization, still within it', async () => {
    const database = await suite.create();
    const db = database.db;
    const w = await buildWorld(db, T0, { plan: { calendarId: ALWAYS_CALENDAR_ID } });
    const filed = [];
    for (const priority of ['high', 'normal', 'normal'] as const) {
      filed.push(
        await fileTicket(w.deps, {
          requesterId: w.customer.userId,
          type: 'incident',
          priority,
          subject: 'Ошибка',
          description: 'Текст',
        }),
      );
    }
    await db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, filed[1]!.id));
    const [other] = await db.insert(organizations).values({ name: 'ООО «Другая»' }).returning();

    expect(await countTicketsByStatus(db, { priority: 'normal' })).toMatchObject({ new: 1, closed: 1 });
    expect(
      await countTicketsByStatus(db, { organizationId: w.organizationId, priority: 'high' }),
    ).toMatchObject({
      new: 1,
      closed: 0,
    });
    expect(await countTicketsByStatus(db, { organizationId: other!.id, priority: 'normal' })).toMatchObject({
      new: 0,
      closed: 0,
    });
    expect(await countTicketsByStatus(db, { organizationId: other!.id })).toMatchObject({
      new: 0,
      closed: 0,
    });
  });
});
