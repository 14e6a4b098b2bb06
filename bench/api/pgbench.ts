// pgbench's built-in TPC-B-like script on the bench's PostgreSQL server, as the yardstick for
// filing throughput: a scratch database srok_pgbench_<random>, `pgbench -i -s <scale>`, then
// `pgbench -c <connections> -j 2 -T <duration>`, and the database dropped afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';

const PGBENCH_PATHS = ['/usr/lib/postgresql/15/bin/pgbench'];

/** pgbench of PostgreSQL 15 when installed, otherwise whichever is on PATH. */
export function pgbenchBinary(): string {
  return PGBENCH_PATHS.find((p) => existsSync(p)) ?? 'pgbench';
}

/** Runs one statement on the server's maintenance connection (the URL's own database). */
export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The server URL pointing at another database. */
export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL without its password, for printing. */
export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export interface PgbenchOptions {
  serverUrl: string;
  connections: number;
  durationS: number;
  scale?: number;
  /** Called with the scratch database's drop, so an interrupted run still removes it. */
  onCreated?: (drop: () => Promise<void>) => void;
}

export interface PgbenchResult {
  tps: number;
  binary: string;
  version: string;
  scale: number;
  clients: number;
  threads: number;
  durationS: number;
  initMs: number;
  /** Transactions processed, as pgbench reports them. */
  transactions: number | undefined;
  latencyAvgMs: number | undefined;
  failed: number | undefined;
}

/** Initialises a scratch database, runs tpcb-like on it, drops it; throws when pgbench fails. */
export async function runPgbench(opts: PgbenchOptions): Promise<PgbenchResult> {
  const binary = pgbenchBinary();
  const scale = opts.scale ?? 10;
  const threads = Math.min(2, opts.connections);
  const name = `srok_pgbench_${randomBytes(6).toString('hex')}`;
  const target = withDatabase(opts.serverUrl, name);
  const version = (await run(binary, ['--version'])).stdout.trim();
  await adminQuery(opts.serverUrl, `CREATE DATABASE "${name}"`);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await adminQuery(opts.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  opts.onCreated?.(drop);
  try {
    const initStart = performance.now();
    const init = await run(binary, ['-i', '-q', '-s', String(scale), target]);
    if (init.code !== 0) throw new Error(`pgbench -i failed (${init.code}): ${init.stderr.trim()}`);
    const initMs = performance.now() - initStart;
    const bench = await run(binary, [
      '-c',
      String(opts.connections),
      '-j',
      String(threads),
      '-T',
      String(opts.durationS),
      target,
    ]);
    if (bench.code !== 0) throw new Error(`pgbench failed (${bench.code}): ${bench.stderr.trim()}`);
    const out = bench.stdout;
    const tps = Number(/^tps = ([\d.]+)/m.exec(out)?.[1]);
    if (!Number.isFinite(tps)) throw new Error(`no "tps = …" in pgbench's output:\n${out}`);
    const num = (re: RegExp) => {
      const m = re.exec(out)?.[1];
      return m === undefined ? undefined : Number(m);
    };
    return {
      tps,
      binary,
      version,
      scale,
      clients: opts.connections,
      threads,
      durationS: opts.durationS,
      initMs,
      transactions: num(/^number of transactions actually processed: (\d+)/m),
      latencyAvgMs: num(/^latency average = ([\d.]+) ms/m),
      failed: num(/^number of failed transactions: (\d+)/m),
    };
  } finally {
    await drop();
  }
}
