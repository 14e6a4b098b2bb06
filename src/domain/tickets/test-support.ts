// Factories for domain tests: plans, the Moscow calendar, and a ticket driven through commands.
import { buildRuStandardCalendar } from '../calendar/ru-standard.ts';
import { DomainError } from '../errors.ts';
import type { Plan, Targets } from '../plans/plan.ts';
import type { SlaContext } from '../sla/view-clock.ts';
import { compileCalendar, formatInstant, parseInstant, type WorkingCalendar } from '../time/index.ts';
import type { TicketCommand } from './commands.ts';
import { decide } from './decide.ts';
import type { TicketEvent } from './events.ts';
import { evolve, type TicketState } from './state.ts';
import { type Actor, PRIORITIES, TICKET_TYPES, type TicketStatus } from './types.ts';

export const HOUR = 3_600_000;
export const ruStandard = compileCalendar(buildRuStandardCalendar());
export const msk = (iso: string) => parseInstant(iso, ruStandard.zone);
/** Moscow ISO text of an instant, or null. */
export const iso = (t: number | null) => (t === null ? null : formatInstant(t, ruStandard.zone));

/** The code of the DomainError `fn` throws; any other outcome fails the test. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  throw new Error('expected a DomainError');
}

/** Events as short labels: `clock:action` for clock events, the type for the rest. */
export function labels(events: readonly TicketEvent[]): string[] {
  return events.map((e) => (e.type === 'clock' ? `${e.clock}:${e.action}` : e.type));
}

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

/** A ticket under test: apply commands at given instants under its plan and calendar, keep every event. */
export class TicketHarness {
  state: TicketState | undefined;
  readonly events: TicketEvent[] = [];

  constructor(
    public plan: Plan = uniformPlan(4, 16, 8),
    public calendar: WorkingCalendar = ruStandard,
  ) {}

  run(at: string | number, actor: Actor, cmd: TicketCommand): TicketEvent[] {
    const events = decide(this.state, cmd, { ...this.ctx(at), actor, ticketNumber: 1001 });
    for (const e of events) this.state = evolve(this.state, e);
    this.events.push(...events);
    return events;
  }

  /** The plan (and calendar) the ticket is under from now on, as the command layer reloads them. */
  use(plan: Plan, calendar: WorkingCalendar = this.calendar): this {
    this.plan = plan;
    this.calendar = calendar;
    return this;
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

  ctx(at: string | number): SlaContext {
    const now = typeof at === 'number' ? at : parseInstant(at, this.calendar.zone);
    return { now, calendar: this.calendar, plan: this.plan };
  }
}

/** A ticket filed Monday 2026-11-02 09:00 Moscow and driven to `status` within that day. */
export function ticketIn(status: TicketStatus, plan?: Plan): TicketHarness {
  const t = new TicketHarness(plan).file('2026-11-02T09:00');
  if (status === 'new') return t;
  t.run('2026-11-02T10:00', engineer, { type: 'reply', text: 'Смотрим' });
  if (status === 'waiting_customer') {
    t.run('2026-11-02T11:00', engineer, { type: 'request_info', kind: 'information', text: 'Журнал?' });
  }
  if (status === 'solution_proposed' || status === 'closed') {
    t.run('2026-11-02T12:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
  }
  if (status === 'closed') t.run('2026-11-02T13:00', customer, { type: 'accept' });
  return t;
}
