// Run by data-dir-lock.test.ts as a separate process: `node --import tsx <this> <mode> <dataDir>`.
// open: openDatabase and report, then exit without closing; lock: hold the lock until killed.
import { DomainError } from '../domain/errors.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { openDatabase } from './open-database.ts';

const [mode, dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: data-dir-lock.fixture.ts open|lock <dataDir>');
const report = (value: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...value })}\n`);

try {
  if (mode === 'lock') {
    lockDataDir(dataDir);
    report({ locked: true });
    setInterval(() => {}, 60_000);
  } else {
    await openDatabase({ dataDir, skipMigrations: true });
    report({ opened: true });
    process.exit(0); // without close(): the exit hook must still release the lock
  }
} catch (err) {
  if (!(err instanceof DomainError)) throw err;
  report({ code: err.code, message: err.localize('ru') });
  process.exit(3);
}
