// What every command receives: the database and the one clock; nothing else is global.
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';

export interface CommandDeps {
  db: Db;
  clock: Clock;
}
