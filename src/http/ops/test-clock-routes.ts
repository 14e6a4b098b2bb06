// PUT /api/test/clock: sets the server's present instant for end-to-end SLA tests, then runs the
// jobs due at that instant (the SLA sweep, then notice delivery) before answering. Only with SROK_TEST_CLOCK=1, never in production.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ManualClock } from '../../clock.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { sweepSla } from '../../commands/sweep-sla.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole } from '../plugins/auth.ts';

/** Registers the test clock routes over a settable clock. */
export async function testClockRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps; clock: ManualClock; deliverDue?: () => Promise<unknown> },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/test/clock', { preHandler: requireRole('admin') }, async () => ({
    now: new Date(opts.clock.now()).toISOString(),
  }));
  r.put(
    '/api/test/clock',
    {
      preHandler: requireRole('admin'),
      schema: { body: z.strictObject({ now: z.string().min(1) }) },
    },
    async (request) => {
      const at = Date.parse(request.body.now);
      if (!Number.isFinite(at)) throw new DomainError('time.bad_instant', { value: request.body.now });
      opts.clock.set(at);
      const swept = await sweepSla(opts.deps, { now: at });
      await opts.deliverDue?.(); // the notices of what the sweep recorded, and any held till now
      return { now: new Date(at).toISOString(), swept };
    },
  );
}
