// The hottest lookups (who is calling, who is filing) run as prepared statements: Drizzle builds
// their SQL once per database, and PostgreSQL parses and plans them once per connection instead of
// on every request.
import type { Db } from './database.ts';

const byDb = new WeakMap<Db, Map<string, unknown>>();

/** The statement `name` prepared on `db` by `build`, made on first use and kept for the database's life. */
export function prepared<T>(db: Db, name: string, build: (db: Db, name: string) => T): T {
  let statements = byDb.get(db);
  if (!statements) {
    statements = new Map();
    byDb.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db, name);
    statements.set(name, statement);
  }
  return statement;
}
