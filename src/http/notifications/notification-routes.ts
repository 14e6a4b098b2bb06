// The signed-in user's notifications on the portal (R11): the list with the unread count, marking
// read, and which optional notices also come by e-mail (the required ones cannot be switched off).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditAccount } from '../../commands/accounts/audit-account.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import {
  countUnread,
  listNotifications,
  mailChoicesOf,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
  saveMailChoices,
} from '../../db/repositories/notifications.ts';
import { DomainError } from '../../domain/errors.ts';
import { describeKind, isKnownKind, kindsForRole } from '../../domain/notices/kinds.ts';
import { formatMessage, type Lang, type MessageCode } from '../../i18n/index.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';

const TAGS = ['Уведомления'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  ticketNumber: z.number().nullable(),
  ticketNumbers: z
    .array(z.number())
    .describe('Обращения, о которых уведомление: одно или несколько (сборка)'),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const preferencesSchema = z.object({
  items: z.array(
    z.object({ kind: z.string(), title: z.string(), required: z.boolean(), email: z.boolean() }),
  ),
});

/** A portal notice in the reader's language; the title was rendered in both at delivery. */
export function presentNotification(row: NotificationRow, lang: Lang): z.infer<typeof notificationSchema> {
  const payload = row.payload as { title?: Partial<Record<Lang, string>>; tickets?: number[] } | null;
  const titles = payload?.title;
  const tickets = row.ticketNumber !== null ? [row.ticketNumber] : (payload?.tickets ?? []);
  return {
    id: row.id,
    kind: row.kind,
    ticketNumber: row.ticketNumber,
    ticketNumbers: tickets,
    title: titles?.[lang] ?? titles?.ru ?? kindTitle(row.kind, lang),
    link: tickets.length === 1 ? `/tickets/${tickets[0]}` : null,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

function kindTitle(kind: string, lang: Lang): string {
  const code = `notice.${kind}`;
  return isKnownKind(kind) ? formatMessage(lang, code as MessageCode) : kind;
}

/** Registers /api/notifications (list, read, read-all) and /api/notifications/preferences. */
export async function notificationRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;

  r.get(
    '/api/notifications',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Мои уведомления: новые первыми, с числом непрочитанных',
        description: 'Постранично: следующая страница — с before, равным nextBefore предыдущей.',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          before: z.coerce.number().int().positive().optional(),
          unread: z.enum(['true', 'false']).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(notificationSchema),
            unread: z.number(),
            nextBefore: z.number().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { userId } = actorOf(request);
      const { limit, before, unread } = request.query;
      const rows = await listNotifications(db, userId, {
        limit,
        ...(before !== undefined ? { before } : {}),
        unreadOnly: unread === 'true',
      });
      const lang = langOf(request);
      return {
        items: rows.map((row) => presentNotification(row, lang)),
        unread: await countUnread(db, userId),
        nextBefore: rows.length === limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );

  r.post(
    '/api/notifications/:id/read',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Отметить уведомление прочитанным',
        params: idParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => {
      const row = await markNotificationRead(
        db,
        actorOf(request).userId,
        request.params.id,
        new Date(clock.now()),
      );
      if (!row) throw new DomainError('notification.not_found', { value: request.params.id });
      return presentNotification(row, langOf(request));
    },
  );

  r.post(
    '/api/notifications/read-all',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Отметить все уведомления прочитанными',
        response: { 200: z.object({ marked: z.number(), unread: z.number() }) },
      },
    },
    async (request) => {
      const marked = await markAllNotificationsRead(db, actorOf(request).userId, new Date(clock.now()));
      return { marked, unread: 0 };
    },
  );

  r.get(
    '/api/notifications/preferences',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Какие уведомления приходят по почте',
        description:
          'Обязательные по соглашению (регистрация, решение, автоматическое закрытие) отключить нельзя.',
        response: { 200: preferencesSchema },
      },
    },
    async (request) => preferencesOf(db, request.user!.id, request.user!.role, langOf(request)),
  );

  r.put(
    '/api/notifications/preferences',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Включить или отключить письма необязательных уведомлений',
        description:
          'Перечисленные виды меняются, остальные остаются как были. На портале уведомления видны всегда.',
        body: z.strictObject({
          items: z.array(z.strictObject({ kind: z.string().min(1).max(100), email: z.boolean() })).max(100),
        }),
        response: { 200: preferencesSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      const allowed = new Set(kindsForRole(user.role).map((k) => k.kind));
      for (const item of request.body.items) {
        if (!isKnownKind(item.kind)) throw new DomainError('mail.unknown_kind', { value: item.kind });
        if (!allowed.has(item.kind)) throw new DomainError('mail.kind_not_for_role', { value: item.kind });
        if (describeKind(item.kind).required && !item.email) {
          throw new DomainError('mail.preference_required', { value: kindTitle(item.kind, langOf(request)) });
        }
      }
      await withTransaction(db, async (tx) => {
        if (request.body.items.length === 0) return;
        await saveMailChoices(tx, user.id, request.body.items);
        const at = new Date(clock.now());
        await auditAccount(tx, user.id, 'user.mail_preferences_changed', at, { items: request.body.items });
      });
      return preferencesOf(db, user.id, user.role, langOf(request));
    },
  );
}

async function preferencesOf(
  db: CommandDeps['db'],
  userId: string,
  role: Parameters<typeof kindsForRole>[0],
  lang: Lang,
): Promise<z.infer<typeof preferencesSchema>> {
  const choices = await mailChoicesOf(db, userId);
  return {
    items: kindsForRole(role).map((k) => ({
      kind: k.kind,
      title: kindTitle(k.kind, lang),
      required: k.required,
      email: k.required || choices.get(k.kind) !== false,
    })),
  };
}
