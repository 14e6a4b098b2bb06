// Routes of this resource group; registered by app.ts under the shared plugins.
import type { FastifyInstance } from 'fastify';
import type { CommandDeps } from '../../commands/deps.ts';

/** Registers the routes. */
export async function adminRoutes(_app: FastifyInstance, _opts: { deps: CommandDeps }): Promise<void> {}
