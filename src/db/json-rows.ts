// Many rows inserted as one jsonb parameter: the statement's text depends only on the table and
// columns, so it is written and planned once, and a hundred rows cost no more SQL building than one
// (Drizzle's builder spends several microseconds on every value of every row).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryTextPrepared } from './database.ts';

const texts = new Map<string, string>();

/**
 * Inserts `rows` into `table`: the columns are the keys the rows have (a key missing from a row is
 * stored as null; a column no row names gets its default). With `skipConflictsOn`, a row that
 * collides on those columns' unique index is skipped.
 */
export async function insertJsonRows<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  skipConflictsOn?: readonly (keyof T['$inferInsert'] & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k]);
  const cacheKey = `${getTableName(table)}:${keys.join(',')}:${skipConflictsOn?.join(',') ?? ''}`;
  let text = texts.get(cacheKey);
  if (!text) {
    const name = (k: string) => `"${columns[k]!.name}"`;
    text = `insert into "${getTableName(table)}" (${keys.map(name).join(', ')})
      select ${keys.map(name).join(', ')}
      from jsonb_to_recordset($1::jsonb) as r(${keys.map((k) => `${name(k)} ${columns[k]!.getSQLType()}`).join(', ')})${
        skipConflictsOn ? ` on conflict (${skipConflictsOn.map(name).join(', ')}) do nothing` : ''
      }`;
    texts.set(cacheKey, text);
  }
  const json = rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const k of keys) o[columns[k]!.name] = (r as Record<string, unknown>)[k] ?? null;
    return o;
  });
  await queryTextPrepared(db, text, [JSON.stringify(json)], `srok_rows_${getTableName(table)}`);
}
