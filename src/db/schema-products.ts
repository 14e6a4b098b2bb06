// Products and their builds (R19): which tickets a build resolves, and the files it ships.
import { bigint, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tickets, users } from './schema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const builds = pgTable(
  'builds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    version: text('version').notNull(),
    releasedOn: text('released_on').notNull(), // calendar date YYYY-MM-DD
    notes: text('notes').notNull().default(''),
    // Set once, when the customers of the resolved tickets were told (R19).
    publishedAt: instant('published_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('builds_product_version_idx').on(t.productId, t.version)],
);

export const buildTickets = pgTable(
  'build_tickets',
  {
    buildId: uuid('build_id')
      .notNull()
      .references(() => builds.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
  },
  (t) => [primaryKey({ columns: [t.buildId, t.ticketId] }), index('build_tickets_ticket_idx').on(t.ticketId)],
);

export const buildFiles = pgTable(
  'build_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buildId: uuid('build_id')
      .notNull()
      .references(() => builds.id, { onDelete: 'cascade' }),
    uploaderId: uuid('uploader_id').references(() => users.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('build_files_build_idx').on(t.buildId)],
);
