// "The outbox just got rows": a doorbell per database, rung by the HTTP layer after a state-changing
// request and answered by the delivery worker serving that database, so a notice leaves right after
// its transaction commits instead of at the next safety sweep.
import type { Db } from '../db/database.ts';

type Listener = () => void;
const bells = new WeakMap<Db, Set<Listener>>();

/** Subscribes to the database's doorbell; returns the unsubscriber. */
export function onOutboxWritten(db: Db, listener: Listener): () => void {
  let set = bells.get(db);
  if (!set) {
    set = new Set();
    bells.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Rings the doorbell; nothing happens when no worker serves this database (tests, the CLI). */
export function signalOutboxWritten(db: Db): void {
  for (const listener of bells.get(db) ?? []) listener();
}
