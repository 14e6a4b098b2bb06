// Database bench: filing, the queue's first page and an empty SLA sweep on a seeded ticket table,
// on PGlite and PostgreSQL. Run: npm run bench:db [-- --tickets N] [--db pglite|postgres|both]
//   [--samples K] [--url postgres://…] [--batch rows] [--pglite-events yes|no|auto] [--explain]
//
// Each database is fresh: PGlite in a temporary folder, PostgreSQL as a new database
// srok_bench_<random> on the server (--url, BENCH_DATABASE_URL or the local default), both removed
// at the end. The world (reference data, an organization with a contract, its representative, an
// engineer) is the commands' test world; one ticket is filed through fileTicket and copied N times
// by set-based SQL (bench/db/seed.ts). Then, one call at a time after a warm-up:
//   1. fileTicket: ticket, events and outbox rows in one transaction (the clock moves 1 s per call);
//   2. listQueue, first page of 50: all open tickets, and the engineer's own;
//   3. sweepSla at an instant where no ticket's next_sweep_at has come (claims nothing).
// Latencies are wall time in this process, driver and Drizzle mapping included; the "server"
// column is PostgreSQL's own execution time of the same statement under EXPLAIN ANALYZE.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type FileTicketInput, fileTicket } from '../src/commands/file-ticket.ts';
import { sweepSla } from '../src/commands/sweep-sla.ts';
import { buildWorld, type World } from '../src/commands/test-world.ts';
import { type Database, type DatabaseKind, queryRows } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { claimDueForSweep, listQueue } from '../src/db/repositories/tickets.ts';
import { msk } from '../src/domain/tickets/test-support.ts';
import type { Priority, TicketType } from '../src/domain/tickets/types.ts';
import { capturingDb, explain, statementLabel } from './db/explain.ts';
import { OP_LABELS, type OpKey, type OpResult, type RunResult, resultTable } from './db/report.ts';
import { SEEDED_SWEEP_MARGIN_MS, seedTickets, tableSizes } from './db/seed.ts';
import { bytes, int, ms, sample, summarize, table } from './db/stats.ts';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const DEFAULT_SAMPLES = { file: 300, queue: 500, sweep: 500 } as const;
const WARMUP = 20;
const QUEUE_PAGE = 50;
/** Monday 2026-11-23 10:00 in Moscow: working hours, so the filed tickets' clocks run. */
const T0 = msk('2026-11-23T10:00');
const FILING_STEP_MS = 1000;
/** Above this many tickets PGlite is seeded without events unless --pglite-events yes. */
const PGLITE_EVENTS_LIMIT = 200_000;

// ---- arguments ------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'both' },
    samples: { type: 'string' },
    url: { type: 'string' },
    batch: { type: 'string', default: '20000' },
    'pglite-events': { type: 'string', default: 'auto' },
    explain: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const USAGE =
  'usage: tsx bench/db.bench.ts [--tickets N] [--db pglite|postgres|both] [--samples K] [--url URL]\n' +
  '                             [--batch rows] [--pglite-events yes|no|auto] [--explain]';
const count = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/[_,]/g, '')));
const ticketCount = count(args.tickets)!;
const samplesArg = count(args.samples);
const batch = count(args.batch)!;
const pgliteEvents = args['pglite-events'];
const kinds: DatabaseKind[] =
  args.db === 'both'
    ? ['pglite', 'postgres']
    : args.db === 'pglite' || args.db === 'postgres'
      ? [args.db]
      : [];
if (
  args.help ||
  kinds.length === 0 ||
  !Number.isInteger(ticketCount) ||
  ticketCount < 0 ||
  !Number.isInteger(batch) ||
  batch < 1 ||
  (samplesArg !== undefined && !(Number.isInteger(samplesArg) && samplesArg > 0)) ||
  !['yes', 'no', 'auto'].includes(pgliteEvents)
) {
  console.error(USAGE);
  process.exit(args.help ? 0 : 2);
}
const serverUrl = args.url ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
const samples = {
  file: samplesArg ?? DEFAULT_SAMPLES.file,
  queue: samplesArg ?? DEFAULT_SAMPLES.queue,
  sweep: samplesArg ?? DEFAULT_SAMPLES.sweep,
};

