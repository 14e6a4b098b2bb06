// GET /api/health: is the process up, can it reach its database, and are its jobs keeping up.
import type { FastifyInstance } from 'fastify';
import type { JobsHealth } from '../../jobs/job-health.ts';

export interface HealthProbe {
  database: () => Promise<boolean>;
  /** The background jobs' state; absent where the process runs no jobs (tests of the bare app). */
  jobs?: () => Promise<JobsHealth>;
}

/** Registers the health route: 503 when the database is down; jobs that lag or fail make it "degraded". */
export async function healthRoutes(app: FastifyInstance, opts: { probe: HealthProbe }): Promise<void> {
  app.get(
    '/api/health',
    { schema: { tags: ['ops'], summary: 'Состояние: база данных и фоновые задачи' } },
    async (_req, reply) => {
      const database = await opts.probe.database().catch(() => false);
      const jobs = database && opts.probe.jobs ? await opts.probe.jobs().catch(() => null) : undefined;
      const jobsOk = jobs === undefined || jobs?.status === 'ok';
      const status = database && jobsOk ? 'ok' : 'degraded';
      return reply.code(database ? 200 : 503).send({
        status,
        database: database ? 'ok' : 'down',
        ...(jobs !== undefined ? { jobs: jobs ?? { status: 'down' } } : {}),
      });
    },
  );
}
