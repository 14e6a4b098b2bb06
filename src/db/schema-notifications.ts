// Notices as users see them: the in-portal list, e-mail choices, and the development mailbox.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './schema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per notice a user received on the portal (R11); unread until `read_at`. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The outbox row it came from: one portal notice per row, so a redelivery adds nothing. No
    // foreign key: the outbox is a queue whose delivered rows are deleted after a while (retention),
    // while the notice stays; ids come from a sequence and are never reused.
    outboxId: bigint('outbox_id', { mode: 'number' }),
    kind: text('kind').notNull(),
    ticketNumber: bigint('ticket_number', { mode: 'number' }),
    payload: jsonb('payload').$type<unknown>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_outbox_user_idx').on(t.outboxId, t.userId),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** A user's choice per optional notice kind; no row means the default (send). */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Mail kept in the database (one per outbox row and recipient) when no SMTP server is configured, read at /admin/mailbox. */
export const mailbox = pgTable(
  'mailbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    outboxId: bigint('outbox_id', { mode: 'number' }), // no foreign key, as on notifications
    messageId: text('message_id').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mailbox_outbox_recipient_idx').on(t.outboxId, t.recipient),
    index('mailbox_created_idx').on(t.createdAt),
  ],
);
