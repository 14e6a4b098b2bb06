import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from './database.ts';
import { MIGRATIONS_FOLDER, migrate } from './migrate.ts';
import { openDatabase } from './open-database.ts';
import { describeDatabases, describePostgres } from './test-database.ts';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};

const TABLES = [
  'api_tokens',
  'attachments',
  'audit_log',
  'build_files',
  'build_tickets',
  'builds',
  'calendars',
  'contacts',
  'contracts',
  'email_tokens',
  'idempotency_keys',
  'mail_preferences',
  'mailbox',
  'notifications',
  'organizations',
  'outbox',
  'plans',
  'products',
  'rate_limits',
  'sessions',
  'site_content',
  'ticket_closed_counts',
  'ticket_events',
  'tickets',
  'users',
];

describeDatabases('migrations', ({ create }) => {
  it('create every table, the ticket number sequence, the append-only and the counting triggers', async () => {
    const { db } = await create();
    const tables = await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(TABLES);
    const seqs = await queryRows<{ name: string }>(
      db,
      sql`select relname as name from pg_class where relkind = 'S'`,
    );
    expect(seqs.map((s) => s.name)).toContain('ticket_number_seq');
    const triggersOn = async (table: string) =>
      (
        await queryRows<{ name: string }>(
          db,
          sql`select tgname as name from pg_trigger where tgrelid = ${table}::regclass and not tgisinternal order by 1`,
        )
      ).map((t) => t.name);
    expect(await triggersOn('ticket_events')).toEqual([
      'ticket_events_no_truncate',
      'ticket_events_no_update_delete',
    ]);
    expect(await triggersOn('tickets')).toEqual([
      'tickets_count_closed_insert',
      'tickets_count_closed_update',
    ]);
  });

  it('record each migration once and do nothing when applied again', async () => {
    const database = await create();
    await migrate(database);
    await migrate(database);
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(row?.n).toBe(journal.entries.length);
  });
});

describePostgres('migrations on a shared server', ({ create }) => {
  it('succeed once when several processes start at the same moment', async () => {
    const empty = await create({ migrated: false });
    const url = empty.pool?.options.connectionString;
    const opened = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ url, poolMax: 2 })));
    await Promise.all(opened.map((d) => d.close()));
    const [row] = await queryRows<{ n: number }>(
      empty.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(row?.n).toBe(journal.entries.length);
  });
});
