// Route tests: the real app over a throwaway database, with signed-in clients for every role.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { systemClock } from '../clock.ts';
import { buildWorld, type World } from '../commands/test-world.ts';
import type { Database } from '../db/database.ts';
import { createSession } from '../db/repositories/sessions.ts';
import { deliverDueNotices } from '../jobs/deliver-notices.ts';
import { buildApp } from './app.ts';
import { SESSION_COOKIE } from './plugins/auth.ts';
import type { TicketBudgets } from './tickets/limits.ts';

/** A signed-in client: injects requests with the session cookie and the CSRF header. */
export interface TestClient {
  userId: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  world: World;
  /** Signed-in clients of the world's users. */
  as: Record<'customer' | 'engineer' | 'lead' | 'outsider' | 'admin', TestClient>;
  anonymous: TestClient;
  close(): Promise<void>;
}

/** Builds the app on `database` with a seeded world whose clock starts at `now`. */
export async function buildTestApp(
  database: Database,
  now: number,
  opts: {
    testClock?: boolean;
    files?: { dir: string; maxBytes: number };
    deliverDue?: () => Promise<unknown>;
    ticketBudgets?: TicketBudgets;
  } = {},
): Promise<TestApp> {
  const world = await buildWorld(database.db, now);
  if (opts.testClock) world.deps.sessionClock = systemClock; // as server.ts does
  const app = await buildApp({
    probe: { database: async () => true },
    commands: world.deps,
    logLevel: 'silent',
    ...(opts.testClock ? { testClock: world.clock } : {}),
    ...(opts.deliverDue ? { deliverDue: opts.deliverDue } : {}),
    ...(opts.files ? { files: opts.files } : {}),
    ...(opts.ticketBudgets ? { ticketBudgets: opts.ticketBudgets } : {}),
  });
  const client = async (userId: string): Promise<TestClient> => {
    const born = (world.deps.sessionClock ?? world.clock).now();
    const session = await createSession(database.db, userId, new Date(born), 400 * 86_400_000);
    return {
      userId,
      request: (opts) =>
        app.inject({
          ...opts,
          cookies: { ...(opts.cookies ?? {}), [SESSION_COOKIE]: session.token },
          headers: { 'x-csrf-token': session.csrfToken, ...(opts.headers ?? {}) },
        }),
    };
  };
  return {
    app,
    world,
    as: {
      customer: await client(world.customer.userId),
      engineer: await client(world.engineer.userId),
      lead: await client(world.lead.userId),
      outsider: await client(world.outsider.userId),
      admin: await client(world.admin.userId),
    },
    anonymous: { userId: '', request: (opts) => app.inject(opts) },
    close: () => app.close(),
  };
}

/** A multipart/form-data body with files in the field `file`, for inject() uploads. */
export function multipart(files: Array<{ filename: string; type: string; content: Buffer }>) {
  const boundary = '----srok-test-boundary';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Delivers the world's due notices to the development mailbox and the portal, as the worker does. */
export function deliverNotices(world: World) {
  return deliverDueNotices({
    db: world.deps.db,
    clock: world.clock,
    transport: { kind: 'mailbox' },
    from: 'Срок <noreply@srok.test>',
    publicUrl: 'https://srok.test',
  });
}
