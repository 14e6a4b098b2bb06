// An installation upgraded from an earlier release keeps its data right: migration 0008 counts the
// tickets closed before it, and its trigger counts those closed after.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { ALWAYS_CALENDAR_ID, buildWorld, fileIncidents } from '../commands/test-world.ts';
import { MIGRATIONS_FOLDER, migrate } from './migrate.ts';
import { wrapPglite } from './open-database.ts';
import { countTicketsByStatus } from './repositories/ticket-queries.ts';
import { ticketClosedCounts, tickets } from './schema.ts';

/** A copy of the migrations folder holding only those before `tag`. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'srok-migrations-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  if (cut < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('upgrading a database', () => {
  it('counts the tickets closed before migration 0008 and those closed after it', async () => {
    const older = migrationsBefore('0008_closed_counts');
    const pglite = await PGlite.create();
    const database = wrapPglite(pglite);
    try {
      await migratePglite(drizzle({ client: pglite }), { migrationsFolder: older });
      const w = await buildWorld(database.db, Date.parse('2026-03-02T09:00:00Z'), {
        plan: { calendarId: ALWAYS_CALENDAR_ID },
      });
      const ids = await fileIncidents(w, 3);
      for (const id of ids.slice(0, 2)) {
        await database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, id));
      }

      await migrate({ kind: 'pglite', pglite });

      expect(await database.db.select().from(ticketClosedCounts)).toEqual([
        { organizationId: w.organizationId, closed: 2 },
      ]);
      await database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, ids[2]!));
      expect(await countTicketsByStatus(database.db, {})).toMatchObject({ new: 0, closed: 3 });
    } finally {
      await database.close();
      rmSync(older, { recursive: true, force: true });
    }
  });
});
