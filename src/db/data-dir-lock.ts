// An exclusive lock on a PGlite data folder: two processes writing one folder lose data silently.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError } from '../domain/errors.ts';

export const LOCK_FILE = 'srok.lock';

/** The lock file's content: who holds the folder. */
export interface LockOwner {
  pid: number;
  host: string;
  since: string; // ISO instant the lock was taken
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours; idempotent. */
  release(): void;
}

/**
 * Takes the folder's lock file with O_EXCL; a lock left by a dead process on this host is taken
 * over. Throws DomainError 'db.data_dir_locked' while another live process (or this one) holds it.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const content = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, content)) {
      // A racing process that judged the old lock stale may have replaced ours: check it is still ours.
      if (readIfExists(path) !== content) continue;
      return holdLock(path, content);
    }
    const raw = readIfExists(path);
    if (raw === undefined) continue; // removed between our attempts: try again
    const owner = parseOwner(raw);
    if (owner && isAlive(owner)) {
      throw new DomainError('db.data_dir_locked', { dir, pid: owner.pid, host: owner.host });
    }
    // Stale (dead owner or unreadable file): remove it only if it is still the file we judged.
    if (readIfExists(path) === raw) removeQuietly(path);
  }
  const owner = parseOwner(readIfExists(path) ?? '');
  throw new DomainError('db.data_dir_locked', { dir, pid: owner?.pid ?? '?', host: owner?.host ?? '?' });
}

/** Reads who holds the folder, if anyone. */
export function readLockOwner(dataDir: string): LockOwner | undefined {
  const raw = readIfExists(join(resolve(dataDir), LOCK_FILE));
  return raw === undefined ? undefined : parseOwner(raw);
}

function holdLock(path: string, content: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readIfExists(path) === content) removeQuietly(path);
  };
  // 'exit' covers normal ends and process.exit(); a killed process leaves a stale lock taken over later.
  process.on('exit', release);
  return { path, release };
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function parseOwner(raw: string): LockOwner | undefined {
  try {
    const value = JSON.parse(raw) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return undefined;
    return { pid: value.pid, host: String(value.host ?? ''), since: String(value.since ?? '') };
  } catch {
    return undefined; // a half-written or foreign file: treated as stale
  }
}

/** A process on another host cannot be probed, so its lock counts as alive. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}
