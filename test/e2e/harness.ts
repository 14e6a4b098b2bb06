// The browser tests' world: the portal built once, the real server on a fresh embedded database
// (its own port, data folder and test clock), and Debian's Chromium driven by playwright-core.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { ApiClient } from './api-client.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const ADMIN = { email: 'admin@example.com', password: 'Пароль-администратора-1' };
export const SKIP_MESSAGE = `браузерные тесты пропущены: нет ${CHROMIUM} — apt-get install -y chromium`;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether CI asked for every test to run (a missing browser is then a failure, not a skip). */
export function isCI(): boolean {
  const ci = process.env.CI ?? '';
  return ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && !isCI()) console.warn(`\n${SKIP_MESSAGE}\n`);

/** `describe` for browser tests: skipped without Chromium, except on CI where it must fail. */
export const describeInBrowser = chromiumMissing && !isCI() ? describe.skip : describe;

/** A running portal: its address, the browser, and the administrator's API session. */
export interface Portal {
  baseUrl: string;
  browser: Browser;
  admin: ApiClient;
  /** A fresh browser profile (its own cookies), Russian, 1280×800 unless told. */
  newContext(options?: { width?: number; height?: number }): Promise<BrowserContext>;
  /** The server's output so far (for failure messages). */
  serverLog(): string;
  close(): Promise<void>;
}

/** Builds the portal (unless SROK_E2E_WEB_DIR points at a build), starts the server and Chromium. */
export async function startPortal(): Promise<Portal> {
  if (chromiumMissing)
    throw new Error(`в CI браузерные тесты обязательны: нет ${CHROMIUM} — apt-get install -y chromium`);
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    const webDir = process.env.SROK_E2E_WEB_DIR ?? buildPortal(cleanup);
    const dataDir = mkdtempSync(join(tmpdir(), 'srok-e2e-data-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const server = startServer(port, dataDir, webDir);
    cleanup.push(() => stopServer(server.child));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, server);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    cleanup.push(() => browser.close());
    const admin = new ApiClient(baseUrl);
    await admin.login(ADMIN.email, ADMIN.password);
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      baseUrl,
      browser,
      admin,
      newContext: async ({ width = 1280, height = 800 } = {}) => {
        const context = await browser.newContext({
          baseURL: baseUrl,
          locale: 'ru-RU',
          viewport: { width, height },
        });
        context.setDefaultTimeout(20_000);
        return context;
      },
      serverLog: () => server.log.join(''),
      close: () => runCleanup(cleanup),
    };
  } catch (err) {
    await runCleanup(cleanup);
    throw err;
  }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs a browser profile in through the API (for steps where the login form is not the point). */
export async function signInContext(
  context: BrowserContext,
  credentials: { email: string; password: string },
): Promise<void> {
  const { email, password } = credentials;
  const res = await context.request.post('/api/auth/login', { data: { email, password } });
  if (!res.ok()) throw new Error(`вход ${credentials.email}: ${res.status()} ${await res.text()}`);
}

function buildPortal(cleanup: (() => void)[]): string {
  const outDir = mkdtempSync(join(tmpdir(), 'srok-e2e-web-'));
  cleanup.push(() => rmSync(outDir, { recursive: true, force: true }));
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`сборка портала не удалась:\n${built.stdout}\n${built.stderr}`);
  return outDir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  log: string[];
}

// One process (node with the tsx loader), so stopping it by its PID stops the whole server.
function startServer(port: number, dataDir: string, webDir: string): RunningServer {
  const { DATABASE_URL: _postgres, ...inherited } = process.env; // always the embedded database
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/http/server.ts'], {
    cwd: ROOT,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      SROK_DATA_DIR: dataDir,
      SROK_TEST_CLOCK: '1',
      SROK_ADMIN_EMAIL: ADMIN.email,
      SROK_ADMIN_PASSWORD: ADMIN.password,
      SROK_WEB_DIR: webDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return { child, log };
}

async function waitForHealth(baseUrl: string, server: RunningServer): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`сервер завершился с кодом ${server.child.exitCode}:\n${server.log.join('')}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`сервер не ответил на /api/health за 90 с:\n${server.log.join('')}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function runCleanup(steps: (() => Promise<void> | void)[]): Promise<void> {
  for (const step of steps.splice(0).reverse()) {
    try {
      await step();
    } catch (err) {
      console.error('e2e cleanup:', err);
    }
  }
}
