import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir, readLockOwner } from './data-dir-lock.ts';
import { openDatabase } from './open-database.ts';

const FIXTURE = fileURLToPath(new URL('./data-dir-lock.fixture.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const folders: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'srok-lock-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the fixture in its own Node process; resolves with its first report line. */
function startChild(mode: 'open' | 'lock', dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode, dataDir], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const firstLine = new Promise<Record<string, unknown>>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line) as Record<string, unknown>);
    });
    child.on('close', (code) => reject(new Error(`child exited (${code}) without a report: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, firstLine, exited };
}

function kill(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGKILL');
}

describe('PGlite data folder lock', () => {
  it('refuses another process while one has the folder open, with a clear message', async () => {
    const dataDir = tempDataDir();
    const database = await openDatabase({ dataDir });
    try {
      const { firstLine, exited } = startChild('open', dataDir);
      const report = await firstLine;
      expect(await exited).toBe(3);
      expect(report.code).toBe('db.data_dir_locked');
      expect(report.message).toContain(`Папка данных ${dataDir} уже используется процессом ${process.pid}`);
      expect(report.message).toContain('SROK_DATA_DIR');
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'db.data_dir_locked' });
    } finally {
      await database.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    // Free again: another process opens it, and its exit hook releases the lock without close().
    const { firstLine, exited } = startChild('open', dataDir);
    expect(await firstLine).toMatchObject({ opened: true });
    expect(await exited).toBe(0);
    expect(readLockOwner(dataDir)).toBeUndefined();
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dataDir = tempDataDir();
    const { child, firstLine, exited } = startChild('lock', dataDir);
    try {
      const report = await firstLine;
      expect(readLockOwner(dataDir)?.pid).toBe(report.pid);
      expect(() => lockDataDir(dataDir)).toThrow(/in use by process/);
    } finally {
      kill(child);
    }
    await exited;
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true); // SIGKILL left it behind
    const database = await openDatabase({ dataDir, skipMigrations: true });
    expect(readLockOwner(dataDir)?.pid).toBe(process.pid);
    await database.close();
    expect(readLockOwner(dataDir)).toBeUndefined();
  });

  it('treats an unreadable lock file as stale and a lock from another host as held', () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, LOCK_FILE), 'not json');
    const lock = lockDataDir(dataDir);
    expect(readLockOwner(dataDir)?.pid).toBe(process.pid);
    lock.release();
    lock.release();
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'elsewhere', since: '' }));
    expect(() => lockDataDir(dataDir)).toThrow(expect.objectContaining({ code: 'db.data_dir_locked' }));
  });
});
