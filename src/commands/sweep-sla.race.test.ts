// Several instances sweeping at once (PostgreSQL): each due ticket is closed exactly once.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outbox, ticketEvents } from '../db/schema.ts';
import { describePostgres } from '../db/test-database.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { actOnTicket } from './act-on-ticket.ts';
import { fileTicket } from './file-ticket.ts';
import { sweepSla } from './sweep-sla.ts';
import { buildWorld } from './test-world.ts';

describePostgres('SLA sweep race', (suite) => {
  it('three sweepers racing close 40 due tickets exactly once each', async () => {
    const db = await suite.create();
    const w = await buildWorld(db.db, msk('2026-11-02T09:00'));
    for (let i = 0; i < 40; i++) {
      const { number } = await fileTicket(w.deps, {
        requesterId: w.customer.userId,
        type: 'request',
        priority: 'normal',
        subject: `Вопрос ${i}`,
        description: 'Как настроить отчёт?',
      });
      await actOnTicket(w.deps, {
        ticketNumber: number,
        actor: w.engineer,
        command: { type: 'propose', kind: 'solution', text: 'Так' },
      });
    }
    const now = msk('2026-11-20T09:00'); // past both the reminder and the auto-close
    const results = await Promise.all([1, 2, 3].map(() => sweepSla(w.deps, { now, batch: 7 })));
    expect(results.reduce((n, r) => n + r.tickets, 0)).toBe(40);
    const closed = await db.db.select().from(ticketEvents).where(eq(ticketEvents.type, 'closed'));
    expect(closed).toHaveLength(40);
    expect(new Set(closed.map((e) => e.ticketId)).size).toBe(40);
    const mails = await db.db.select().from(outbox).where(eq(outbox.kind, 'ticket.auto_closed'));
    expect(mails).toHaveLength(40);
  });
});
