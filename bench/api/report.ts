// The bench:api results: targets, the load table, PASS/FAIL lines and the server log summary.

import { int, table } from '../db/stats.ts';
import { LOAD_LABELS, type LoadResult } from './load.ts';
import type { PgbenchResult } from './pgbench.ts';

export type Kind = 'pglite' | 'postgres';
export const MIB = 1024 * 1024;
export const TARGETS = {
  /** Filing req/s on PostgreSQL over pgbench's tpcb-like TPS on the same server. */
  filingVsPgbench: 0.5,
  /** Idle resident memory on PGlite. */
  idleRssPglite: 250 * MIB,
  /** Peak resident memory under load. */
  loadRss: 400 * MIB,
};
export interface RunResult {
  kind: Kind;
  loads: LoadResult[];
  idleRss: number | undefined;
  peakRss: number;
  pgbench?: PgbenchResult;
  notes: string[];
}

export const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
export const mib = (bytes: number | undefined) =>
  bytes === undefined ? '—' : `${(bytes / MIB).toFixed(1)} MiB`;
const _sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Notes on the server's log: counts by level while running and while stopping, and the first errors. */
export function logSummary(text: string, stopOffset: number): string[] {
  const notes: string[] = [];
  const parts = [
    { when: 'while running', text: text.slice(0, stopOffset) },
    { when: 'while stopping', text: text.slice(stopOffset) },
  ];
  for (const { when, text: part } of parts) {
    const lines = part.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const levels = new Map<string, number>();
    const firstErrors = new Set<string>();
    for (const line of lines) {
      let level = 'text';
      let message = line;
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
        level = entry.level === undefined ? 'text' : (LOG_LEVELS[entry.level] ?? String(entry.level));
        message = entry.err?.message ?? entry.msg ?? line;
      } catch {
        // not pino's JSON
      }
      levels.set(level, (levels.get(level) ?? 0) + 1);
      if ((level === 'error' || level === 'fatal' || level === 'text') && firstErrors.size < 2) {
        firstErrors.add(message.replace(/\s+/g, ' ').slice(0, 240));
      }
    }
    const counts = [...levels].map(([l, n]) => `${n} ${l}`).join(', ');
    notes.push(`server log ${when}: ${counts}`);
    for (const m of firstErrors) notes.push(`  e.g. ${m}`);
  }
  return notes;
}

const LOG_LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** The loads of every run as one table. */
export function loadTable(results: RunResult[]): string {
  const header = [
    'database',
    'load',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'CPU ms/req server',
    'CPU ms/req postgres',
    'CPU ms/req autocannon',
    'non-2xx codes',
  ];
  const rows = results.flatMap((r) =>
    r.loads.map((l) => [
      r.kind,
      LOAD_LABELS[l.key],
      int(l.completed),
      fixed(l.reqPerSec),
      String(l.p50Ms),
      String(l.p99Ms),
      int(l.non2xx),
      int(l.errors + l.timeouts),
      l.cpuMsPerRequest?.server === undefined ? '—' : l.cpuMsPerRequest.server.toFixed(2),
      l.cpuMsPerRequest?.postgres === undefined ? '—' : l.cpuMsPerRequest.postgres.toFixed(2),
      l.cpuMsPerRequest?.autocannon === undefined ? '—' : l.cpuMsPerRequest.autocannon.toFixed(2),
      Object.entries(l.nonOkCodes)
        .map(([c, n]) => `${c}×${int(n)}`)
        .join(' ') || '—',
    ]),
  );
  return table(header, rows, [2, 3, 4, 5, 6, 7, 8, 9, 10]);
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** PASS/FAIL/INFO lines for a run against the targets. */
export function verdicts(r: RunResult): string[] {
  const lines: string[] = [];
  const name = r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  if (r.kind === 'pglite') {
    const ok = r.idleRss !== undefined && r.idleRss <= TARGETS.idleRssPglite;
    lines.push(
      `${verdict(ok)}  ${name}: idle server RSS ${mib(r.idleRss)} (target ≤ ${mib(TARGETS.idleRssPglite)})`,
    );
  } else {
    lines.push(`INFO  ${name}: idle server RSS ${mib(r.idleRss)} (the idle target applies to PGlite)`);
  }
  lines.push(
    `${verdict(r.peakRss > 0 && r.peakRss <= TARGETS.loadRss)}  ${name}: peak server RSS under load ` +
      `${mib(r.peakRss)} (target ≤ ${mib(TARGETS.loadRss)})`,
  );
  if (r.kind === 'postgres') {
    const filing = r.loads.find((l) => l.key === 'file');
    if (!filing || !r.pgbench) {
      lines.push(
        `FAIL  ${name}: filing vs pgbench — not measured (${!r.pgbench ? 'pgbench failed' : 'no filing load'})`,
      );
    } else {
      const ok2xx =
        filing.completed > 0 ? ((filing.completed - filing.non2xx) / filing.completed) * filing.reqPerSec : 0;
      const ratio = ok2xx / r.pgbench.tps;
      lines.push(
        `${verdict(ratio >= TARGETS.filingVsPgbench)}  ${name}: filing ${fixed(ok2xx)} tickets/s (2xx only) = ` +
          `${fixed(ratio * 100)}% of pgbench tpcb-like ${fixed(r.pgbench.tps)} tps ` +
          `(target ≥ ${TARGETS.filingVsPgbench * 100}%)`,
      );
    }
  }
  for (const l of r.loads) {
    if (l.non2xx > 0 || l.errors > 0 || l.timeouts > 0) {
      lines.push(
        `FAIL  ${name}: ${LOAD_LABELS[l.key]} — ${int(l.non2xx)} non-2xx, ${int(l.errors)} errors, ` +
          `${int(l.timeouts)} timeouts`,
      );
    }
  }
  return lines;
}
