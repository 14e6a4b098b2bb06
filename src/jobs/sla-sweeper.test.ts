// The sweeper job fires at the instant a deadline needs it, not at the next minute.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { fileTicket } from '../commands/file-ticket.ts';
import { ALWAYS_CALENDAR_ID, buildWorld } from '../commands/test-world.ts';
import { ticketEvents } from '../db/schema.ts';
import { describeDatabases } from '../db/test-database.ts';
import { startBoss } from './boss.ts';
import { startSlaSweeper } from './sla-sweeper.ts';

describeDatabases('SLA sweeper job', (suite) => {
  it('runs at the scheduled instant and records the due warning', async () => {
    const database = await suite.create();
    // A 1-minute reaction target round the clock, warning at 1%: due 0.6 s after filing, long
    // before the once-a-minute safety schedule could fire.
    const w = await buildWorld(database.db, systemClock.now(), {
      plan: { calendarId: ALWAYS_CALENDAR_ID, warningPercent: 1 },
      hours: [1 / 60, 1, 1],
    });
    const deps = { db: database.db, clock: systemClock };
    const { id } = await fileTicket(deps, {
      requesterId: w.customer.userId,
      type: 'incident',
      priority: 'high',
      subject: 'Срочно',
      description: 'Тест',
    });
    const boss = await startBoss(database);
    try {
      await startSlaSweeper(boss, deps);
      const deadline = Date.now() + 20_000;
      let actions: string[] = [];
      while (!actions.includes('warned') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        const events = await database.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, id));
        actions = events.map((e) => (e.payload as { action?: string }).action ?? e.type);
      }
      expect(actions).toContain('warned');
      expect(actions).not.toContain('breached');
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 }); // lets a running job finish
    }
  });
});
