// Factories for ticket route tests: the test app plus a second organization with its own
// representative, tickets filed and driven through commands, and counts of what is stored.
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type ActOnTicketInput, actOnTicket } from '../../commands/act-on-ticket.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { fileTicket } from '../../commands/file-ticket.ts';
import { buildWorld, type World } from '../../commands/test-world.ts';
import type { Database } from '../../db/database.ts';
import { createSession } from '../../db/repositories/sessions.ts';
import { ticketEvents, tickets } from '../../db/schema.ts';
import type { Actor } from '../../domain/tickets/types.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { buildTestApp, type TestApp, type TestClient } from '../test-app.ts';
import type { TicketBudgets } from './limits.ts';

export type Role = 'customer' | 'engineer' | 'lead' | 'outsider' | 'admin';

/** The test app with a second organization ("other") whose representative is signed in too. */
export interface TicketTestApp extends TestApp {
  database: Database;
  deps: CommandDeps;
  other: World;
  /** The second organization's representative. */
  otherCustomer: TestClient;
  /** Files a ticket through the command as the first (or the other) organization's representative. */
  file(org?: 'own' | 'other', extra?: Partial<Parameters<typeof fileTicket>[1]>): Promise<number>;
  /** Runs a command on a ticket as one of the world's people. */
  act(number: number, who: Role | 'otherCustomer', command: ActOnTicketInput['command']): Promise<void>;
  /** How many tickets and events are stored. */
  stored(): Promise<{ tickets: number; events: number }>;
}

/** A signed-in client of any user of the app. */
export async function signIn(
  app: FastifyInstance,
  database: Database,
  userId: string,
  now: number,
): Promise<TestClient> {
  const session = await createSession(database.db, userId, new Date(now), 400 * 86_400_000);
  return {
    userId,
    request: (opts) =>
      app.inject({
        ...opts,
        cookies: { ...(opts.cookies ?? {}), [SESSION_COOKIE]: session.token },
        headers: { 'x-csrf-token': session.csrfToken, ...(opts.headers ?? {}) },
      }),
  };
}

/** Builds the app with two organizations; every command runs on the app's one clock. */
export async function setUpTickets(
  database: Database,
  now: number,
  opts: { ticketBudgets?: TicketBudgets } = {},
): Promise<TicketTestApp> {
  const t = await buildTestApp(database, now, opts);
  const other = await buildWorld(database.db, now);
  const deps: CommandDeps = t.world.deps;
  const otherCustomer = await signIn(t.app, database, other.customer.userId, now);
  const actors: Record<Role | 'otherCustomer', Actor> = {
    customer: t.world.customer,
    engineer: t.world.engineer,
    lead: t.world.lead,
    outsider: t.world.outsider,
    admin: t.world.admin,
    otherCustomer: other.customer,
  };
  return {
    ...t,
    database,
    deps,
    other,
    otherCustomer,
    async file(org = 'own', extra = {}) {
      const requesterId = org === 'own' ? t.world.customer.userId : other.customer.userId;
      const filed = await fileTicket(deps, {
        requesterId,
        type: 'incident',
        priority: 'high',
        subject: 'Не сохраняется документ',
        description: 'При сохранении отчёта появляется ошибка',
        ...extra,
      });
      return filed.number;
    },
    async act(number, who, command) {
      const actor = actors[who];
      const organizationId =
        who === 'customer' ? t.world.organizationId : who === 'otherCustomer' ? other.organizationId : null;
      await actOnTicket(deps, { ticketNumber: number, actor, organizationId, command });
    },
    async stored() {
      const [a] = await database.db.select({ n: count() }).from(tickets);
      const [b] = await database.db.select({ n: count() }).from(ticketEvents);
      return { tickets: Number(a?.n ?? 0), events: Number(b?.n ?? 0) };
    },
  };
}

/** A JSON POST. */
export function post(url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return {
    method: 'POST' as const,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers,
  };
}
