// The ticket API under /api/tickets: reading (list, page, history), filing, and the actions on a
// ticket. Each route runs rate limit → role gate → validation → command → presenter.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { CommandDeps } from '../../commands/deps.ts';
import { actionRoutes } from './action-routes.ts';
import { filingRoute } from './filing-route.ts';
import type { TicketBudgets } from './limits.ts';
import { readRoutes } from './read-routes.ts';
import { replyRoute } from './reply-route.ts';

/** Registers the routes. */
export async function ticketRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps; budgets?: TicketBudgets },
): Promise<void> {
  // Budgets are per route (see limits.ts); an app that already limits globally keeps its plugin.
  if (!app.hasDecorator('rateLimit')) {
    await app.register(rateLimit, {
      global: false,
      hook: 'onRequest',
      keyGenerator: (request) => request.user?.id ?? request.ip,
    });
  }
  await app.register(readRoutes, opts);
  await app.register(filingRoute, opts);
  await app.register(replyRoute, opts);
  await app.register(actionRoutes, opts);
}
