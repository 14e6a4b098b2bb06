// POST /api/tickets: an authorized representative files a ticket and gets its number (R4.1, R10, R12).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { fileTicket } from '../../commands/file-ticket.ts';
import { langOf } from '../plugins/errors.ts';
import { newerBuildHint } from '../products/newer-build.ts';
import { type TicketBudgets, writeLimit } from './limits.ts';
import { actionHeaders, fileTicketBody } from './request-schemas.ts';
import { errors, filedSchema } from './response-schemas.ts';
import { presentFiled } from './ticket-presenter.ts';
import { gate, viewerOf } from './viewer.ts';

/** Registers the filing route. */
export async function filingRoute(
  app: FastifyInstance,
  opts: { deps: CommandDeps; budgets?: TicketBudgets },
): Promise<void> {
  const { deps } = opts;
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets',
    {
      config: writeLimit(opts.budgets),
      preParsing: gate('customer'),
      schema: {
        tags: ['Обращения'],
        summary: 'Зарегистрировать обращение',
        description:
          'Только уполномоченный представитель с подтверждённым адресом (иначе 403 ticket.email_not_verified) по действующему договору своей организации (R10, R22); иначе 403 ticket.not_authorized_contact с объяснением, к кому обратиться. С заголовком Idempotency-Key повтор запроса возвращает то же обращение.',
        headers: actionHeaders.omit({ 'if-match': true }),
        body: fileTicketBody,
        response: { 201: filedSchema, ...errors(400, 401, 403, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const key = request.headers['idempotency-key'];
      const filed = await fileTicket(deps, {
        requesterId: viewer.userId,
        ...(request.callerContracts ? { requesterContracts: request.callerContracts } : {}),
        ...request.body,
        ...(key ? { idempotencyKey: key } : {}),
      });
      // R19: after the ticket is safely filed; the hint never blocks filing.
      const hint = await newerBuildHint(deps.db, { ...request.body, ...filed }, langOf(request), (err) =>
        request.log.warn({ err }, 'newer build hint failed'),
      );
      reply.code(201).header('location', `/api/tickets/${filed.number}`);
      return presentFiled(filed, hint);
    },
  );
}
