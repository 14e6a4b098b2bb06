// /api/health's view of the jobs: lag of the SLA sweep and of notices, measured at the clock's instant.
import { expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { fileTicket } from '../commands/file-ticket.ts';
import { buildWorld } from '../commands/test-world.ts';
import { describeDatabases } from '../db/test-database.ts';
import { msk } from '../domain/tickets/test-support.ts';
import { checkJobs, LAG_LIMIT_MS } from './job-health.ts';

const MONDAY = msk('2026-11-23T10:00');
const queueUp = { getQueues: async () => [] };
const queueDown = {
  getQueues: async () => {
    throw new Error('connection refused');
  },
};

describeDatabases('job health', (suite) => {
  it('ok while nothing is overdue; lagging when a sweep or a notice is late beyond the limit', async () => {
    const { db } = await suite.create();
    const clock = new ManualClock(MONDAY);
    const w = await buildWorld(db, MONDAY);
    const deps = { db, clock };
    await fileTicket(deps, {
      requesterId: w.customer.userId,
      type: 'incident',
      priority: 'high',
      subject: 'Не запускается',
      description: 'Ошибка при запуске',
    });
    // The filing's notices are due now and nobody delivered them yet: pending, not yet late.
    const fresh = await checkJobs(db, clock, queueUp);
    expect(fresh).toMatchObject({ status: 'ok', queue: 'ok', sweepLagSeconds: 0, noticeLagSeconds: 0 });
    expect(fresh.pendingNotices).toBeGreaterThan(0);

    clock.set(MONDAY + 30 * 24 * 3_600_000); // a month on, no sweeper and no mail worker ran
    const late = await checkJobs(db, clock, queueUp);
    expect(late.status).toBe('lagging');
    expect(late.sweepLagSeconds * 1000).toBeGreaterThan(LAG_LIMIT_MS);
    expect(late.noticeLagSeconds).toBe(30 * 24 * 3_600);
  });

  it('down when the job queue cannot be reached or the jobs are stopping', async () => {
    const { db } = await suite.create();
    const clock = new ManualClock(MONDAY);
    expect((await checkJobs(db, clock, queueDown)).status).toBe('down');
    expect((await checkJobs(db, clock, null)).queue).toBe('down');
  });
});
