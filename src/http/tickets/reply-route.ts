// POST /api/tickets/{number}/replies: a customer's answer or support's public reply. A customer's
// message on a closed ticket registers a new ticket linked to it (R17) and answers 201.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { langOf } from '../plugins/errors.ts';
import { type ActionBody, actAndAnswer, sendActionResponse } from './action-routes.ts';
import { runIdempotent } from './idempotent.ts';
import { type TicketBudgets, writeLimit } from './limits.ts';
import { actionHeaders, expectedVersion, messageBody, numberParams } from './request-schemas.ts';
import { errors, followUpSchema, ticketSchema } from './response-schemas.ts';
import { gate, isSupport, viewerOf } from './viewer.ts';

/** Registers the reply route. */
export async function replyRoute(
  app: FastifyInstance,
  opts: { deps: CommandDeps; budgets?: TicketBudgets },
): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets/:number/replies',
    {
      config: writeLimit(opts.budgets),
      preParsing: gate(),
      schema: {
        tags: ['Действия с обращением'],
        summary: 'Ответить в обращении',
        description:
          'Представитель — ответ пользователя (возобновляет срок, R9; ответ на решение начинает новый цикл, R8); поддержка — публичный ответ. Ответ представителя в закрытом обращении регистрирует новое, связанное с ним (R17): 201 { followUp }. Idempotency-Key: повтор возвращает первый ответ.',
        params: numberParams,
        headers: actionHeaders,
        body: messageBody,
        response: {
          200: ticketSchema,
          201: followUpSchema,
          ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { number } = request.params;
      const text = request.body.text;
      const version = expectedVersion(request.headers['if-match']);
      const key = request.headers['idempotency-key'];
      const scope = `${viewer.userId}:reply:${number}`;
      const response = await runIdempotent<ActionBody>(opts.deps, scope, key, request.body, async (deps) => {
        const command = isSupport(viewer)
          ? ({ type: 'reply', text } as const)
          : ({ type: 'customer_reply', text } as const);
        return actAndAnswer(deps, viewer, number, command, version, langOf(request));
      });
      return sendActionResponse(reply, response);
    },
  );
}
