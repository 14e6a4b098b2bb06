// Seeds a database for the HTTP bench, in its own process because the running server will lock a
// PGlite folder: migrations, reference data, the commands' test world (an organization with a
// contract, its authorized representative, an engineer, a lead), a few hundred tickets filed
// through fileTicket, and one API token each for the representative and the engineer; then the
// job queue's schema and the delivery of those tickets' notices, as in a running installation.
//
// With --users N, N representatives (contacts of the same contract) and N engineers get a token
// each: the support team whose size every filing's alert to support depends on.
//
// Run: tsx bench/api/seed.ts (--data-dir DIR | --url URL) --out tokens.json [--tickets N] [--users N]
// Writes {customerToken, engineerToken, ticketNumbers, customerTokens, engineerTokens, ...} to the out file.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { systemClock } from '../../src/clock.ts';
import { fileTicket } from '../../src/commands/file-ticket.ts';
import { seedReferenceData } from '../../src/commands/seed-reference-data.ts';
import { buildWorld } from '../../src/commands/test-world.ts';
import type { Db } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { upsertContact } from '../../src/db/repositories/organizations.ts';
import { hashSecret, newSecret } from '../../src/db/repositories/sessions.ts';
import { upsertUser } from '../../src/db/repositories/users.ts';
import { apiTokens, contracts } from '../../src/db/schema.ts';
import type { Priority, TicketType } from '../../src/domain/tickets/types.ts';
import { startBoss } from '../../src/jobs/boss.ts';
import { deliverDueNotices } from '../../src/jobs/deliver-notices.ts';

/** What the seed writes for the bench. */
export interface SeedOutput {
  customerToken: string;
  engineerToken: string;
  ticketNumbers: number[];
  /** One token per representative, the world's own first (= customerToken). */
  customerTokens: string[];
  /** One token per engineer, the world's own first (= engineerToken). */
  engineerTokens: string[];
  organizationId: string;
  customerId: string;
  engineerId: string;
  seedMs: number;
}

const TYPES: TicketType[] = ['incident', 'request', 'incident', 'problem'];
const PRIORITIES: Priority[] = ['high', 'normal', 'critical', 'normal', 'low'];

/** Inserts an API token for the user; returns the secret (only its hash is stored). */
async function createToken(db: Db, userId: string, name: string): Promise<string> {
  const token = `srok_${newSecret()}`;
  await db.insert(apiTokens).values({
    userId,
    name,
    tokenHash: hashSecret(token),
    prefix: token.slice(0, 12),
    createdAt: new Date(),
  });
  return token;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
      tickets: { type: 'string', default: '300' },
      users: { type: 'string', default: '1' },
    },
  });
  const tickets = Number(args.tickets);
  const userCount = Number(args.users);
  if (
    !args.out ||
    (args['data-dir'] === undefined) === (args.url === undefined) ||
    !Number.isInteger(tickets) ||
    tickets < 1
  ) {
    console.error(
      'usage: tsx bench/api/seed.ts (--data-dir DIR | --url URL) --out tokens.json [--tickets N]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const database = await openDatabase(args.url ? { url: args.url } : { dataDir: args['data-dir']! });
  try {
    const { db } = database;
    await seedReferenceData(db);
    const world = await buildWorld(db, Date.now());
    const ticketNumbers: number[] = [];
    for (let i = 0; i < tickets; i++) {
      world.clock.set(Date.now());
      const filed = await fileTicket(world.deps, {
        requesterId: world.customer.userId,
        type: TYPES[i % TYPES.length]!,
        priority: PRIORITIES[i % PRIORITIES.length]!,
        subject: `Не сохраняется документ ${i + 1}`,
        description: 'При сохранении карточки договора — ошибка 500; журнал сервера приложен.',
        product: 'Srok Desk',
        build: '4.2.1',
      });
      ticketNumbers.push(filed.number);
    }
    const customerIds = [world.customer.userId];
    const engineerIds = [world.engineer.userId];
    if (userCount > 1) {
      const [contract] = await db
        .select({ id: contracts.id })
        .from(contracts)
        .where(eq(contracts.organizationId, world.organizationId));
      if (!contract) throw new Error("the world's contract is missing");
      const tag = world.organizationId.slice(0, 8);
      for (let i = 2; i <= userCount; i++) {
        const email = `bench-rep-${i}-${tag}@romashka.ru`;
        const name = `Представитель ${i}`;
        await upsertContact(db, { contractId: contract.id, name, email });
        const rep = await upsertUser(db, {
          email,
          name,
          role: 'customer',
          organizationId: world.organizationId,
          emailVerifiedAt: new Date(world.clock.now()),
        });
        customerIds.push(rep.id);
        const eng = await upsertUser(db, {
          email: `bench-eng-${i}-${tag}@srok.test`,
          name: `Инженер ${i}`,
          role: 'engineer',
        });
        engineerIds.push(eng.id);
      }
    }
    const customerTokens: string[] = [];
    for (const [i, id] of customerIds.entries())
      customerTokens.push(await createToken(db, id, `bench: customer ${i + 1}`));
    const engineerTokens: string[] = [];
    for (const [i, id] of engineerIds.entries())
      engineerTokens.push(await createToken(db, id, `bench: engineer ${i + 1}`));
    const output: SeedOutput = {
      customerToken: customerTokens[0]!,
      engineerToken: engineerTokens[0]!,
      ticketNumbers,
      customerTokens,
      engineerTokens,
      organizationId: world.organizationId,
      customerId: world.customer.userId,
      engineerId: world.engineer.userId,
      seedMs: performance.now() - started,
    };
    // The server then starts as an installation at rest does: the job queue's schema exists and
    // the seeded tickets' notices went out (to the development mailbox), so its idle is idle.
    const boss = await startBoss(database);
    await boss.stop({ graceful: true, wait: true });
    await deliverDueNotices({
      db,
      clock: systemClock,
      transport: { kind: 'mailbox' },
      from: 'Срок <noreply@localhost>',
      publicUrl: 'http://127.0.0.1',
    });
    writeFileSync(args.out, `${JSON.stringify(output, null, 2)}\n`);
  } finally {
    await database.close();
  }
}

await main();
