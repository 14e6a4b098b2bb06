// The ticket state machine: validates a command against the state and the rules, returns the events.
import { DomainError } from '../errors.ts';
import { targetsFor } from '../plans/plan.ts';
import type { ClockState } from '../sla/clock.ts';
import { DAY_MS, type SlaContext, viewClock } from '../sla/clock-view.ts';
import type { TicketCommand } from './commands.ts';
import type { ClockAction, TicketEvent } from './events.ts';
import { authorize } from './policy.ts';
import type { TicketState } from './state.ts';
import type { Actor, ClockName, TicketStatus } from './types.ts';

export interface DecideContext extends SlaContext {
  actor: Actor;
}

type Draft = TicketEvent extends infer E ? (E extends TicketEvent ? Omit<E, 'at' | 'actor'> : never) : never;

/** Events that carry out `cmd` on the ticket, or a typed DomainError; never a silent no-op. */
export function decide(
  state: TicketState | undefined,
  cmd: TicketCommand,
  ctx: DecideContext,
): TicketEvent[] {
  authorize(ctx.actor, cmd);
  const drafts = state ? decideOn(state, cmd, ctx) : decideFiling(cmd, ctx);
  return drafts.map((d) => ({ ...d, at: ctx.now, actor: ctx.actor }) as TicketEvent);
}

function decideFiling(cmd: TicketCommand, ctx: DecideContext): Draft[] {
  if (cmd.type !== 'file') throw new DomainError('ticket.not_found', { value: '—' });
  const t = targetsFor(ctx.plan, cmd.ticketType, cmd.priority);
  const { type: _command, ...fields } = cmd;
  return [
    { type: 'filed', ...required(fields, 'subject', 'description'), ticketType: cmd.ticketType },
    clock('reaction', 'started', { targetMs: t.reactionMinutes * 60_000 }),
    clock('solution', 'started', { targetMs: t.solutionMinutes * 60_000 }),
  ] as Draft[];
}

function decideOn(s: TicketState, cmd: TicketCommand, ctx: DecideContext): Draft[] {
  if (cmd.type === 'file') throw illegal(s, cmd.type);
  if (s.status === 'closed' && cmd.type === 'customer_reply') {
    throw new DomainError('ticket.closed_follow_up', { number: '' });
  }
  if (s.status === 'closed' && cmd.type !== 'note') throw illegal(s, cmd.type);
  const t = targetsFor(ctx.plan, s.type, s.priority);
  const progressTarget = t.progressMinutes * 60_000;
  switch (cmd.type) {
    case 'assign':
      return [
        { type: 'assigned', assigneeId: cmd.assigneeId },
        ...(s.status === 'new' && cmd.assigneeId
          ? [clock('progress', 'started', { targetMs: progressTarget })]
          : []),
      ];
    case 'reply':
      return [
        { type: 'public_reply', text: text(cmd.text) },
        ...stopIfActive(s, 'reaction', ctx),
        ...(s.status === 'new' || s.status === 'in_progress'
          ? [clock('progress', 'started', { targetMs: progressTarget })]
          : []),
      ];
    case 'note':
      return [{ type: 'internal_note', text: text(cmd.text) }];
    case 'request_info':
      expectStatus(s, cmd.type, 'new', 'in_progress', 'waiting_customer');
      return [
        { type: 'info_requested', kind: cmd.kind, text: text(cmd.text) },
        ...stopIfActive(s, 'reaction', ctx),
        ...(s.clocks.solution.status === 'running' ? [clock('solution', 'paused')] : []),
        ...stopIfActive(s, 'progress', ctx),
      ];
    case 'customer_reply':
      if (s.status === 'solution_proposed') return newCycle(s, text(cmd.text), ctx);
      return [
        { type: 'customer_replied', text: text(cmd.text) },
        ...(s.status === 'waiting_customer'
          ? [clock('solution', 'resumed'), clock('progress', 'started', { targetMs: progressTarget })]
          : []),
      ];
    case 'propose':
      expectStatus(s, cmd.type, 'new', 'in_progress', 'waiting_customer');
      return [
        {
          type: 'solution_proposed',
          kind: cmd.kind,
          text: text(cmd.text),
          autoCloseAt: ctx.now + autoCloseMs(ctx),
        },
        ...stopIfActive(s, 'reaction', ctx),
        ...stopIfActive(s, 'solution', ctx),
        ...stopIfActive(s, 'progress', ctx),
        clock('auto_close', 'started', { targetMs: autoCloseMs(ctx) }),
      ];
    case 'accept':
      expectStatus(s, cmd.type, 'solution_proposed');
      return [
        { type: 'solution_accepted' },
        clock('auto_close', 'stopped'),
        { type: 'closed', reason: 'accepted' },
      ];
    case 'reject':
      expectStatus(s, cmd.type, 'solution_proposed');
      return newCycle(s, text(cmd.comment), ctx);
    case 'withdraw':
      return [...stopAll(s, ctx), { type: 'closed', reason: 'withdrawn' }];
    case 'change_parameters':
      return changeParameters(s, cmd, ctx);
    case 'set_deadline':
      return setDeadline(s, cmd, ctx);
    case 'dispute':
      if (s.openDispute) throw new DomainError('ticket.dispute_already_open');
      return [{ type: 'dispute_opened', text: text(cmd.text) }];
    case 'answer_dispute':
      if (!s.openDispute) throw new DomainError('ticket.no_open_dispute');
      return [{ type: 'dispute_answered', text: text(cmd.text) }];
  }
}

