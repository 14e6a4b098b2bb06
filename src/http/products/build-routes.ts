// One build: read it, change it, set the tickets it resolves, publish it (R19). Customers read
// only published builds; a draft is simply not found for them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { linkBuildTickets } from '../../commands/products/link-build-tickets.ts';
import { loadBuild } from '../../commands/products/load-build.ts';
import { publishBuild } from '../../commands/products/publish-build.ts';
import { updateBuild } from '../../commands/products/update-build.ts';
import type { Db } from '../../db/database.ts';
import type { BuildRow } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { errors } from '../tickets/response-schemas.ts';
import {
  buildParams,
  buildPatch,
  buildSchema,
  isSupportRequest,
  presentBuild,
  TAGS,
  ticketsBody,
} from './schemas.ts';

/** Registers GET/PATCH /api/builds/{id}, PUT /api/builds/{id}/tickets, POST /api/builds/{id}/publish. */
export async function buildRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { deps } = opts;
  const { db } = deps;
  const tags = TAGS;
  const staff = requireRole('admin', 'lead');

  r.get(
    '/api/builds/:id',
    {
      onRequest: requireRole(),
      schema: {
        tags,
        summary: 'Сборка: обращения и файлы',
        params: buildParams,
        response: { 200: buildSchema, ...errors(400, 401, 404) },
      },
    },
    async (request) => presentBuild(db, await visibleBuild(db, request, request.params.id), request),
  );

  r.patch(
    '/api/builds/:id',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Изменить номер, дату или описание сборки',
        description: 'После публикации меняется только описание (notes).',
        params: buildParams,
        body: buildPatch,
        response: { 200: buildSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const row = await updateBuild(deps, {
        actorId: actorOf(request).userId,
        buildId: request.params.id,
        patch: request.body,
      });
      return presentBuild(db, row, request);
    },
  );

  r.put(
    '/api/builds/:id/tickets',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Задать обращения, решённые сборкой',
        description:
          'Список заменяется целиком; неизвестный номер отклоняет всё изменение (build.unknown_tickets).',
        params: buildParams,
        body: ticketsBody,
        response: { 200: buildSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actorId = actorOf(request).userId;
      await linkBuildTickets(deps, { actorId, buildId: request.params.id, numbers: request.body.numbers });
      return presentBuild(db, await loadBuild(db, request.params.id), request);
    },
  );

  r.post(
    '/api/builds/:id/publish',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Опубликовать сборку и уведомить клиентов (R19)',
        description:
          'Один раз: повторная публикация — 409 build.already_published. Каждый автор решённого обращения получает уведомление build.published, а история каждого решённого обращения — событие build_published.',
        params: buildParams,
        response: {
          200: buildSchema.extend({
            notified: z.number().int().describe('сколько пользователей уведомлено'),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await publishBuild(deps, {
        actorId: actor.userId,
        actorRole: actor.role,
        buildId: request.params.id,
      });
      return { ...(await presentBuild(db, result.build, request)), notified: result.notified.length };
    },
  );
}

/** The build if the viewer may see it: support any, a customer only a published one. */
export async function visibleBuild(db: Db, request: FastifyRequest, id: string): Promise<BuildRow> {
  const row = await loadBuild(db, id);
  if (!row.publishedAt && !isSupportRequest(request)) throw new DomainError('build.not_found', { value: id });
  return row;
}
