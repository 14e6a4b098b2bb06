// PGlite runs PostgreSQL on the server's own thread and answers through promises: a run of
// statements must still let the event loop read requests and fire timers between them.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from './database.ts';
import { wrapPglite } from './open-database.ts';

describe('PGlite on the event loop', () => {
  it('lets a callback queued before a run of statements fire before the run ends', async () => {
    const database = wrapPglite(await PGlite.create());
    try {
      const order: string[] = [];
      setImmediate(() => order.push('event loop'));
      for (let i = 0; i < 5; i++) {
        await queryRows(database.db, sql`select 1 as one`);
        order.push(`statement ${i + 1}`);
      }
      expect(order.indexOf('event loop')).toBeGreaterThanOrEqual(0);
      expect(order.indexOf('event loop')).toBeLessThan(order.indexOf('statement 2'));
    } finally {
      await database.close();
    }
  });
});
