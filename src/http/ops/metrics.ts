// GET /metrics in Prometheus format: requests and latency, open tickets by status, SLA breaches.
// Open by default (scrapers rely on it); with a token configured, only a scraper sending it reads.

import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type Db, queryRows } from '../../db/database.ts';
import { formatMessage } from '../../i18n/index.ts';
import { langOf, sendError } from '../plugins/errors.ts';

interface MetricsOptions {
  db: Db;
  /** When set, a scrape must send "Authorization: Bearer <token>". */
  token?: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the Authorization header carries the token; compared in constant time. */
function carriesToken(authorization: string | undefined, token: string): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(sent), digest(token)); // equal lengths whatever was sent
}

/** Registers the metrics hooks (for every route) and the route; ticket gauges are read on scrape. */
export const metricsRoutes = fp(async (app: FastifyInstance, opts: MetricsOptions): Promise<void> => {
  const registry = new Registry();
  const requests = new Counter({
    name: 'srok_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'srok_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'srok_tickets_open',
    help: 'Tickets by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await queryRows<{ status: string; n: number }>(
        opts.db,
        sql`select status, count(*)::int as n from tickets group by status`,
      );
      this.reset();
      for (const r of rows) this.set({ status: r.status }, Number(r.n));
    },
  });
  new Gauge({
    name: 'srok_sla_breaches_total',
    help: 'SLA clock breaches recorded, by clock',
    labelNames: ['clock'],
    registers: [registry],
    async collect() {
      const rows = await queryRows<{ clock: string; n: number }>(
        opts.db,
        sql`select payload->>'clock' as clock, count(*)::int as n from ticket_events
            where type = 'clock' and payload->>'action' = 'breached' group by 1`,
      );
      this.reset();
      for (const r of rows) this.set({ clock: r.clock }, Number(r.n));
    },
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  const route = { schema: { hide: true }, config: { ownAuthorization: true } };
  app.get('/metrics', route, async (request, reply) => {
    if (opts.token && !carriesToken(request.headers.authorization, opts.token)) {
      const message = formatMessage(langOf(request), 'metrics.token_required');
      return sendError(reply.header('www-authenticate', 'Bearer'), 401, 'metrics.token_required', message);
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
});
