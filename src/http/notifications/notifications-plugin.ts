// Notifications in the HTTP app: the routes, and the doorbell that wakes the delivery worker after
// every successful state-changing request, so the notices its transaction wrote leave at once.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { CommandDeps } from '../../commands/deps.ts';
import { signalOutboxWritten } from '../../jobs/delivery-signal.ts';
import { mailboxRoutes } from './mailbox-routes.ts';
import { notificationRoutes } from './notification-routes.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Registers the notification and mailbox routes and an app-wide onResponse hook. Register it before
 * the other route plugins: Fastify gives a route the hooks its context had when it was added.
 */
export const notificationsPlugin = fp(async (app: FastifyInstance, opts: { deps: CommandDeps }) => {
  app.addHook('onResponse', async (request, reply) => {
    if (!SAFE_METHODS.has(request.method) && reply.statusCode < 400) signalOutboxWritten(opts.deps.db);
  });
  await app.register(notificationRoutes, opts);
  await app.register(mailboxRoutes, opts);
});