// ---- cleanup ------------------------------------------------------------------------------------

const cleanups = new Set<() => Promise<void>>();
async function runCleanups(): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    cleanups.delete(c);
    try {
      await c();
    } catch (err) {
      console.error(`cleanup failed: ${(err as Error).message}`);
    }
  }
}
let interrupted: Promise<void> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: removing the bench databases…`);
    interrupted = runCleanups().finally(() => process.exit(130));
  });
}

// ---- one database -------------------------------------------------------------------------------

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Opens a fresh database of the kind; the returned cleanup closes and removes it. */
async function openFresh(kind: DatabaseKind): Promise<{ database: Database; where: string }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'srok-bench-'));
    const removeDir = async () => rmSync(dir, { recursive: true, force: true });
    cleanups.add(removeDir);
    const database = await openDatabase({ dataDir: dir });
    cleanups.add(() => database.close());
    return { database, where: dir };
  }
  const name = `srok_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  cleanups.add(() => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  cleanups.add(() => database.close());
  url.password = '';
  return { database, where: url.toString() };
}

const TYPES: TicketType[] = ['incident', 'request', 'incident', 'problem'];
const PRIORITIES: Priority[] = ['high', 'normal', 'critical', 'normal', 'low'];

const FILING_BREAKDOWN_RUNS = 50;

/**
 * Where a filing's time goes: fileTicket on a statement-logging Db, FILING_BREAKDOWN_RUNS times
 * (not part of the samples); per statement, the mean time from sending it to sending the next
 * (the last one: to the command's return).
 */
async function filingBreakdown(
  database: Database,
  world: World,
  input: (i: number) => FileTicketInput,
  firstIndex: number,
): Promise<Array<{ label: string; ms: number }>> {
  const capture = capturingDb(database);
  const deps = { db: capture.db, clock: world.clock };
  const sums: Array<{ label: string; ms: number }> = [];
  for (let r = 0; r < FILING_BREAKDOWN_RUNS; r++) {
    world.clock.advance(FILING_STEP_MS);
    capture.queries.length = 0;
    await fileTicket(deps, input(firstIndex + r));
    const end = performance.now();
    capture.queries.forEach((q, i) => {
      const next = capture.queries[i + 1]?.at ?? end;
      const slot = sums[i] ?? { label: statementLabel(q.sql), ms: 0 };
      slot.ms += next - q.at;
      sums[i] = slot;
    });
  }
  return sums.map((s) => ({ label: s.label, ms: s.ms / FILING_BREAKDOWN_RUNS }));
}

