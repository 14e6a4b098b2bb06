// GET /api/health: is the process up and can it reach its database.
import type { FastifyInstance } from 'fastify';

export interface HealthProbe {
  database: () => Promise<boolean>;
}

/** Registers the health route; 503 when a dependency is down. */
export async function healthRoutes(app: FastifyInstance, opts: { probe: HealthProbe }): Promise<void> {
  app.get('/api/health', async (_req, reply) => {
    const database = await opts.probe.database().catch(() => false);
    const status = database ? 'ok' : 'degraded';
    return reply.code(database ? 200 : 503).send({ status, database: database ? 'ok' : 'down' });
  });
}
