// HTTP API bench: a running Srok server in its own process, loaded by autocannon from this one, on
// PGlite and on PostgreSQL. Run: npm run bench:api [-- --db pglite|postgres|both] [--duration S]
//   [--connections C] [--warmup S] [--tickets N] [--url postgres://…] [--log-level warn|silent|…]
//   [--loads file,queue,ticket] (a subset, e.g. to profile one load)
//
// For each database: a fresh one (PGlite in a temporary folder; PostgreSQL as a new database
// srok_bench_<random> on --url, BENCH_DATABASE_URL or the local default, dropped at the end) is
// seeded by bench/api/seed.ts in a separate process, since the server locks a PGlite folder. Then
// the server (src/http/server.ts) starts on a free loopback port and, once /api/health answers
// 200, its idle resident memory is read; the three loads follow, each after a short warm-up:
//   1. filing tickets, POST /api/tickets, with the customer representative's Bearer API token;
//   2. the queue's first page, GET /api/tickets?limit=50, with the engineer's token;
//   3. one ticket, GET /api/tickets/{number}, cycling through the seeded tickets, as the engineer.
// The team is 10 representatives, 10 engineers and a lead (--users), each with an API token used in
// turn; every filing alerts the 11 staff. The server's VmRSS is sampled every 200 ms under load. With PostgreSQL, pgbench's built-in
// tpcb-like script then runs on the same server (scratch database srok_pgbench_<random>, scale 10,
// the same connections and duration) and filing throughput is printed as a fraction of its TPS.
// Missed targets print FAIL lines; the exit code is non-zero only when the bench itself breaks.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuMs, postgresCpuMs } from './api/cpu.ts';
import { LOAD_LABELS, type LoadKey, type LoadResult, probe, runLoad } from './api/load.ts';
import { adminQuery, type PgbenchResult, redact, runPgbench, withDatabase } from './api/pgbench.ts';
import { fixed, type Kind, loadTable, logSummary, mib, type RunResult, verdicts } from './api/report.ts';
import type { SeedOutput } from './api/seed.ts';
import {
  buildServer,
  descendants,
  RssSampler,
  residentBytes,
  runScript,
  startServer,
} from './api/server-process.ts';
import { timeOfDayLine } from './api/time-of-day.ts';
import { int } from './db/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const IDLE_SETTLE_MS = 2000;
const DRAIN_MS = 2000;
const SETTLE_MS = 1500; // after each load, for the notices it caused before CPU is read
const RSS_INTERVAL_MS = 200;

// ---- arguments ------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    tickets: { type: 'string', default: '300' },
    users: { type: 'string', default: '10' },
    url: { type: 'string' },
    'log-level': { type: 'string', default: 'warn' },
    loads: { type: 'string', default: 'file,queue,ticket' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const USAGE =
  'usage: npm run bench:api [-- --db pglite|postgres|both] [--duration S] [--connections C]\n' +
  '                           [--warmup S] [--tickets N] [--users N] [--url postgres://…]\n' +
  '                           [--log-level warn|silent|…] [--loads file,queue,ticket]';
const ALL_LOADS: LoadKey[] = ['file', 'queue', 'ticket'];
const LOADS = args.loads.split(',').map((k) => k.trim()) as LoadKey[];
const durationS = Number(args.duration);
const connections = Number(args.connections);
const warmupS = Number(args.warmup);
const seedTickets = Number(args.tickets);
// A support team of realistic size: every filing alerts each engineer and lead (ticket.new), so
// the team's size is part of what a filing costs. The per-user budgets of the ticket API are
// raised (SROK_RATE_LIMIT_READ / _WRITE, as an installation with busy integrations would) so that
// this team stays inside them up to the assumed ceilings of the loads.
const CEILING_PER_S = { write: 5000, read: 20000 };
const users = Number(args.users);
const budgets = {
  SROK_RATE_LIMIT_READ: String(Math.ceil((CEILING_PER_S.read * 60) / Math.max(1, users))),
  SROK_RATE_LIMIT_WRITE: String(Math.ceil((CEILING_PER_S.write * 60) / Math.max(1, users))),
};
const kinds: Kind[] =
  args.db === 'both'
    ? ['pglite', 'postgres']
    : args.db === 'pglite' || args.db === 'postgres'
      ? [args.db]
      : [];
const positiveInt = (x: number) => Number.isInteger(x) && x > 0;
if (
  args.help ||
  kinds.length === 0 ||
  !positiveInt(durationS) ||
  !positiveInt(connections) ||
  !(Number.isInteger(warmupS) && warmupS >= 0) ||
  !positiveInt(seedTickets) ||
  !positiveInt(users) ||
  LOADS.length === 0 ||
  !LOADS.every((k) => ALL_LOADS.includes(k))
) {
  console.error(USAGE);
  process.exit(args.help ? 0 : 2);
}
const serverUrl = args.url ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
if (
  kinds.includes('postgres') &&
  !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(serverUrl).hostname)
) {
  console.error(`the PostgreSQL server must be on the loopback interface: ${redact(serverUrl)}`);
  process.exit(2);
}

