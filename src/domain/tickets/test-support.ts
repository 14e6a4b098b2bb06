// Factories for domain tests: a plan, the Moscow calendar, and a ticket driven through commands.
import { buildRuStandardCalendar } from '../calendar/ru-standard.ts';
import type { Plan, Targets } from '../plans/plan.ts';
import { compileCalendar, parseInstant } from '../time/index.ts';
import type { TicketCommand } from './commands.ts';
import { decide } from './decide.ts';
import type { TicketEvent } from './events.ts';
import { evolve, type TicketState } from './state.ts';
import { type Actor, PRIORITIES, TICKET_TYPES } from './types.ts';

export const HOUR = 3_600_000;
export const ruStandard = compileCalendar(buildRuStandardCalendar());
export const msk = (iso: string) => parseInstant(iso, ruStandard.zone);

/** A plan with the same targets (in hours) for every type and priority. */
export function uniformPlan(
  reactionH: number,
  solutionH: number,
  progressH: number,
  overrides: Partial<Plan> = {},
): Plan {
  const targets: Targets = {
    reactionMinutes: reactionH * 60,
    solutionMinutes: solutionH * 60,
    progressMinutes: progressH * 60,
  };
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, targets]));
  return {
    id: 'test',
    name: 'Тестовый',
    calendarId: 'ru-standard',
    targets: Object.fromEntries(TICKET_TYPES.map((t) => [t, byPriority])) as Plan['targets'],
    autoCloseDays: 15,
    autoCloseReminderDays: 3,
    warningPercent: 80,
    alertsInWorkingHoursOnly: true,
    ...overrides,
  };
}

export const customer: Actor = { userId: 'customer-1', role: 'customer' };
export const engineer: Actor = { userId: 'engineer-1', role: 'engineer' };
export const lead: Actor = { userId: 'lead-1', role: 'lead' };

/** A ticket under test: apply commands at given instants, keep every event. */
export class TicketHarness {
  state: TicketState | undefined;
  readonly events: TicketEvent[] = [];

  constructor(readonly plan: Plan = uniformPlan(4, 16, 8)) {}

  run(at: string | number, actor: Actor, cmd: TicketCommand, plan: Plan = this.plan): TicketEvent[] {
    const now = typeof at === 'number' ? at : msk(at);
    const events = decide(this.state, cmd, { now, actor, calendar: ruStandard, plan });
    for (const e of events) this.state = evolve(this.state, e);
    this.events.push(...events);
    return events;
  }

  file(at: string, extra: Partial<Extract<TicketCommand, { type: 'file' }>> = {}): this {
    this.run(at, customer, {
      type: 'file',
      ticketType: 'incident',
      priority: 'high',
      planId: this.plan.id,
      subject: 'Ошибка при сохранении',
      description: 'Документ не сохраняется',
      requesterId: 'customer-1',
      organizationId: 'org-1',
      ...extra,
    });
    return this;
  }

  get s(): TicketState {
    if (!this.state) throw new Error('no ticket');
    return this.state;
  }

  ctx(at: string | number) {
    return { now: typeof at === 'number' ? at : msk(at), calendar: ruStandard, plan: this.plan };
  }
}
