// The one Drizzle schema for PGlite and PostgreSQL: every table, index and check Srok stores.
// Instants are `timestamp with time zone` read as Date; int8 columns are read as number, so
// both drivers hand the code the same JS types.
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Calendar } from '../domain/calendar/types.ts';
import { PRIORITIES, STATUSES, TICKET_TYPES } from '../domain/tickets/types.ts';

export const USER_ROLES = ['customer', 'engineer', 'lead', 'admin'] as const;
export const ACTOR_ROLES = ['customer', 'engineer', 'lead', 'admin', 'system'] as const;
export const LANGS = ['ru', 'en'] as const;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => instant('created_at').notNull().defaultNow();
/** `column IN ('a', 'b')` for a check constraint; the values are code constants, never input. */
const oneOf = (column: SQL | string, values: readonly string[]): SQL =>
  sql`${typeof column === 'string' ? sql.identifier(column) : column} in (${sql.raw(
    values.map((v) => `'${v}'`).join(', '),
  )})`;

/** Human ticket numbers (shown as e.g. SR-1042 by the domain); a sequence never repeats a number. */
export const ticketNumberSeq = pgSequence('ticket_number_seq', { startWith: 1000 });

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const calendars = pgTable('calendars', {
  id: text('id').primaryKey(), // e.g. 'ru-standard'
  name: text('name').notNull(),
  definition: jsonb('definition').$type<Calendar>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const plans = pgTable('plans', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  calendarId: text('calendar_id')
    .notNull()
    .references(() => calendars.id),
  definition: jsonb('definition').$type<unknown>().notNull(), // targets per type and priority (R7)
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    number: text('number').notNull().unique(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }), // null: open-ended
  },
  (t) => [index('contracts_organization_idx').on(t.organizationId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    position: text('position'),
  },
  (t) => [
    index('contacts_email_idx').on(t.email),
    index('contacts_contract_idx').on(t.contractId),
    check('contacts_email_lower', sql`${t.email} = lower(${t.email})`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    lang: text('lang', { enum: LANGS }).notNull().default('ru'),
    passwordHash: text('password_hash'),
    emailVerifiedAt: instant('email_verified_at'),
    organizationId: uuid('organization_id').references(() => organizations.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_role', oneOf('role', USER_ROLES)),
    check('users_lang', oneOf('lang', LANGS)),
  ],
);

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigint('number', { mode: 'number' })
      .notNull()
      .unique()
      .default(sql`nextval('ticket_number_seq')`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    type: text('type', { enum: TICKET_TYPES }).notNull(),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    status: text('status', { enum: STATUSES }).notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    product: text('product'),
    build: text('build'),
    followsUpTicketId: uuid('follows_up_ticket_id'), // R17: the closed ticket this one continues
    relatedProblemId: uuid('related_problem_id'),
    cycle: integer('cycle').notNull().default(1), // solution cycle (R8)
    openDispute: boolean('open_dispute').notNull().default(false),
    version: integer('version').notNull().default(1), // optimistic concurrency
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    closedAt: instant('closed_at'),
    reactionDueAt: instant('reaction_due_at'),
    solutionDueAt: instant('solution_due_at'),
    progressDueAt: instant('progress_due_at'),
    autoCloseAt: instant('auto_close_at'),
    nextDueAt: instant('next_due_at'), // queue order: the nearest deadline
    nextSweepAt: instant('next_sweep_at'), // when the sweeper must act (breach, reminder, auto-close)
    state: jsonb('state').$type<unknown>().notNull(), // snapshot of the derived domain state
    // Full-text search: the russian configuration stems Cyrillic words in Russian and Latin ones in English.
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('russian', coalesce(${tickets.subject}, '') || ' ' || coalesce(${tickets.description}, ''))`,
    ),
  },
  (t) => [
    // Self references are declared here so the table type does not refer to itself.
    foreignKey({ name: 'tickets_follows_up_fk', columns: [t.followsUpTicketId], foreignColumns: [t.id] }),
    foreignKey({ name: 'tickets_related_problem_fk', columns: [t.relatedProblemId], foreignColumns: [t.id] }),
    index('tickets_follows_up_idx').on(t.followsUpTicketId),
    index('tickets_organization_idx').on(t.organizationId, t.number),
    // The list's counts per open status: an index-only scan of the open tickets alone; closed
    // ones, the bulk of a busy desk's history, are counted in ticket_closed_counts.
    index('tickets_open_status_idx').on(t.organizationId, t.status).where(sql`${t.status} <> 'closed'`),
    // The queue order, whole (not only open tickets): a list without a status filter reads its
    // first page from the index too; closed tickets have no deadline and sort last.
    index('tickets_queue_idx').on(t.nextDueAt.asc().nullsLast(), t.number),
    index('tickets_assignee_queue_idx').on(t.assigneeId, t.nextDueAt.asc().nullsLast(), t.number),
    index('tickets_search_idx').using('gin', t.search),
    index('tickets_sweep_idx').on(t.nextSweepAt).where(sql`${t.nextSweepAt} is not null`),
    check('tickets_type', oneOf('type', TICKET_TYPES)),
    check('tickets_priority', oneOf('priority', PRIORITIES)),
    check('tickets_status', oneOf('status', STATUSES)),
    check('tickets_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * Closed tickets per organization, kept by the trigger tickets_count_closed (migration 0008) on
 * every change of status, so the list's counts never scan a desk's whole history. Closing and
 * reopening touch this row; filing does not.
 */
export const ticketClosedCounts = pgTable('ticket_closed_counts', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  closed: bigint('closed', { mode: 'number' }).notNull().default(0),
});

/** The events that carry a message's text (a rejection's comment included); internal notes are support's. */
export const MESSAGE_EVENT_TYPES = [
  'public_reply',
  'customer_replied',
  'info_requested',
  'solution_proposed',
  'solution_rejected',
  'dispute_opened',
  'dispute_answered',
  'internal_note',
] as const;

/** The words of an event's message: the expression the search index holds and queries repeat. */
export function messageWords(payload: AnyPgColumn | SQL): SQL {
  return sql`to_tsvector('russian', coalesce(${payload} ->> 'text', ${payload} ->> 'comment', ''))`;
}

export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    seq: integer('seq').notNull(), // 1, 2, 3 … within the ticket
    type: text('type').notNull(),
    at: instant('at').notNull(), // when it happened in the domain (may differ from created_at)
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: text('actor_role', { enum: ACTOR_ROLES }).notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ticket_events_ticket_seq_idx').on(t.ticketId, t.seq),
    // Full-text search of the conversation: the words of every message (ticket-queries.ts).
    index('ticket_events_message_search_idx')
      .using('gin', messageWords(t.payload))
      .where(sql`${t.type} in (${sql.raw(MESSAGE_EVENT_TYPES.map((type) => `'${type}'`).join(', '))})`),
    check('ticket_events_actor_role', oneOf('actor_role', ACTOR_ROLES)),
    check('ticket_events_seq_positive', sql`${t.seq} > 0`),
  ],
);

export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    eventId: bigint('event_id', { mode: 'number' }).references(() => ticketEvents.id),
    kind: text('kind').notNull(), // e.g. 'mail.ticket_registered'
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    recipientEmail: text('recipient_email'),
    payload: jsonb('payload').$type<unknown>().notNull(),
    createdAt: createdAt(),
    availableAt: instant('available_at').notNull().defaultNow(),
    deliveredAt: instant('delivered_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_undelivered_idx').on(t.availableAt, t.id).where(sql`${t.deliveredAt} is null`),
    // Delivery asks which other rows an event wrote (a breach's assignee row beside support's).
    index('outbox_event_idx').on(t.eventId),
    // Retention finds old rows by age; rows are appended in time order, so a block-range index
    // answers that at almost no cost per insert.
    index('outbox_created_idx').using('brin', t.createdAt),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(), // e.g. `${userId} POST /tickets`
    key: text('key').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    // A digest of what the first request asked (null on rows older than the column): a retry must
    // ask the same, or it would silently get an answer to another request and its input be lost.
    requestHash: text('request_hash'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

export * from './schema-accounts.ts';
export * from './schema-audit.ts';
export * from './schema-notifications.ts';
export * from './schema-products.ts';
