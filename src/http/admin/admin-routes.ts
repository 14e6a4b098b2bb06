// Administration and reference data: organizations, contracts and contacts, plans, calendars,
// users, portal texts, and the public SLA calculator. Each resource lives in its own file.
import type { FastifyInstance } from 'fastify';
import type { CommandDeps } from '../../commands/deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { auditRoutes } from './audit-routes.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { contactImportRoutes } from './contact-import-routes.ts';
import { contentRoutes } from './content-routes.ts';
import { contractRoutes } from './contract-routes.ts';
import { dueRoutes } from './due-routes.ts';
import { organizationRoutes } from './organization-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { referenceDeleteRoutes } from './reference-delete-routes.ts';
import { userRoutes } from './user-routes.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Registers the routes; CSV and XML uploads are read as UTF-8 text inside this group only. */
export async function adminRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  app.addContentTypeParser(
    ['text/csv', 'application/xml', 'text/xml'],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      try {
        done(null, utf8.decode(body as Buffer));
      } catch {
        done(new DomainError('request.not_utf8'), undefined);
      }
    },
  );
  await app.register(organizationRoutes, opts);
  await app.register(contractRoutes, opts);
  await app.register(contactImportRoutes, opts);
  await app.register(planRoutes, opts);
  await app.register(calendarRoutes, opts);
  await app.register(referenceDeleteRoutes, opts);
  await app.register(dueRoutes, opts);
  await app.register(userRoutes, opts);
  await app.register(contentRoutes, opts);
  await app.register(auditRoutes, opts);
}