/** R8: the customer's answer to a proposal starts a new solution cycle counted from that answer. */
function newCycle(s: TicketState, comment: string, ctx: DecideContext): Draft[] {
  const t = targetsFor(ctx.plan, s.type, s.priority);
  return [
    { type: 'solution_rejected', comment, cycle: s.cycle + 1 },
    clock('auto_close', 'stopped'),
    clock('solution', 'started', { targetMs: t.solutionMinutes * 60_000 }),
    clock('progress', 'started', { targetMs: t.progressMinutes * 60_000 }),
  ];
}

function changeParameters(
  s: TicketState,
  cmd: Extract<TicketCommand, { type: 'change_parameters' }>,
  ctx: DecideContext,
): Draft[] {
  const reason = cmd.reason.trim();
  if (!reason) throw new DomainError('ticket.reason_required');
  const changes = Object.fromEntries(
    Object.entries(cmd.changes).filter(
      ([k, v]) => v !== undefined && v !== s[k as 'type' | 'priority' | 'planId'],
    ),
  ) as typeof cmd.changes;
  if (Object.keys(changes).length === 0) throw new DomainError('ticket.nothing_changed');
  const previous = Object.fromEntries(
    Object.keys(changes).map((k) => [k, s[k as 'type' | 'priority' | 'planId']]),
  );
  const plan = cmd.newPlan ?? ctx.plan;
  const t = targetsFor(plan, changes.type ?? s.type, changes.priority ?? s.priority);
  const targets: Record<ClockName, number> = {
    reaction: t.reactionMinutes * 60_000,
    solution: t.solutionMinutes * 60_000,
    progress: t.progressMinutes * 60_000,
    auto_close: plan.autoCloseDays * DAY_MS,
  };
  const retargets = (Object.keys(targets) as ClockName[])
    .filter((n) => s.clocks[n].status !== 'inactive' && s.clocks[n].targetMs !== targets[n])
    .map((n) => clock(n, 'retargeted', { targetMs: targets[n], manualDueAt: s.clocks[n].manualDueAt }));
  return [{ type: 'parameters_changed', changes, previous, reason }, ...retargets];
}

function setDeadline(
  s: TicketState,
  cmd: Extract<TicketCommand, { type: 'set_deadline' }>,
  _ctx: DecideContext,
): Draft[] {
  const reason = cmd.reason.trim();
  if (!reason) throw new DomainError('ticket.reason_required');
  const c: ClockState = s.clocks[cmd.clock];
  if (c.status === 'inactive' || c.status === 'stopped') throw illegal(s, `set_deadline:${cmd.clock}`);
  if (cmd.dueAt !== null && c.startedAt !== null && cmd.dueAt <= c.startedAt)
    throw new DomainError('ticket.bad_deadline');
  return [
    { type: 'deadline_set', clock: cmd.clock, dueAt: cmd.dueAt, reason },
    clock(cmd.clock, 'retargeted', { targetMs: c.targetMs, manualDueAt: cmd.dueAt }),
  ];
}

/** A stop event for a running or paused clock, recording the due instant it was measured against. */
function stopIfActive(s: TicketState, name: ClockName, ctx: SlaContext): Draft[] {
  const c = s.clocks[name];
  if (c.status !== 'running' && c.status !== 'paused') return [];
  return [clock(name, 'stopped', { dueAt: viewClock(name, c, ctx).dueAt })];
}

function stopAll(s: TicketState, ctx: SlaContext): Draft[] {
  return (['reaction', 'solution', 'progress', 'auto_close'] as const).flatMap((n) =>
    stopIfActive(s, n, ctx),
  );
}

function clock(
  name: ClockName,
  action: ClockAction,
  extra: { targetMs?: number; manualDueAt?: number | null; dueAt?: number | null } = {},
): Draft {
  return { type: 'clock', clock: name, action, ...extra };
}

function autoCloseMs(ctx: SlaContext): number {
  return ctx.plan.autoCloseDays * DAY_MS; // R16: calendar days, not working days
}

function expectStatus(s: TicketState, action: string, ...allowed: TicketStatus[]): void {
  if (!allowed.includes(s.status)) throw illegal(s, action);
}

function illegal(s: TicketState, action: string): DomainError {
  return new DomainError('ticket.illegal_transition', { action, status: s.status });
}

function text(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new DomainError('ticket.text_required');
  return trimmed;
}

function required<T extends Record<string, unknown>>(fields: T, ...keys: Array<keyof T>): T {
  for (const k of keys) text(String(fields[k] ?? ''));
  return fields;
}
