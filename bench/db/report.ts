// The bench:db results: what each operation is called, its targets, and the printed table.
import type { DatabaseKind } from '../../src/db/database.ts';
import type { PlanSummary } from './explain.ts';
import type { SeedResult, TableSizes } from './seed.ts';
import { int, type Latency, ms, table } from './stats.ts';

export type OpKey = 'file' | 'queue' | 'queueAssignee' | 'sweep';
export const OP_LABELS: Record<OpKey, string> = {
  file: 'file a ticket (fileTicket)',
  queue: 'queue page 1, all open (listQueue)',
  queueAssignee: "queue page 1, engineer's (listQueue)",
  sweep: 'sweep, nothing due (sweepSla)',
};

export interface Target {
  kind: DatabaseKind;
  tickets: number;
  ops: OpKey[];
  stat: 'p50' | 'p99';
  maxMs: number;
}
export const TARGETS: Target[] = [
  { kind: 'postgres', tickets: 1_000_000, ops: ['queue', 'queueAssignee'], stat: 'p99', maxMs: 25 },
  { kind: 'postgres', tickets: 1_000_000, ops: ['sweep'], stat: 'p50', maxMs: 5 },
  { kind: 'postgres', tickets: 1_000_000, ops: ['file'], stat: 'p50', maxMs: 5 },
  { kind: 'pglite', tickets: 100_000, ops: ['queue', 'queueAssignee'], stat: 'p99', maxMs: 50 },
];

export interface OpResult {
  key: OpKey;
  latency: Latency;
  plan?: PlanSummary;
}

export interface RunResult {
  kind: DatabaseKind;
  label: string;
  seed: SeedResult;
  sizes: TableSizes;
  ops: OpResult[];
  notes: string[];
}

/** The target an operation is measured against on a database, if any. */
export function targetFor(kind: DatabaseKind, key: OpKey): Target | undefined {
  return TARGETS.find((t) => t.kind === kind && t.ops.includes(key));
}

/** The results as a table with PASS/FAIL against the targets at `ticketCount`. */
export function resultTable(results: RunResult[], ticketCount: number): string {
  const header = [
    'database',
    'tickets',
    'operation',
    'samples',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'server ms',
    'target',
    'verdict',
  ];
  const rows = results.flatMap((r) =>
    r.ops.map((op) => {
      const t = targetFor(r.kind, op.key);
      const verdict = !t
        ? '—'
        : ticketCount !== t.tickets
          ? 'n/a at this N'
          : op.latency[t.stat] <= t.maxMs
            ? 'PASS'
            : 'FAIL';
      return [
        r.kind,
        int(r.seed.tickets),
        OP_LABELS[op.key],
        int(op.latency.samples),
        ms(op.latency.p50),
        ms(op.latency.p95),
        ms(op.latency.p99),
        ms(op.latency.max),
        op.plan ? ms(op.plan.executionMs) : '—',
        t ? `${t.stat} ≤ ${t.maxMs} ms at ${int(t.tickets)}` : '—',
        verdict,
      ];
    }),
  );
  return table(header, rows, [1, 3, 4, 5, 6, 7, 8]);
}
