// Builds the Fastify application as a plugin tree; server.ts only listens and shuts down.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { ManualClock } from '../clock.ts';
import type { CommandDeps } from '../commands/deps.ts';
import type { Config } from '../config.ts';
import { adminRoutes } from './admin/admin-routes.ts';
import { attachmentRoutes } from './attachments/attachment-routes.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { type HealthProbe, healthRoutes } from './health/health-routes.ts';
import { notificationsPlugin } from './notifications/notifications-plugin.ts';
import { metricsRoutes } from './ops/metrics.ts';
import { testClockRoutes } from './ops/test-clock-routes.ts';
import { authPlugin } from './plugins/auth.ts';
import { clientErrorHandler, errorsPlugin } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { productRoutes } from './products/product-routes.ts';
import { reportRoutes } from './reports/report-routes.ts';
import type { TicketBudgets } from './tickets/limits.ts';
import { ticketRoutes } from './tickets/ticket-routes.ts';
import { webApp } from './web-app.ts';

export interface AppDeps {
  probe: HealthProbe;
  /** The database and the clock every command uses; absent only in tests of the bare shell. */
  commands?: CommandDeps;
  logLevel?: string;
  /** Mark cookies Secure (behind TLS). */
  secureCookies?: boolean;
  /**
   * Fastify's trustProxy: which proxies' X-Forwarded-For/-Proto to believe (client address of the
   * per-address limits, request.protocol). Default off: the headers are ignored.
   */
  trustProxy?: boolean | number | string[];
  /** When set, GET /metrics asks for "Authorization: Bearer <metricsToken>". */
  metricsToken?: string;
  bodyLimit?: number;
  /** With SROK_TEST_CLOCK=1: the settable clock behind PUT /api/test/clock. */
  testClock?: ManualClock;
  /** With the test clock: delivers the notices due at its instant before PUT /api/test/clock answers. */
  deliverDue?: () => Promise<unknown>;
  /** Where attachments are stored, and their size limit. */
  files?: { dir: string; maxBytes: number };
  /** The built web portal (default dist/web). */
  webDir?: string;
  /** Per-user requests a minute on the ticket API and uploads (default 600 reads, 120 writes). */
  ticketBudgets?: TicketBudgets;
}

/** The app's options that come from the configuration: cookies, proxies, metrics. */
export function securityOptionsOf(
  config: Pick<Config, 'SROK_SECURE_COOKIES' | 'SROK_TRUST_PROXY' | 'SROK_METRICS_TOKEN'>,
): Pick<AppDeps, 'secureCookies' | 'trustProxy' | 'metricsToken'> {
  return {
    secureCookies: config.SROK_SECURE_COOKIES,
    trustProxy: config.SROK_TRUST_PROXY,
    ...(config.SROK_METRICS_TOKEN ? { metricsToken: config.SROK_METRICS_TOKEN } : {}),
  };
}

/**
 * Fastify's form of the setting. A hop count trusts the nearest `n` addresses, the connecting one
 * included (as proxy-addr counts): only for a port that nothing but the proxies can reach.
 */
function trustProxyOption(trust: boolean | number | string[]) {
  if (typeof trust !== 'number') return trust;
  return trust > 0 ? (_address: string, hop: number) => hop < trust : false;
}

/** A ready-to-listen app; tests call `app.inject` on it without a port. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel ?? 'info' },
    genReqId: () => crypto.randomUUID(),
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    trustProxy: trustProxyOption(deps.trustProxy ?? false),
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(errorsPlugin);
  await app.register(openapiPlugin);
  await app.register(cookie);
  if (deps.commands) {
    // Sessions, tokens and rate-limit windows count real time under the test clock (sessionClock).
    const realClock = deps.commands.sessionClock ?? deps.commands.clock;
    await app.register(authPlugin, { db: deps.commands.db, clock: realClock });
    await app.register(notificationsPlugin, { deps: deps.commands }); // first: its hook wakes mail after every change
    await app.register(authRoutes, {
      deps: deps.commands,
      secureCookies: deps.secureCookies ?? false,
      limitsClock: realClock,
    });
    await app.register(ticketRoutes, {
      deps: deps.commands,
      ...(deps.ticketBudgets ? { budgets: deps.ticketBudgets } : {}),
    });
    await app.register(adminRoutes, { deps: deps.commands });
    await app.register(reportRoutes, { deps: deps.commands });
    await app.register(metricsRoutes, {
      db: deps.commands.db,
      ...(deps.metricsToken ? { token: deps.metricsToken } : {}),
    });
    const files = deps.files ?? { dir: join(tmpdir(), 'srok-files'), maxBytes: 100 * 1_048_576 };
    // Uploads count against the same per-user write budget as filing and replies.
    const uploads = {
      deps: deps.commands,
      filesDir: files.dir,
      maxBytes: files.maxBytes,
      ...(deps.ticketBudgets ? { budgets: deps.ticketBudgets } : {}),
    };
    await app.register(attachmentRoutes, uploads);
    await app.register(productRoutes, uploads);
    if (deps.testClock)
      await app.register(testClockRoutes, {
        deps: deps.commands,
        clock: deps.testClock,
        ...(deps.deliverDue ? { deliverDue: deps.deliverDue } : {}),
      });
  }
  await app.register(healthRoutes, { probe: deps.probe });
  await app.register(webApp, { ...(deps.webDir ? { dir: deps.webDir } : {}) });
  return app;
}
