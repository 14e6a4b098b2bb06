// Per-user request budgets outside the ticket routes (uploads): the same counting as the ticket API
// (see tickets/limits.ts), by user, or by address for anonymous callers, checked before the body is read.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** Registers @fastify/rate-limit for routes of this plugin that set `config.rateLimit`. */
export async function registerPerUserLimits(app: FastifyInstance): Promise<void> {
  if (app.hasDecorator('rateLimit')) return; // an app that already limits keeps its plugin
  await app.register(rateLimit, {
    global: false,
    hook: 'onRequest',
    keyGenerator: (request) => request.user?.id ?? request.ip,
  });
}