// ---- cleanup ------------------------------------------------------------------------------------

const cleanups = new Set<() => Promise<void>>();
/** Registers a cleanup; returns a function that runs it now (once). */
function onCleanup(fn: () => Promise<void>): () => Promise<void> {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    await fn();
  };
  cleanups.add(once);
  return once;
}
async function runCleanups(): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    try {
      await c();
    } catch (err) {
      console.error(`cleanup failed: ${(err as Error).message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server, removing the bench databases…`);
    void runCleanups().finally(() => process.exit(130));
  });
}

// ---- one database -------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function runOne(kind: Kind): Promise<RunResult> {
  const notes: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'srok-api-bench-'));
  onCleanup(async () => rmSync(work, { recursive: true, force: true }));
  const tokensFile = join(work, 'tokens.json');
  const logFile = join(work, 'server.log');

  let target: { databaseUrl: string } | { dataDir: string };
  if (kind === 'pglite') {
    target = { dataDir: join(work, 'data') };
    console.log(`\n== PGlite — ${target.dataDir}`);
  } else {
    const name = `srok_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    onCleanup(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    target = { databaseUrl: withDatabase(serverUrl, name) };
    console.log(`\n== PostgreSQL — ${redact(target.databaseUrl)}`);
  }

  // Seed in a separate process, before the server locks the folder.
  const seedStart = performance.now();
  const seedArgs = 'dataDir' in target ? ['--data-dir', target.dataDir] : ['--url', target.databaseUrl];
  const code = await runScript(ROOT, 'bench/api/seed.ts', [
    ...seedArgs,
    '--out',
    tokensFile,
    '--tickets',
    String(seedTickets),
    '--users',
    String(users),
  ]);
  if (code !== 0) throw new Error(`bench/api/seed.ts exited with code ${code}`);
  const seed = JSON.parse(readFileSync(tokensFile, 'utf8')) as SeedOutput;
  console.log(
    `seeded: world, ${int(seed.ticketNumbers.length)} tickets through fileTicket, API tokens for ` +
      `${seed.customerTokens.length} representatives and ${seed.engineerTokens.length} engineers ` +
      `(${((performance.now() - seedStart) / 1000).toFixed(1)} s with process start)`,
  );

  const server = await startServer({
    cwd: ROOT,
    ...target,
    filesDir: join(work, 'files'),
    logFile,
    logLevel: args['log-level'],
    env: budgets,
  });
  const stopServer = onCleanup(async () => {
    const exit = await server.stop();
    if (exit !== 0) notes.push(`the server exited with code ${exit ?? 'null (killed)'} on SIGTERM`);
  });
  console.log(
    `server: pid ${server.pid}, ${server.baseUrl}, healthy after ${(server.startMs / 1000).toFixed(1)} s`,
  );

  // Idle: settle, then the largest of a few samples.
  const idleSampler = new RssSampler(server.pid, RSS_INTERVAL_MS).start();
  await sleep(IDLE_SETTLE_MS);
  const idleRss = idleSampler.stop() || residentBytes(server.pid);
  console.log(`idle resident memory (VmRSS): ${mib(idleRss)}`);
  const children = descendants(server.pid);
  if (children.length > 0) {
    const rss = children.reduce((sum, pid) => sum + (residentBytes(pid) ?? 0), 0);
    notes.push(
      `the server has ${children.length} child process(es), ${mib(rss)} resident, not counted above`,
    );
  }

  const spec = (key: LoadKey) => ({
    key,
    baseUrl: server.baseUrl,
    connections,
    durationS,
    warmupS,
    customerTokens: seed.customerTokens,
    engineerTokens: seed.engineerTokens,
    ticketNumbers: seed.ticketNumbers,
    // The PostgreSQL server is shared: its CPU counts only where the bench is its load.
    meter: () => ({
      server: cpuMs(server.pid),
      autocannon: cpuMs(process.pid),
      ...(kind === 'postgres' ? { postgres: postgresCpuMs() } : {}),
    }),
    settleMs: SETTLE_MS,
  });
  const probes: string[] = [];
  for (const key of LOADS) {
    const answer = await probe(spec(key));
    probes.push(`${key} ${answer.status} (${answer.summary})`);
    if (answer.status < 200 || answer.status > 299) {
      const hint = answer.status === 404 ? ' (is the route there yet?)' : '';
      console.log(`probe: ${LOAD_LABELS[key]} answered ${answer.status}${hint}: ${answer.body}`);
      notes.push(`${LOAD_LABELS[key]}: a single probe call answered ${answer.status}${hint}`);
    }
  }
  console.log(`probe, one call each: ${probes.join('; ')}`);

  const loadSampler = new RssSampler(server.pid, RSS_INTERVAL_MS).start();
  const loads: LoadResult[] = [];
  try {
    for (const key of LOADS) {
      process.stdout.write(`load: ${LOAD_LABELS[key]} — ${warmupS} s warm-up, ${durationS} s… `);
      const r = await runLoad(spec(key));
      loads.push(r);
      console.log(`${int(r.reqPerSec)} req/s, p99 ${r.p99Ms} ms, non-2xx ${int(r.non2xx)}`);
      if (r.firstNonOk) notes.push(`${LOAD_LABELS[key]}: first non-2xx answer: ${r.firstNonOk}`);
      if (r.nonOkCodes['429'])
        notes.push(`${LOAD_LABELS[key]}: rate-limited (429); the per-user budgets are too low for this load`);
    }
  } finally {
    loadSampler.stop();
  }
  const peakRss = loadSampler.peak;
  // autocannon drops its connections mid-request when time is up: let those handlers finish first.
  await sleep(DRAIN_MS);
  const logSizeBeforeStop = statSync(logFile).size;
  await stopServer();
  notes.push(...logSummary(readFileSync(logFile, 'utf8'), logSizeBeforeStop));

  let pgbench: PgbenchResult | undefined;
  if (kind === 'postgres') {
    process.stdout.write(
      `pgbench: tpcb-like, scale 10, -c ${connections} -j ${Math.min(2, connections)} -T ${durationS}… `,
    );
    try {
      pgbench = await runPgbench({
        serverUrl,
        connections,
        durationS,
        onCreated: (drop) => {
          onCleanup(drop);
        },
      });
      console.log(
        `${fixed(pgbench.tps)} tps (init ${(pgbench.initMs / 1000).toFixed(1)} s; ${pgbench.version})`,
      );
    } catch (err) {
      console.log('failed');
      notes.push(`pgbench: ${(err as Error).message}`);
    }
  }

  const result: RunResult = { kind, loads, idleRss, peakRss, notes, ...(pgbench ? { pgbench } : {}) };
  console.log('');
  console.log(loadTable([result]));
  console.log('');
  for (const line of verdicts(result)) console.log(line);
  for (const n of notes) console.log(`note: ${n}`);
  await runCleanups();
  return result;
}

// ---- main ---------------------------------------------------------------------------------------

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
buildServer(ROOT); // the bench loads the server `npm start` runs
console.log(
  'Srok HTTP API bench: filing, queue first page, one ticket (autocannon → server in its own process)',
);
console.log(
  `databases: ${kinds.join(', ')}; ${connections} connections, ${durationS} s per load after ${warmupS} s ` +
    `warm-up; ${seedTickets} seeded tickets; ${users} representatives, ${users} engineers and a lead, ` +
    `their API tokens used in turn; Node ${process.version}`,
);
console.log(
  `per-user budgets of the ticket API raised to ${budgets.SROK_RATE_LIMIT_READ} reads and ` +
    `${budgets.SROK_RATE_LIMIT_WRITE} writes a minute (SROK_RATE_LIMIT_READ / _WRITE)`,
);
console.log(
  `machine: ${cpus().length} cores shared by the server, PostgreSQL and autocannon; load average ${load()} (1/5/15 min)`,
);
console.log(timeOfDayLine(Date.now(), users + 1));
const started = performance.now();
const results: RunResult[] = [];
let broken = false;
for (const kind of kinds) {
  try {
    results.push(await runOne(kind));
  } catch (err) {
    broken = true;
    console.error(`\n${kind}: bench failed: ${(err as Error).stack ?? err}`);
  } finally {
    await runCleanups();
  }
}
if (results.length > 1) {
  console.log('\n== Summary');
  console.log(loadTable(results));
  console.log('');
  for (const r of results) for (const line of verdicts(r)) console.log(line);
}
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()}`);
if (broken) process.exitCode = 1;
