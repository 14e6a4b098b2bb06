// What the ticket API accepts: one zod schema per input validates it (400 on any fault, unknown
// fields included), types the handler and documents the route in OpenAPI.
import { z } from 'zod';
import {
  CLOCK_NAMES,
  PRIORITIES,
  REQUEST_KINDS,
  SOLUTION_KINDS,
  STATUSES,
  TICKET_TYPES,
} from '../../domain/tickets/types.ts';
import { decodeCursor } from './cursor.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text of at most `max` characters, trimmed and non-empty, that the database stores exactly: NUL and
 * broken UTF-16 are refused here, since PostgreSQL rejects them in text and JSON. HTML is plain text.
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000') && !LONE_SURROGATE.test(s), {
      message: 'request.bad_text',
    });

const TICKET_NUMBER = /^\d{1,15}$/;
const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

export const numberParams = z.strictObject({
  number: z
    .string()
    .regex(TICKET_NUMBER, 'request.bad_ticket_number')
    .transform(Number)
    .describe('Номер обращения'),
});

/** `If-Match: "<version>"` (optional) and `Idempotency-Key` (optional); other headers pass through. */
export const actionHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(/^\s*\*\s*$|^\s*(?:W\/)?"\d{1,9}"\s*$/, 'request.bad_if_match')
    .optional()
    .describe('Версия, которую видел клиент (ETag); устаревшая → 409 ticket.version_conflict'),
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'request.bad_idempotency_key')
    .optional()
    .describe('Повтор запроса с тем же ключом возвращает первый результат и ничего не создаёт дважды'),
});

/** The version an If-Match header names; undefined when absent or `*`. */
export function expectedVersion(header: string | undefined): number | undefined {
  const digits = header === undefined ? undefined : ENTITY_TAG.exec(header)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

export const fileTicketBody = z.strictObject({
  type: z.enum(TICKET_TYPES).describe('request — запрос, incident — инцидент, problem — проблема (R3)'),
  priority: z.enum(PRIORITIES),
  subject: text(300),
  description: text(20_000),
  product: text(200).nullable().optional(),
  build: text(100).nullable().optional(),
});

export const messageBody = z.strictObject({ text: text(20_000) });
export const informationRequestBody = z.strictObject({ kind: z.enum(REQUEST_KINDS), text: text(20_000) });
export const solutionBody = z.strictObject({ kind: z.enum(SOLUTION_KINDS), text: text(20_000) });
export const rejectBody = z.strictObject({ comment: text(20_000) });
/** Actions without input: no body (Fastify gives null), or an empty object. */
export const noBody = z.strictObject({}).nullish();

export const parametersBody = z.strictObject({
  type: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  planId: z.string().min(1).max(64).optional(),
  reason: text(2_000),
});

export const deadlineBody = z.strictObject({
  clock: z.enum(CLOCK_NAMES),
  dueAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .describe('Новый срок (ISO 8601 со смещением) или null — вернуть срок по плану'),
  reason: text(2_000),
});

export const problemLinkBody = z.strictObject({
  problemNumber: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('Номер обращения типа «Проблема» или null — снять связь'),
});

export const mergeBody = z.strictObject({
  into: z.number().int().positive().describe('Номер обращения той же организации, с которым объединить это'),
  comment: text(2_000).optional().describe('Почему обращения объединены; его увидит пользователь'),
});

export const assignBody = z.strictObject({
  assigneeId: z.guid().nullable().describe('Сотрудник поддержки или null — снять назначение'),
});

const statusList = z.preprocess(
  (v) =>
    typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : v,
  z.array(z.enum(STATUSES)).min(1).max(STATUSES.length),
);

export const listQuery = z.strictObject({
  status: statusList
    .optional()
    .describe('Один или несколько статусов: status=new&status=closed или через запятую'),
  type: z.enum(TICKET_TYPES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  assignee: z.union([z.literal('me'), z.literal('none'), z.guid()]).optional(),
  organization: z.guid().optional().describe('Только для поддержки'),
  dispute: z.literal('open').optional(),
  q: text(200)
    .optional()
    .describe(
      'Поиск по теме, описанию и переписке (русский и английский; внутренние заметки — только поддержке) или по номеру',
    ),
  order: z.enum(['due', 'created']).optional().describe('due — по ближайшему сроку; created — новые первыми'),
  cursor: z
    .string()
    .max(200)
    .transform((s, ctx) => {
      const cursor = decodeCursor(s);
      if (cursor) return cursor;
      ctx.addIssue({ code: 'custom', message: 'request.bad_cursor' });
      return z.NEVER;
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type ListQuery = z.infer<typeof listQuery>;
