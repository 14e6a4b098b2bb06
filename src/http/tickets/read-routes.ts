// Reading tickets: the filtered, searched and paged list with counts per status, one ticket's page
// and its history. Customers read only their organization's tickets (R22).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { listEvents } from '../../db/repositories/ticket-events.ts';
import {
  countTicketsByStatus,
  listTickets,
  type TicketFilter,
  userNames,
} from '../../db/repositories/ticket-queries.ts';
import { DomainError } from '../../domain/errors.ts';
import { STATUSES, type TicketStatus } from '../../domain/tickets/types.ts';
import { langOf } from '../plugins/errors.ts';
import { encodeCursor } from './cursor.ts';
import { namedUsers, presentEvent, visibleEvents } from './event-presenter.ts';
import { readLimit, type TicketBudgets } from './limits.ts';
import { type ListQuery, listQuery, numberParams } from './request-schemas.ts';
import { errors, eventsSchema, listSchema, ticketSchema } from './response-schemas.ts';
import { entityTag, presentSummary, presentTicket } from './ticket-presenter.ts';
import { gate, isSupport, loadVisibleTicket, type Viewer, viewerOf } from './viewer.ts';

const TAGS = ['Обращения'];

/** Registers GET /api/tickets, GET /api/tickets/{number} and GET /api/tickets/{number}/events. */
export async function readRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps; budgets?: TicketBudgets },
): Promise<void> {
  const { deps } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/tickets',
    {
      config: readLimit(opts.budgets),
      preParsing: gate(),
      schema: {
        tags: TAGS,
        summary: 'Список обращений с фильтрами, поиском и постраничным выводом',
        description:
          'Поддержка видит все обращения (по умолчанию — по ближайшему сроку), представитель — только своей организации (новые первыми).',
        querystring: listQuery,
        response: { 200: listSchema, ...errors(400, 401, 404, 429) },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const filter = filterOf(request.query, viewer);
      if (!filter) return { items: [], nextCursor: null, counts: zeroCounts() };
      const order = request.query.order ?? (isSupport(viewer) ? 'due' : 'created');
      const after = request.query.cursor;
      if (after && after.order !== order) {
        const issue = {
          path: '/cursor',
          code: 'request.cursor_other_order',
          params: { value: after.order },
        } as const;
        throw new DomainError('request.invalid', {}, [issue]);
      }
      const limit = request.query.limit;
      const [rows, counts] = await Promise.all([
        listTickets(deps.db, filter, { order, limit: limit + 1, ...(after ? { after } : {}) }),
        countTicketsByStatus(deps.db, filter),
      ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor({ order, dueAt: order === 'due' ? last.nextDueAt : null, number: last.number })
          : null;
      const now = deps.clock.now();
      return { items: page.map((row) => presentSummary(row, now)), nextCursor, counts };
    },
  );

  r.get(
    '/api/tickets/:number',
    {
      config: readLimit(opts.budgets),
      preParsing: gate(),
      schema: {
        tags: TAGS,
        summary: 'Обращение: параметры, переписка и сроки с объяснением',
        description: 'Версия обращения — в заголовке ETag; её передают в If-Match при действиях.',
        params: numberParams,
        response: { 200: ticketSchema, ...errors(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const row = await loadVisibleTicket(deps.db, request.params.number, viewer);
      reply.header('etag', entityTag(row.version));
      return presentTicket(deps, row, viewer, langOf(request));
    },
  );

  r.get(
    '/api/tickets/:number/events',
    {
      config: readLimit(opts.budgets),
      preParsing: gate(),
      schema: {
        tags: TAGS,
        summary: 'История обращения (журнал аудита)',
        description:
          'Поддержка видит все события, включая заметки и ход сроков; представитель — открытые ему.',
        params: numberParams,
        response: { 200: eventsSchema, ...errors(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const row = await loadVisibleTicket(deps.db, request.params.number, viewer);
      const events = visibleEvents(await listEvents(deps.db, row.id), viewer);
      const names = await userNames(deps.db, namedUsers(events));
      reply.header('etag', entityTag(row.version));
      return { items: events.map((e) => presentEvent(e, names)) };
    },
  );
}

/** The list filter for the viewer; null when they may see no ticket at all. */
function filterOf(q: ListQuery, viewer: Viewer): TicketFilter | null {
  let organizationId = q.organization;
  if (!isSupport(viewer)) {
    // A customer may name only their own organization: another one is answered exactly like one
    // that does not exist, so a foreign id tells nothing (R22).
    if (organizationId !== undefined && organizationId !== viewer.organizationId) {
      throw new DomainError('organization.not_found', { value: organizationId });
    }
    if (!viewer.organizationId) return null;
    organizationId = viewer.organizationId;
  }
  const assigneeId =
    q.assignee === undefined
      ? undefined
      : q.assignee === 'me'
        ? viewer.userId
        : q.assignee === 'none'
          ? null
          : q.assignee;
  return {
    ...(organizationId !== undefined ? { organizationId } : {}),
    ...(q.status ? { statuses: q.status } : {}),
    ...(q.type ? { type: q.type } : {}),
    ...(q.priority ? { priority: q.priority } : {}),
    ...(assigneeId !== undefined ? { assigneeId } : {}),
    ...(q.dispute === 'open' ? { openDispute: true } : {}),
    ...(q.q ? { q: q.q, searchInternalNotes: isSupport(viewer) } : {}),
  };
}

function zeroCounts(): Record<TicketStatus, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
}
