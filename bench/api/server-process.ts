// The Srok server as a separate process for the HTTP bench: started on a free loopback port, waited
// for until GET /api/health answers 200, its resident memory read from /proc, stopped with SIGTERM.
// Scripts run as `node --import tsx <file>` so the child's pid is the server itself, not a
// launcher wrapped around it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The bundled server `npm start` runs (scripts/build-server.js). */
export const SERVER_BUNDLE = 'dist/server/srok.mjs';

/**
 * The Node flags `npm start` gives the server (package.json's start script), so the bench measures
 * the process an installation runs, memory settings included.
 */
export function startFlags(cwd: string): string[] {
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  const start = pkg.scripts?.start ?? '';
  const flags = /\bnode\s+(.*?)\s*dist\/server\/srok\.mjs/.exec(start)?.[1];
  if (flags === undefined)
    throw new Error(`package.json's start script does not run ${SERVER_BUNDLE}: ${start}`);
  return flags.split(/\s+/).filter(Boolean);
}

/** Builds the server bundle from the current sources, as `npm start` does. */
export function buildServer(cwd: string): void {
  execFileSync(process.execPath, ['scripts/build-server.js'], { cwd, stdio: 'inherit' });
}

export const LOOPBACK = '127.0.0.1';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** VmRSS of a live process in bytes, or undefined once it is gone (Linux /proc). */
export function residentBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/** The pids of a process's descendants (Linux /proc), nearest first. */
export function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${parent}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Samples a process's VmRSS at a fixed interval; `peak` is the largest sample so far. */
export class RssSampler {
  peak = 0;
  samples = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  /** Stops sampling (after one last sample) and returns the peak in bytes. */
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    return this.peak;
  }

  private sample(): void {
    const rss = residentBytes(this.pid);
    if (rss === undefined) return;
    this.samples++;
    if (rss > this.peak) this.peak = rss;
  }
}

/** Runs a TypeScript script in a child Node process and resolves with its exit code. */
export function runScript(
  cwd: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export interface ServerOptions {
  /** The repository root (the server runs src/http/server.ts from there). */
  cwd: string;
  /** DATABASE_URL for PostgreSQL, or SROK_DATA_DIR for PGlite; exactly one. */
  databaseUrl?: string;
  dataDir?: string;
  filesDir: string;
  /** Where the server's stdout and stderr go. */
  logFile: string;
  logLevel: string;
  /** Further environment of the server (e.g. its rate limits). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  startMs: number;
  /** SIGTERM, then wait for the exit (SIGKILL after `timeoutMs`); resolves with the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** Spawns the server and waits until it is healthy; rejects (after killing it) when it never is. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: LOOPBACK,
    LOG_LEVEL: opts.logLevel,
    NODE_ENV: 'production',
    SROK_FILES_DIR: opts.filesDir,
    SROK_TEST_CLOCK: '0',
    ...opts.env,
  };
  delete env.DATABASE_URL;
  delete env.SROK_DATA_DIR;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.dataDir) env.SROK_DATA_DIR = opts.dataDir;

  const log = openSync(opts.logFile, 'a');
  const started = performance.now();
  let child: ChildProcess;
  // BENCH_SERVER_NODE_ARGS: extra Node flags for the server only, e.g. --cpu-prof --cpu-prof-dir=DIR.
  try {
    child = spawn(
      process.execPath,
      [
        ...startFlags(opts.cwd),
        ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
        SERVER_BUNDLE, // what `npm start` runs; built by buildServer() before the first start
      ],
      {
        cwd: opts.cwd,
        env,
        stdio: ['ignore', log, log],
      },
    );
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? null : 1);
      resolve(exitCode);
    });
  });

  const stop = async (timeoutMs = 15_000): Promise<number | null> => {
    if (exitCode !== undefined) return exitCode;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const first = await Promise.race([exited, killed]);
    clearTimeout(timer);
    if (first !== 'timeout') return first;
    child.kill('SIGKILL');
    await exited;
    return null;
  };

  const baseUrl = `http://${LOOPBACK}:${port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`the server exited with code ${exitCode} before answering; see ${opts.logFile}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return { pid, baseUrl, startMs: performance.now() - started, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop(5000);
  throw new Error(`the server did not answer /api/health with 200 in time; see ${opts.logFile}`);
}
