// Plans of the benchmarked queries: the exact SQL the repositories send is captured through a
// logging Drizzle instance on the same connection, then run under EXPLAIN (ANALYZE, BUFFERS).
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../../src/db/database.ts';
import * as schema from '../../src/db/schema.ts';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
  /** performance.now() when Drizzle handed the statement to the driver. */
  at: number;
}

/** A Db on the same client that records every statement it sends. */
export function capturingDb(database: Database): { db: Db; queries: CapturedQuery[] } {
  const queries: CapturedQuery[] = [];
  const logger = {
    logQuery: (q: string, params: unknown[]) => queries.push({ sql: q, params, at: performance.now() }),
  };
  const db =
    database.kind === 'postgres'
      ? drizzlePg({ client: database.pool, schema, logger })
      : drizzlePglite({ client: database.pglite, schema, logger });
  return { db, queries };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** The nodes from the top down, e.g. "Limit > Index Scan using tickets_queue_idx on tickets". */
  shape: string;
  /** Server-side execution time (ms). */
  executionMs: number;
  /** Shared buffers hit + read by the whole plan. */
  buffers: number;
  /** Whether any node scans the tickets heap sequentially. */
  seqScan: boolean;
  /** The whole plan as text, for --explain. */
  text: string;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement; it runs for real, so only use it on reads. */
export async function explain(database: Database, q: CapturedQuery): Promise<PlanSummary> {
  const run = (prefix: string) => rawQuery(database, `${prefix} ${q.sql}`, q.params);
  const [jsonRow] = await run('explain (analyze, buffers, format json)');
  const raw = jsonRow ? Object.values(jsonRow)[0] : undefined;
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{
    Plan: PlanNode;
    'Execution Time': number;
  }>;
  const top = parsed[0]!;
  const textRows = await run('explain (analyze, buffers, costs off)');
  const nodes: string[] = [];
  let seqScan = false;
  const walk = (n: PlanNode, depth: number) => {
    let label = n['Node Type'];
    if (n['Index Name']) label += ` using ${n['Index Name']}`;
    if (n['Relation Name']) label += ` on ${n['Relation Name']}`;
    if (n['Node Type'] === 'Seq Scan') seqScan = true;
    nodes.push(depth === 0 ? label : `${'  '.repeat(depth)}${label}`);
    for (const c of n.Plans ?? []) walk(c, depth + 1);
  };
  walk(top.Plan, 0);
  return {
    shape: nodes.map((s) => s.trim()).join(' > '),
    executionMs: top['Execution Time'],
    buffers: (top.Plan['Shared Hit Blocks'] ?? 0) + (top.Plan['Shared Read Blocks'] ?? 0),
    seqScan,
    text: textRows.map((r) => String(Object.values(r)[0])).join('\n'),
  };
}

async function rawQuery(
  database: Database,
  text: string,
  params: unknown[],
): Promise<Array<Record<string, unknown>>> {
  if (database.kind === 'postgres') return (await database.pool.query(text, params)).rows;
  return (await database.pglite.query<Record<string, unknown>>(text, params)).rows;
}

/** A short name for a statement: "select users", "insert into tickets", "savepoint", … */
export function statementLabel(text: string): string {
  const t = text.trim().toLowerCase();
  const table = /\b(?:from|into|update)\s+"?(\w+)"?/.exec(t)?.[1];
  const verb = /^(insert into|select|update|delete from|\w+)/.exec(t)?.[1] ?? t;
  const lock = /\bfor (no key update|update|share)\b/.exec(t)?.[0];
  return [
    verb,
    verb === 'insert into' || verb === 'delete from' || verb === 'select' || verb === 'update' ? table : '',
    lock,
  ]
    .filter(Boolean)
    .join(' ');
}
