// What the admin route files share: id parameters, the change log line, date presentation.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../plugins/auth.ts';

/** `{id}` of a row keyed by UUID; a malformed id is a 400, an unknown one a 404. */
export const uuidParams = z.object({ id: z.uuid() });

/** `{id}` of a calendar or plan: a readable slug such as `ru-standard`. */
export const slugParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'request.bad_slug'),
});

/** A calendar date YYYY-MM-DD. */
export const isoDate = z.iso.date();

/** Tags that group the admin routes in the OpenAPI document. */
export const TAGS = {
  organizations: ['Организации и договоры'],
  plans: ['Планы обслуживания'],
  calendars: ['Календари'],
  users: ['Пользователи'],
  content: ['Страницы портала'],
  audit: ['Журнал изменений'],
} as const;

/** Writes the one log line every admin change leaves (who, what, which row). */
export function logChange(request: FastifyRequest, action: string, target: string): void {
  request.log.info({ actor: actorOf(request).userId, action, target }, 'admin change');
}

/** An instant as ISO-8601 UTC text, or null. */
export function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