async function runOne(kind: DatabaseKind): Promise<RunResult> {
  const notes: string[] = [];
  const { database, where } = await openFresh(kind);
  const { db } = database;
  const [version] = await queryRows<{ v: string }>(db, sql`select version() as v`);
  const label = `${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${(version?.v ?? '?').split(',')[0]})`;
  console.log(`\n== ${label} — ${where}`);

  const world = await buildWorld(db, T0);
  const filing = (i: number) => ({
    requesterId: world.customer.userId,
    type: TYPES[i % TYPES.length]!,
    priority: PRIORITIES[i % PRIORITIES.length]!,
    subject: `Не сохраняется документ ${i}`,
    description: 'При сохранении карточки договора — ошибка 500; журнал сервера приложен.',
    product: 'Srok Desk',
    build: '4.2.1',
  });
  const template = await fileTicket(world.deps, filing(0));

  const withEvents =
    kind === 'postgres' ||
    pgliteEvents === 'yes' ||
    (pgliteEvents === 'auto' && ticketCount <= PGLITE_EVENTS_LIMIT);
  if (!withEvents)
    notes.push(
      `events not seeded on PGlite at ${int(ticketCount)} tickets (over ${int(PGLITE_EVENTS_LIMIT)}; ` +
        "--pglite-events yes forces them): ticket_events holds only the filed tickets' events",
    );
  const bar = new cliProgress.SingleBar(
    {
      format: `seeding ${kind.padEnd(8)} |{bar}| {percentage}% {value}/{total} tickets | {rate} tickets/s | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 5000,
      hideCursor: true,
      etaBuffer: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const seedStart = performance.now();
  bar.start(ticketCount, 0, { rate: '—' });
  const seed = await seedTickets(db, {
    tickets: ticketCount,
    batch,
    templateId: template.id,
    engineerId: world.engineer.userId,
    t0: T0,
    withEvents,
    onProgress: (done) =>
      bar.update(done, { rate: int((done * 1000) / Math.max(1, performance.now() - seedStart)) }),
  });
  bar.stop();
  const sizes = await tableSizes(db);
  const rowsPerSec = (n: number) => int((n * 1000) / Math.max(1, seed.insertMs));
  console.log(
    `seeded ${int(seed.tickets)} tickets${withEvents ? ` + ${int(seed.events)} events` : ' (no events)'} in ` +
      `${(seed.insertMs / 1000).toFixed(1)} s: ${rowsPerSec(seed.tickets)} tickets/s, ` +
      `${rowsPerSec(seed.tickets + seed.events)} rows/s; VACUUM (ANALYZE) ${(seed.analyzeMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `size: tickets ${bytes(sizes.tickets)} (pg_total_relation_size; heap ${bytes(sizes.ticketsHeap)}, ` +
      `TOAST ${bytes(sizes.ticketsToast)}, indexes ${bytes(sizes.ticketsIndexes)}; ${int(sizes.ticketRows)} rows, ` +
      `≈ ${bytes(sizes.tickets / Math.max(1, sizes.ticketRows))} a ticket, state snapshot ${bytes(sizes.stateBytes)}); ` +
      `ticket_events ${bytes(sizes.ticketEvents)} (${int(sizes.eventRows)} rows)`,
  );

  const ops: OpResult[] = [];

  // 1. Filing, through the real command.
  let filed = 0;
  const fileTimes = await sample(
    async (i) => {
      world.clock.advance(FILING_STEP_MS);
      await fileTicket(world.deps, filing(i + 1));
      filed++;
    },
    samples.file,
    Math.min(WARMUP, samples.file),
  );
  ops.push({ key: 'file', latency: summarize(fileTimes) });
  const filingSteps = await filingBreakdown(database, world, filing, samples.file + WARMUP + 1);
  filed += FILING_BREAKDOWN_RUNS;

  // 2. The queue's first page, all open and the engineer's own.
  const queueAll = await listQueue(db, { limit: QUEUE_PAGE });
  const queueMine = await listQueue(db, { assigneeId: world.engineer.userId, limit: QUEUE_PAGE });
  if (ticketCount >= 1000 && (queueAll.length < QUEUE_PAGE || queueMine.length < QUEUE_PAGE))
    notes.push(`queue page short: ${queueAll.length} all, ${queueMine.length} engineer's`);
  const queueTimes = await sample(
    () => listQueue(db, { limit: QUEUE_PAGE }),
    samples.queue,
    Math.min(WARMUP, samples.queue),
  );
  ops.push({ key: 'queue', latency: summarize(queueTimes) });
  const mineTimes = await sample(
    () => listQueue(db, { assigneeId: world.engineer.userId, limit: QUEUE_PAGE }),
    samples.queue,
    Math.min(WARMUP, samples.queue),
  );
  ops.push({ key: 'queueAssignee', latency: summarize(mineTimes) });

  // 3. A sweep with nothing due: at the last filing's instant, before any next_sweep_at.
  const sweepNow = world.clock.now();
  const [due] = await queryRows<{ n: number; first: string | null }>(
    db,
    sql`select count(*) filter (where next_sweep_at <= ${new Date(sweepNow).toISOString()}::timestamptz)::int as n,
               min(next_sweep_at)::text as first
          from tickets`,
  );
  if ((due?.n ?? 0) > 0) notes.push(`${due?.n} tickets were due at the sweep instant: not an empty sweep`);
  let swept = 0;
  const sweepTimes = await sample(
    async () => {
      const r = await sweepSla(world.deps, { now: sweepNow });
      swept += r.tickets;
    },
    samples.sweep,
    Math.min(WARMUP, samples.sweep),
  );
  if (swept > 0) notes.push(`the sweeps claimed ${swept} tickets: not an empty sweep`);
  ops.push({ key: 'sweep', latency: summarize(sweepTimes) });
  notes.push(
    `sweep instant ${new Date(sweepNow).toISOString()} (t0 + ${(sweepNow - T0) / 1000} s after ${filed} filings); ` +
      `earliest next_sweep_at ${due?.first ?? 'none'}; seeded ones at t0 + ${SEEDED_SWEEP_MARGIN_MS / 60_000} min or later`,
  );

  // Plans of the read statements, captured from the repositories themselves.
  const capture = capturingDb(database);
  await listQueue(capture.db, { limit: QUEUE_PAGE });
  const qAll = capture.queries.splice(0);
  await listQueue(capture.db, { assigneeId: world.engineer.userId, limit: QUEUE_PAGE });
  const qMine = capture.queries.splice(0);
  await claimDueForSweep(capture.db, new Date(sweepNow), 100);
  const qSweep = capture.queries.splice(0);
  const planOf = async (qs: typeof qAll, key: OpKey) => {
    const op = ops.find((o) => o.key === key)!;
    if (qs.length !== 1) notes.push(`${OP_LABELS[key]}: ${qs.length} statements, first explained`);
    if (qs[0]) op.plan = await explain(database, qs[0]);
  };
  await planOf(qAll, 'queue');
  await planOf(qMine, 'queueAssignee');
  await planOf(qSweep, 'sweep');

  const result: RunResult = { kind, label, seed, sizes, ops, notes };
  console.log('');
  console.log(resultTable([result], ticketCount));
  console.log('');
  for (const op of ops) {
    if (!op.plan) continue;
    console.log(`plan, ${OP_LABELS[op.key]}: ${op.plan.shape}; ${int(op.plan.buffers)} buffers`);
    if (op.plan.seqScan) console.log('  CAVEAT: a sequential scan on this path');
    if (args.explain) console.log(op.plan.text.replace(/^/gm, '    '));
  }
  console.log(
    `\nfiling, statement by statement (mean of ${FILING_BREAKDOWN_RUNS} more filings; each figure runs from ` +
      'sending the statement to sending the next, so it includes the JS in between):',
  );
  console.log(
    table(
      ['#', 'statement', 'ms'],
      filingSteps.map((s, i) => [String(i + 1), s.label, ms(s.ms)]),
      [0, 2],
    ).replace(/^/gm, '  '),
  );
  const stepsTotal = filingSteps.reduce((a, s) => a + s.ms, 0);
  console.log(`  ${filingSteps.length} statements, ${ms(stepsTotal)} ms in all`);
  for (const n of notes) console.log(`note: ${n}`);

  await database.close();
  await runCleanups();
  return result;
}

// ---- output -------------------------------------------------------------------------------------

// ---- main ---------------------------------------------------------------------------------------

console.log('Srok database bench: filing, queue first page, empty SLA sweep');
console.log(
  `tickets ${int(ticketCount)} (batches of ${int(batch)}); samples: file ${samples.file}, ` +
    `queue ${samples.queue} each, sweep ${samples.sweep} (after ${WARMUP} warm-up calls); ` +
    `t0 ${new Date(T0).toISOString()} (Mon 10:00 Moscow); Node ${process.version}`,
);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`machine: ${cpus().length} cores, load average ${load()} (1/5/15 min)`);
const started = performance.now();
const results: RunResult[] = [];
try {
  for (const kind of kinds) results.push(await runOne(kind));
} catch (err) {
  // Dropping the database under a running statement fails it: that is the interruption, not an error.
  if (interrupted) await interrupted; // exits with 130 once the databases are gone
  throw err;
} finally {
  await runCleanups();
}
if (results.length > 1) {
  console.log('\n== Summary');
  console.log(resultTable(results, ticketCount));
}
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()}`);
