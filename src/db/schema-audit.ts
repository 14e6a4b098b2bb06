// The audit trail of administration (R22): ticket changes are their own events; this table
// records the rest: organizations, contracts, contacts, plans, calendars, users, content, builds,
// and the files attached to tickets.
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './schema.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(), // e.g. 'contract.created', 'plan.replaced'
    entity: text('entity').notNull(), // e.g. 'contract'
    entityId: text('entity_id').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);
