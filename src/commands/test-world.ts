// A small world for command tests: reference data, one customer organization with a contract,
// its representative, an engineer and a lead; each call builds uniquely named rows.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { upsertCalendar, upsertPlan } from '../db/repositories/calendars.ts';
import { upsertContact, upsertContract, upsertOrganization } from '../db/repositories/organizations.ts';
import { upsertUser } from '../db/repositories/users.ts';
import type { Plan } from '../domain/plans/plan.ts';
import { uniformPlan } from '../domain/tickets/test-support.ts';
import type { Actor } from '../domain/tickets/types.ts';
import type { CommandDeps } from './deps.ts';
import { fileTicket } from './file-ticket.ts';
import { seedReferenceData } from './seed-reference-data.ts';

export interface World {
  deps: CommandDeps;
  clock: ManualClock;
  organizationId: string;
  customer: Actor & { userId: string };
  engineer: Actor & { userId: string };
  lead: Actor & { userId: string };
  outsider: Actor & { userId: string };
  admin: Actor & { userId: string };
  planId: string;
}

export interface WorldOptions {
  plan?: Partial<Plan>;
  hours?: [reaction: number, solution: number, progress: number];
}

/** Round the clock in UTC, for tests that must not depend on the time of day. */
export const ALWAYS_CALENDAR_ID = 'test-always';

/** Seeds the world on `db` with a uniform plan (default 4/16/8 hours on ru-standard); the clock starts at `now`. */
export async function buildWorld(db: Db, now: number, opts: WorldOptions = {}): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  await seedReferenceData(db);
  const week = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
  );
  await upsertCalendar(db, {
    id: ALWAYS_CALENDAR_ID,
    name: 'Круглосуточно',
    definition: { timeZone: 'UTC', week },
  });
  const [r, s, p] = opts.hours ?? [4, 16, 8];
  const { id, name, calendarId, ...definition } = uniformPlan(r, s, p, { id: `test-${tag}`, ...opts.plan });
  await upsertPlan(db, { id, name, calendarId, definition });
  const org = await upsertOrganization(db, { name: `ООО «Ромашка» ${tag}` });
  const contract = await upsertContract(db, {
    organizationId: org.id,
    number: `Д-${tag}`,
    planId: id,
    validFrom: '2023-01-01',
    validTo: '2027-12-31',
  });
  const email = `rep-${tag}@romashka.ru`;
  await upsertContact(db, { contractId: contract.id, name: 'Ирина Петрова', email });
  // Customers confirmed their addresses: only a verified address may file (R10).
  const emailVerifiedAt = new Date(now);
  const rep = await upsertUser(db, {
    email,
    name: 'Ирина Петрова',
    role: 'customer',
    organizationId: org.id,
    emailVerifiedAt,
  });
  const eng = await upsertUser(db, { email: `eng-${tag}@srok.test`, name: 'Анна Инженер', role: 'engineer' });
  const ld = await upsertUser(db, {
    email: `lead-${tag}@srok.test`,
    name: 'Олег Руководитель',
    role: 'lead',
  });
  const out = await upsertUser(db, {
    email: `out-${tag}@example.ru`,
    name: 'Посторонний',
    role: 'customer',
    emailVerifiedAt,
  });
  const adm = await upsertUser(db, { email: `admin-${tag}@srok.test`, name: 'Администратор', role: 'admin' });
  const clock = new ManualClock(now);
  return {
    deps: { db, clock },
    clock,
    organizationId: org.id,
    customer: { userId: rep.id, role: 'customer' },
    engineer: { userId: eng.id, role: 'engineer' },
    lead: { userId: ld.id, role: 'lead' },
    outsider: { userId: out.id, role: 'customer' },
    admin: { userId: adm.id, role: 'admin' },
    planId: id,
  };
}

/** Files `count` normal incidents as the world's customer, one after another; their ids in order. */
export async function fileIncidents(w: World, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const filed = await fileTicket(w.deps, {
      requesterId: w.customer.userId,
      type: 'incident',
      priority: 'normal',
      subject: `Обращение ${i}`,
      description: 'Текст',
    });
    ids.push(filed.id);
  }
  return ids;
}
