// Actions on a ticket, one POST route each: gate by role → validate → the command (one transaction:
// load in scope, version check, policy, state machine, events) → the updated ticket page, or, for a
// customer's message on a closed ticket, the new ticket it registered (R17). Idempotency-Key makes
// every action safe to retry.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type ActOnTicketInput, actOnTicket } from '../../commands/act-on-ticket.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { getUserById } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import { ticketRef } from '../../domain/tickets/ref.ts';
import type { Lang } from '../../i18n/index.ts';
import { SUPPORT_ROLES, type UserRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import { runIdempotent, type StoredResponse } from './idempotent.ts';
import { type TicketBudgets, writeLimit } from './limits.ts';
import {
  actionHeaders,
  assignBody,
  deadlineBody,
  expectedVersion,
  informationRequestBody,
  mergeBody,
  messageBody,
  noBody,
  numberParams,
  parametersBody,
  problemLinkBody,
  rejectBody,
  solutionBody,
} from './request-schemas.ts';
import { errors, followUpSchema, type TicketView, ticketSchema } from './response-schemas.ts';
import { entityTag, presentFiled, presentTicket } from './ticket-presenter.ts';
import { gate, scopeOf, type Viewer, viewerOf } from './viewer.ts';

export type TicketCommandInput = ActOnTicketInput['command'];

interface ActionDef<B extends z.ZodType> {
  /** Path after /api/tickets/{number}/ */
  path: string;
  roles: UserRole[];
  summary: string;
  /** A customer's message that, on a closed ticket, registers a new linked one (R17): 201 { followUp }. */
  followsUp?: true;
  body: B;
  command: (
    body: z.output<B>,
    viewer: Viewer,
    deps: CommandDeps,
  ) => TicketCommandInput | Promise<TicketCommandInput>;
}

/** Carries out a command on the ticket as the viewer; another organization's ticket is not found. */
export function act(
  deps: CommandDeps,
  viewer: Viewer,
  ticketNumber: number,
  command: TicketCommandInput,
  version: number | undefined,
) {
  if (!scopeOf(viewer)) throw new DomainError('ticket.not_found', { value: ticketRef(ticketNumber) });
  return actOnTicket(deps, {
    ticketNumber,
    actor: { userId: viewer.userId, role: viewer.role },
    organizationId: viewer.organizationId,
    command,
    ...(version !== undefined ? { expectedVersion: version } : {}),
  });
}

/** Registers every action route except replies (see reply-route.ts). */
export async function actionRoutes(
  app: FastifyInstance,
  opts: { deps: CommandDeps; budgets?: TicketBudgets },
): Promise<void> {
  const add = <B extends z.ZodType>(def: ActionDef<B>) => registerAction(app, opts, def);
  const customer: UserRole[] = ['customer'];

  add({
    path: 'notes',
    roles: SUPPORT_ROLES,
    summary: 'Внутренняя заметка: её видит только поддержка',
    body: messageBody,
    command: (b) => ({ type: 'note', text: b.text }),
  });
  add({
    path: 'information-requests',
    roles: SUPPORT_ROLES,
    summary: 'Запросить информацию или действие у пользователя (R13); срок решения на паузе (R9)',
    body: informationRequestBody,
    command: (b) => ({ type: 'request_info', kind: b.kind, text: b.text }),
  });
  add({
    path: 'solutions',
    roles: SUPPORT_ROLES,
    summary: 'Предложить решение, обходное решение или мотивированный отказ (R18)',
    body: solutionBody,
    command: (b) => ({ type: 'propose', kind: b.kind, text: b.text }),
  });
  add({
    path: 'accept',
    roles: customer,
    summary: 'Принять предложенное решение: обращение закрывается',
    body: noBody,
    command: () => ({ type: 'accept' }),
  });
  add({
    path: 'reject',
    roles: customer,
    summary: 'Отклонить решение: начинается новый цикл решения (R8)',
    followsUp: true,
    body: rejectBody,
    command: (b) => ({ type: 'reject', comment: b.comment }),
  });
  add({
    path: 'withdraw',
    roles: customer,
    summary: 'Отозвать обращение',
    body: noBody,
    command: () => ({ type: 'withdraw' }),
  });
  add({
    path: 'parameters',
    roles: SUPPORT_ROLES,
    summary: 'Изменить тип, приоритет или план с указанием причины (R15)',
    body: parametersBody,
    command: (b) => ({
      type: 'change_parameters',
      changes: {
        ...(b.type ? { type: b.type } : {}),
        ...(b.priority ? { priority: b.priority } : {}),
        ...(b.planId ? { planId: b.planId } : {}),
      },
      reason: b.reason,
    }),
  });
  add({
    path: 'deadlines',
    roles: SUPPORT_ROLES,
    summary: 'Установить срок вручную или вернуть срок по плану (R15; руководитель поддержки)',
    body: deadlineBody,
    command: (b) => ({
      type: 'set_deadline',
      clock: b.clock,
      dueAt: b.dueAt === null ? null : Date.parse(b.dueAt),
      reason: b.reason,
    }),
  });
  add({
    path: 'disputes',
    roles: customer,
    summary: 'Оспорить параметры, установленные поддержкой (R15)',
    followsUp: true,
    body: messageBody,
    command: (b) => ({ type: 'dispute', text: b.text }),
  });
  add({
    path: 'disputes/answer',
    roles: SUPPORT_ROLES,
    summary: 'Ответить на спор о параметрах (руководитель поддержки)',
    body: messageBody,
    command: (b) => ({ type: 'answer_dispute', text: b.text }),
  });
  add({
    path: 'related-problem',
    roles: SUPPORT_ROLES,
    summary: 'Связать обращение с проблемой (или снять связь): инцидент — случай подтверждённой ошибки',
    body: problemLinkBody,
    command: async (b, _viewer, deps) => {
      if (b.problemNumber === null) return { type: 'link_problem', problem: null };
      const problem = await getTicketByNumber(deps.db, b.problemNumber, {});
      if (!problem) throw new DomainError('ticket.not_found', { value: ticketRef(b.problemNumber) });
      return {
        type: 'link_problem',
        problem: {
          id: problem.id,
          number: problem.number,
          type: problem.type,
          organizationId: problem.organizationId,
        },
      };
    },
  });
  add({
    path: 'merge',
    roles: SUPPORT_ROLES,
    summary:
      'Объединить обращение-дубликат с другим обращением той же организации: это закрывается, пользователь получает уведомление',
    body: mergeBody,
    command: async (b, _viewer, deps) => {
      // Another organization's ticket is refused as not found by the domain, like a missing one (R22).
      const into = await getTicketByNumber(deps.db, b.into, {});
      if (!into) throw new DomainError('ticket.not_found', { value: ticketRef(b.into) });
      const { id, number, organizationId, status } = into;
      return {
        type: 'merge',
        into: { id, number, organizationId, status },
        ...(b.comment ? { comment: b.comment } : {}),
      };
    },
  });
  add({
    path: 'assign',
    roles: SUPPORT_ROLES,
    summary: 'Назначить исполнителя или снять назначение; инженер может взять обращение себе',
    body: assignBody,
    command: async (b, _viewer, deps) => {
      if (b.assigneeId !== null) await checkAssignee(deps, b.assigneeId);
      return { type: 'assign', assigneeId: b.assigneeId };
    },
  });
}

function registerAction<B extends z.ZodType>(
  app: FastifyInstance,
  { deps, budgets }: { deps: CommandDeps; budgets?: TicketBudgets },
  def: ActionDef<B>,
): void {
  const again = 'Idempotency-Key: повтор запроса возвращает первый ответ и ничего не делает дважды.';
  app.withTypeProvider<ZodTypeProvider>().post(
    `/api/tickets/:number/${def.path}`,
    {
      config: writeLimit(budgets),
      preParsing: gate(...def.roles),
      schema: {
        tags: ['Действия с обращением'],
        summary: def.summary,
        description: def.followsUp
          ? `В закрытом обращении регистрирует новое, связанное с ним (R17): 201 { followUp } и Location. ${again}`
          : again,
        params: numberParams,
        headers: actionHeaders,
        body: def.body,
        response: {
          200: ticketSchema,
          ...(def.followsUp ? { 201: followUpSchema } : {}),
          ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { number } = request.params as { number: number };
      const version = expectedVersion(request.headers['if-match'] as string | undefined);
      const key = request.headers['idempotency-key'] as string | undefined;
      const scope = `${viewer.userId}:${def.path}:${number}`;
      const response = await runIdempotent<ActionBody>(deps, scope, key, request.body, async (tx) => {
        const command = await def.command(request.body as z.output<B>, viewer, tx);
        return actAndAnswer(tx, viewer, number, command, version, langOf(request));
      });
      return sendActionResponse(reply, response);
    },
  );
}

type FollowUp = z.infer<typeof followUpSchema>;
/** What an action answers: the ticket page (200), or the follow-up a closed ticket led to (201). */
export type ActionBody = TicketView | FollowUp;

/** Acts on the ticket and words the answer: the page at its new version, or the follow-up (R17). */
export async function actAndAnswer(
  deps: CommandDeps,
  viewer: Viewer,
  number: number,
  command: TicketCommandInput,
  version: number | undefined,
  lang: Lang,
): Promise<StoredResponse<ActionBody>> {
  const result = await act(deps, viewer, number, command, version);
  if (result.followUp) {
    return { status: 201, body: { followsUp: number, followUp: presentFiled(result.followUp) } };
  }
  const body = await presentTicket(deps, result.ticket, viewer, lang);
  return { status: 200, body, etag: entityTag(result.ticket.version) };
}

/** Sends an action's (possibly replayed) answer: its status, ETag, and Location of a follow-up. */
export function sendActionResponse(reply: FastifyReply, response: StoredResponse<ActionBody>) {
  if (response.etag) reply.header('etag', response.etag);
  if (response.status === 201) {
    const { followUp } = response.body as FollowUp;
    reply.header('location', `/api/tickets/${followUp.number}`);
  }
  return reply.code(response.status === 201 ? 201 : 200).send(response.body);
}

/** Only support staff can be assigned a ticket. */
async function checkAssignee(deps: CommandDeps, id: string): Promise<void> {
  const user = await getUserById(deps.db, id);
  if (!user || !SUPPORT_ROLES.includes(user.role))
    throw new DomainError('ticket.assignee_invalid', { value: id });
}
