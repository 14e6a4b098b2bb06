// Builds the Fastify application as a plugin tree; server.ts only listens and shuts down.
import Fastify, { type FastifyInstance } from 'fastify';
import { type HealthProbe, healthRoutes } from './health/health-routes.ts';
import { homePage } from './home-page.ts';

export interface AppDeps {
  probe: HealthProbe;
  logLevel?: string;
}

/** A ready-to-listen app; tests call `app.inject` on it without a port. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel ?? 'info' },
    genReqId: () => crypto.randomUUID(),
  });
  await app.register(healthRoutes, { probe: deps.probe });
  await app.register(homePage);
  return app;
}
