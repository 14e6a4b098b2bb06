// A plan moved to another calendar by an administrator (R15): open tickets keep the working time
// they used under the old calendar and count on under the new one, never re-measured from the start.
import { expect, it } from 'vitest';
import { ALWAYS_CALENDAR_ID } from '../../commands/test-world.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { setUpTickets } from '../tickets/test-support.ts';

type Clock = { name: string; consumedMinutes: number; breached: boolean; status: string };

describeDatabases('a plan moved to another calendar', (suite) => {
  it('keeps the time open tickets used on the old calendar and counts on the new one from the move', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-11-20T16:00')); // Friday 16:00
    const n = await t.file('own'); // reaction 4 working hours on ru-standard
    t.world.clock.set(msk('2026-11-23T10:00')); // Monday: 60 min on Friday + 60 min today
    const reaction = async () => {
      const page = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}` });
      return page.json().sla.clocks.find((c: Clock) => c.name === 'reaction') as Clock;
    };
    expect((await reaction()).consumedMinutes).toBe(120);

    const plan = (await t.as.admin.request({ method: 'GET', url: `/api/plans/${t.world.planId}` })).json();
    const moved = await t.as.admin.request({
      method: 'PUT',
      url: `/api/plans/${t.world.planId}`,
      payload: { ...plan, calendarId: ALWAYS_CALENDAR_ID },
    });
    expect(moved.statusCode).toBe(200);
    // Re-measured from Friday on a round-the-clock calendar it would be 66 hours, and breached.
    expect(await reaction()).toMatchObject({ consumedMinutes: 120, breached: false, status: 'running' });
    t.world.clock.set(msk('2026-11-23T11:30')); // 90 more minutes, now on the new calendar
    expect((await reaction()).consumedMinutes).toBe(210);

    const events = (await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}/events` })).json();
    expect(JSON.stringify(events)).toContain('retargeted');
  });
});
