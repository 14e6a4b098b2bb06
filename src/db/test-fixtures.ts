// Factories for database tests: each call builds its own uniquely named rows.
import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';
import { upsertCalendar, upsertPlan } from './repositories/calendars.ts';
import { upsertContract, upsertOrganization } from './repositories/organizations.ts';
import type { NewTicket } from './repositories/tickets.ts';
import { upsertUser } from './repositories/users.ts';

const unique = () => randomUUID().slice(0, 8);

/** What a ticket needs to exist: an organization, its contract and plan, a customer and an engineer. */
export interface TicketContext {
  organizationId: string;
  contractId: string;
  planId: string;
  requesterId: string;
  engineerId: string;
}

/** Seeds one organization with a contract under a plan on a 9–17 calendar, plus two users. */
export async function seedTicketContext(db: Db): Promise<TicketContext> {
  const tag = unique();
  const calendar = await upsertCalendar(db, {
    id: `cal-${tag}`,
    name: 'Стандартный',
    definition: { timeZone: 'Europe/Moscow', week: { mon: [['09:00', '17:00']] } },
  });
  const plan = await upsertPlan(db, {
    id: `plan-${tag}`,
    name: 'Базовый',
    calendarId: calendar.id,
    definition: { reaction: { critical: 2 } },
  });
  const organization = await upsertOrganization(db, { name: `ООО Ромашка ${tag}` });
  const contract = await upsertContract(db, {
    organizationId: organization.id,
    number: `Д-${tag}`,
    planId: plan.id,
    validFrom: '2026-01-01',
  });
  const requester = await upsertUser(db, {
    email: `client-${tag}@example.ru`,
    name: 'Иван Петров',
    role: 'customer',
    organizationId: organization.id,
  });
  const engineer = await upsertUser(db, { email: `eng-${tag}@srok.test`, name: 'Анна', role: 'engineer' });
  return {
    organizationId: organization.id,
    contractId: contract.id,
    planId: plan.id,
    requesterId: requester.id,
    engineerId: engineer.id,
  };
}

/** A new-ticket row for the context; override any column. */
export function newTicket(ctx: TicketContext, overrides: Partial<NewTicket> = {}): NewTicket {
  return {
    organizationId: ctx.organizationId,
    contractId: ctx.contractId,
    planId: ctx.planId,
    requesterId: ctx.requesterId,
    type: 'incident',
    priority: 'normal',
    status: 'new',
    subject: 'Не формируется отчёт',
    description: 'После обновления отчёт пуст',
    state: { status: 'new' },
    ...overrides,
  };
}
