// Entry point of `npm start`: config → database → jobs → app → listen; stops gracefully on
// SIGINT/SIGTERM (in-flight requests finish, jobs stop, the data folder is released).

import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { sql } from 'drizzle-orm';
import { ManualClock, systemClock } from '../clock.ts';
import { ensureFirstAdmin } from '../commands/accounts/ensure-first-admin.ts';
import type { CommandDeps } from '../commands/deps.ts';
import { seedReferenceData } from '../commands/seed-reference-data.ts';
import { loadConfig } from '../config.ts';
import { type Database, queryRows } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { DomainError } from '../domain/errors.ts';
import { pickLang } from '../i18n/index.ts';
import { startBoss } from '../jobs/boss.ts';
import { type DeliveryDeps, deliverDueNotices } from '../jobs/deliver-notices.ts';
import { startDeliveryWorker } from '../jobs/delivery-worker.ts';
import { checkJobs } from '../jobs/job-health.ts';
import { startRetention } from '../jobs/retention.ts';
import { startSlaSweeper } from '../jobs/sla-sweeper.ts';
import { createMailTransport } from '../mail/transport.ts';
import { buildApp, securityOptionsOf } from './app.ts';

const config = loadConfig();
// On the embedded database the portal is a small installation and memory is the scarce resource:
// V8 then collects garbage before letting the heap grow (a burst of filings that mails a whole team
// peaked near 400 MB, now near 240 MB, at about 7% of the embedded database's throughput). Set
// before the database opens, so loading the embedded database is covered too; a heuristic flag, read
// whenever the heap's limits are recomputed, so setting it at run time takes effect.
if (!config.DATABASE_URL) setFlagsFromString('--optimize-for-size');
let database: Database;
try {
  database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.SROK_DATA_DIR });
} catch (err) {
  if (!(err instanceof DomainError)) throw err;
  process.stderr.write(`${err.localize(pickLang(process.env.SROK_LANG))}\n`);
  process.exit(1);
}
await seedReferenceData(database.db);
if (config.SROK_ADMIN_EMAIL && config.SROK_ADMIN_PASSWORD) {
  await ensureFirstAdmin(
    { db: database.db, clock: systemClock },
    { email: config.SROK_ADMIN_EMAIL, password: config.SROK_ADMIN_PASSWORD },
  );
}
// All time in the server comes from this one clock; the test clock is settable (PUT /api/test/clock).
const testClock = config.SROK_TEST_CLOCK === '1' ? new ManualClock(systemClock.now()) : undefined;
// The test clock moves the business present; sessions and rate limits keep real time (sessionClock).
const deps: CommandDeps = {
  db: database.db,
  clock: testClock ?? systemClock,
  ...(testClock ? { sessionClock: systemClock } : {}),
};
const boss = await startBoss(database);
let closing = false;
const deliveryDeps: DeliveryDeps = {
  ...deps,
  transport: createMailTransport(config.SMTP_URL), // none: the development mailbox (/admin/mailbox)
  from: config.MAIL_FROM,
  publicUrl: config.SROK_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
  // Bigger batches on PostgreSQL (fewer statements under load); PGlite keeps the memory of its
  // largest statement for good, so it stays with the default.
  ...(database.kind === 'postgres' ? { batchSize: 100 } : {}),
  onError: (err, outboxId) => app.log.warn({ err, outboxId }, 'notice delivery failed; it will be retried'),
};
const app = await buildApp({
  commands: deps,
  files: {
    dir: config.SROK_FILES_DIR ?? join(config.SROK_DATA_DIR, 'files'),
    maxBytes: config.SROK_MAX_UPLOAD_MB * 1_048_576,
  },
  ...(testClock ? { testClock, deliverDue: () => deliverDueNotices(deliveryDeps) } : {}),
  ...(config.SROK_WEB_DIR ? { webDir: config.SROK_WEB_DIR } : {}),
  probe: {
    database: async () => (await queryRows(database.db, sql`select 1 as ok`)).length === 1,
    jobs: () => checkJobs(database.db, deps.clock, closing ? null : boss),
  },
  logLevel: config.LOG_LEVEL,
  ...securityOptionsOf(config), // Secure cookies, trusted proxies, the metrics token
  ticketBudgets: { read: config.SROK_RATE_LIMIT_READ, write: config.SROK_RATE_LIMIT_WRITE },
});
deps.sweeper = await startSlaSweeper(boss, deps, (err) => app.log.error({ err }, 'SLA sweep failed'));
const delivery = await startDeliveryWorker(boss, deliveryDeps);
// Not under the test clock: moving it months ahead would age the mails an end-to-end test reads next.
if (!testClock) {
  await startRetention(
    boss,
    {
      ...deps,
      outboxDays: config.SROK_OUTBOX_RETENTION_DAYS,
      mailboxDays: config.SROK_MAILBOX_RETENTION_DAYS,
    },
    (purged) => {
      if (Object.values(purged).some((n) => n > 0))
        app.log.info(
          { purged },
          'expired outbox rows, mails, idempotency keys and rate-limit windows deleted',
        );
    },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    (async () => {
      await app.close();
      await delivery.close();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await database.close();
    })().then(
      () => process.exit(0),
      (err) => {
        app.log.error(err);
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
app.log.info(
  { database: database.kind, dataDir: database.kind === 'pglite' ? config.SROK_DATA_DIR : undefined },
  'Srok is ready',
);
