// R15: support changes a ticket's type, priority, plan or a deadline, with a reason. Consumed working
// time is kept and due instants follow from the new targets; a manual deadline overrides a clock's.
import { DomainError } from '../errors.ts';
import type { Plan } from '../plans/plan.ts';
import { type SlaContext, viewClock } from '../sla/view-clock.ts';
import { consumedNow, targetsMs } from './clock-drafts.ts';
import type { EventDraft, ParameterChanges } from './events.ts';
import type { TicketState } from './state.ts';
import { CLOCK_NAMES, type ClockName } from './types.ts';

/** The parameters_changed event and a retarget of each live clock the change affects. */
export function decideParameterChange(
  s: TicketState,
  requested: ParameterChanges,
  reason: string,
  newPlan: Plan | undefined,
  ctx: SlaContext,
): EventDraft[] {
  const why = reason.trim();
  if (!why) throw new DomainError('ticket.reason_required');
  const changes: ParameterChanges = {};
  const previous: ParameterChanges = {};
  if (requested.type !== undefined && requested.type !== s.type) {
    changes.type = requested.type;
    previous.type = s.type;
  }
  if (requested.priority !== undefined && requested.priority !== s.priority) {
    changes.priority = requested.priority;
    previous.priority = s.priority;
  }
  if (requested.planId !== undefined && requested.planId !== s.planId) {
    if (newPlan?.id !== requested.planId)
      throw new DomainError('plan.not_found', { value: requested.planId });
    changes.planId = requested.planId;
    previous.planId = s.planId;
  }
  if (requested.deadline) {
    const { clock, dueAt } = requested.deadline;
    checkDeadline(s, clock, dueAt, ctx);
    if (dueAt !== s.clocks[clock].manualDueAt) {
      changes.deadline = { clock, dueAt };
      previous.deadline = { clock, dueAt: viewClock(clock, s.clocks[clock], ctx).dueAt };
    }
  }
  if (Object.keys(changes).length === 0) throw new DomainError('ticket.nothing_changed');
  const plan = changes.planId ? newPlan! : ctx.plan;
  return [
    { type: 'parameters_changed', changes, previous, reason: why },
    ...retargets(s, changes, plan, ctx),
  ];
}

function checkDeadline(s: TicketState, clock: ClockName, dueAt: number | null, ctx: SlaContext): void {
  // R16 fixes the auto-close period in calendar days; only the support clocks take a manual deadline.
  if (clock === 'auto_close') throw new DomainError('ticket.deadline_not_settable', { clock });
  const status = s.clocks[clock].status;
  if (status !== 'running' && status !== 'paused')
    throw new DomainError('ticket.clock_not_running', { clock });
  if (dueAt !== null && dueAt <= ctx.now) throw new DomainError('ticket.deadline_in_past', { clock });
}

function retargets(s: TicketState, changes: ParameterChanges, plan: Plan, ctx: SlaContext): EventDraft[] {
  const targets = targetsMs(plan, changes.type ?? s.type, changes.priority ?? s.priority);
  // Time already consumed under the old calendar cannot be re-measured under another one: freeze it.
  const rebase = plan.calendarId !== ctx.plan.calendarId;
  const drafts: EventDraft[] = [];
  for (const name of CLOCK_NAMES) {
    const c = s.clocks[name];
    if (c.status !== 'running' && c.status !== 'paused') continue;
    const manualDueAt = changes.deadline?.clock === name ? changes.deadline.dueAt : c.manualDueAt;
    const carry = rebase && name !== 'auto_close';
    if (targets[name] === c.targetMs && manualDueAt === c.manualDueAt && !carry) continue;
    drafts.push({
      type: 'clock',
      clock: name,
      action: 'retargeted',
      targetMs: targets[name],
      manualDueAt,
      ...(carry ? { carriedMs: consumedNow(s, name, ctx) } : {}),
    });
  }
  return drafts;
}

/**
 * The ticket's plan moved to another calendar (an administrator's edit of the plan): each live
 * working clock keeps what it consumed under the old calendar and counts on under the new one from
 * now, as a ticket's own plan change does; targets stand, so recorded warnings and breaches stay. A
 * clock the old calendar cannot measure any more is left to the new one.
 */
export function rebaseClocks(s: TicketState, oldCtx: SlaContext): EventDraft[] {
  return CLOCK_NAMES.flatMap((name): EventDraft[] => {
    const c = s.clocks[name];
    if (name === 'auto_close' || (c.status !== 'running' && c.status !== 'paused')) return [];
    let carriedMs: number;
    try {
      carriedMs = consumedNow(s, name, oldCtx);
    } catch (err) {
      if (err instanceof DomainError) return [];
      throw err;
    }
    const { targetMs, manualDueAt } = c;
    return [
      {
        type: 'clock',
        clock: name,
        action: 'retargeted',
        targetMs,
        manualDueAt,
        carriedMs,
        keepAlerts: true,
      },
    ];
  });
}
