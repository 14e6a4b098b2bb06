// The ticket state machine: validates a command against the state and the rules, returns the events.
import { DomainError } from '../errors.ts';
import { addCalendarTime } from '../sla/calendar-clock.ts';
import type { SlaContext } from '../sla/view-clock.ts';
import { decideParameterChange } from './change-parameters.ts';
import {
  cancelAll,
  pauseDrafts,
  restartProgress,
  resumeDrafts,
  startDraft,
  stopDrafts,
  targetsMs,
} from './clock-drafts.ts';
import { CUSTOMER_MESSAGES, type TicketCommand } from './commands.ts';
import type { EventDraft, TicketEvent } from './events.ts';
import { decideMerge } from './merge.ts';
import { authorize } from './policy.ts';
import type { TicketState } from './state.ts';
import type { Actor, TicketStatus } from './types.ts';

export interface DecideContext extends SlaContext {
  actor: Actor;
  /** The ticket's number, for the text of the follow-up refusal (R17); numbers are issued by storage. */
  ticketNumber?: number;
}

/**
 * Events that carry out `cmd` on the ticket (stamped with ctx.now and ctx.actor), or a typed
 * DomainError: forbidden for the role, illegal in this status, or invalid input. Never a silent no-op.
 * A customer's message on a closed ticket throws 'ticket.closed_follow_up': the caller files a new
 * ticket linked to this one instead (R17).
 */
export function decide(
  state: TicketState | undefined,
  cmd: TicketCommand,
  ctx: DecideContext,
): TicketEvent[] {
  authorize(ctx.actor, cmd, state);
  const drafts = state ? decideOn(state, cmd, ctx) : decideFiling(cmd, ctx);
  return drafts.map((d) => ({ ...d, at: ctx.now, actor: ctx.actor }) as TicketEvent);
}

function decideFiling(cmd: TicketCommand, ctx: DecideContext): EventDraft[] {
  if (cmd.type !== 'file') throw new DomainError('ticket.not_found', { value: '—' });
  const t = targetsMs(ctx.plan, cmd.ticketType, cmd.priority);
  const { type: _command, ...fields } = cmd;
  return [
    { type: 'filed', ...fields, subject: text(cmd.subject), description: text(cmd.description) },
    startDraft('reaction', t.reaction),
    startDraft('solution', t.solution),
  ];
}

function decideOn(s: TicketState, cmd: TicketCommand, ctx: DecideContext): EventDraft[] {
  // Past this line the ticket is open, or the command is a note or a dispute's answer.
  if (s.status === 'closed') refuseOnClosed(s, cmd, ctx);
  const t = targetsMs(ctx.plan, s.type, s.priority);
  switch (cmd.type) {
    case 'file':
      throw illegal(s, cmd.type);
    case 'take':
      return assign(s, ctx.actor.userId, t.progress, ctx);
    case 'assign':
      return assign(s, cmd.assigneeId, t.progress, ctx);
    case 'reply':
      return [
        { type: 'public_reply', text: text(cmd.text) },
        ...stopDrafts(s, 'reaction', 'goal', ctx),
        ...(s.status === 'new' || s.status === 'in_progress' ? restartProgress(s, t.progress, ctx) : []),
      ];
    case 'note':
      return [{ type: 'internal_note', text: text(cmd.text) }];
    case 'link_problem':
      return [linkProblem(s, cmd.problem, ctx)];
    case 'request_info':
      expectStatus(s, cmd.type, 'new', 'in_progress', 'waiting_customer');
      return [
        { type: 'info_requested', kind: cmd.kind, text: text(cmd.text) },
        ...stopDrafts(s, 'reaction', 'goal', ctx),
        ...pauseDrafts(s, 'solution'), // R9: the customer's time is not support's
        ...stopDrafts(s, 'progress', 'goal', ctx),
      ];
    case 'customer_reply':
      if (s.status === 'solution_proposed') return newCycle(s, 'reply', text(cmd.text), ctx);
      if (s.status !== 'waiting_customer') return [{ type: 'customer_replied', text: text(cmd.text) }];
      return [
        { type: 'customer_replied', text: text(cmd.text) },
        ...resumeDrafts(s, 'solution'), // resumes, does not restart (R9)
        ...restartProgress(s, t.progress, ctx),
      ];
    case 'propose':
      expectStatus(s, cmd.type, 'new', 'in_progress', 'waiting_customer');
      return [
        {
          type: 'solution_proposed',
          kind: cmd.kind,
          text: text(cmd.text),
          autoCloseAt: addCalendarTime(ctx.calendar.zone, ctx.now, t.auto_close),
        },
        ...stopDrafts(s, 'reaction', 'goal', ctx),
        ...stopDrafts(s, 'solution', 'goal', ctx),
        ...stopDrafts(s, 'progress', 'goal', ctx),
        startDraft('auto_close', t.auto_close), // R16: calendar days from the proposal
      ];
    case 'accept':
      expectStatus(s, cmd.type, 'solution_proposed');
      return [
        { type: 'solution_accepted' },
        ...stopDrafts(s, 'auto_close', 'cancel', ctx),
        { type: 'closed', reason: 'accepted' },
      ];
    case 'reject':
      expectStatus(s, cmd.type, 'solution_proposed');
      return newCycle(s, 'reject', text(cmd.comment), ctx);
    case 'withdraw':
      return [...cancelAll(s, ctx), { type: 'closed', reason: 'withdrawn' }];
    case 'merge':
      return decideMerge(s, cmd.into, cmd.comment, ctx);
    case 'change_parameters':
      return decideParameterChange(s, cmd.changes, cmd.reason, cmd.newPlan, ctx);
    case 'set_deadline':
      return decideParameterChange(
        s,
        { deadline: { clock: cmd.clock, dueAt: cmd.dueAt } },
        cmd.reason,
        undefined,
        ctx,
      );
    case 'dispute':
      if (s.openDispute) throw new DomainError('ticket.dispute_already_open');
      return [{ type: 'dispute_opened', text: text(cmd.text) }];
    case 'answer_dispute':
      // Allowed on a closed ticket too: a dispute stays open until support answers it (R15).
      if (!s.openDispute) throw new DomainError('ticket.no_open_dispute');
      return [{ type: 'dispute_answered', text: text(cmd.text) }];
  }
}

/** On a closed ticket only internal notes and a dispute's answer are recorded; a customer's message is R17. */
function refuseOnClosed(s: TicketState, cmd: TicketCommand, ctx: DecideContext): void {
  // A problem may be found after its cases closed: linking them stays possible.
  if (cmd.type === 'note' || cmd.type === 'answer_dispute' || cmd.type === 'link_problem') return;
  if (CUSTOMER_MESSAGES.has(cmd.type)) {
    throw new DomainError('ticket.closed_follow_up', { number: ctx.ticketNumber ?? '—' });
  }
  if (cmd.type === 'merge') throw new DomainError('ticket.merge_closed', { value: ctx.ticketNumber ?? '—' });
  throw illegal(s, cmd.type);
}

function assign(
  s: TicketState,
  assigneeId: string | null,
  progressMs: number,
  ctx: SlaContext,
): EventDraft[] {
  if (assigneeId === s.assigneeId) throw new DomainError('ticket.nothing_changed');
  // Taking a new ticket starts the work, and with it the progress clock (R4.2); not the reaction's end.
  const starts = s.status === 'new' && assigneeId !== null;
  const previous = s.assigneeId ? { previousAssigneeId: s.assigneeId } : {};
  return [
    { type: 'assigned', assigneeId, ...previous },
    ...(starts ? restartProgress(s, progressMs, ctx) : []),
  ];
}

/** R8: the customer's answer to a proposal starts a new solution cycle counted from that answer. */
function newCycle(s: TicketState, how: 'reply' | 'reject', message: string, ctx: SlaContext): EventDraft[] {
  const t = targetsMs(ctx.plan, s.type, s.priority);
  const cycle = s.cycle + 1;
  return [
    how === 'reject'
      ? { type: 'solution_rejected', comment: message, cycle }
      : { type: 'customer_replied', text: message, newCycle: cycle },
    ...stopDrafts(s, 'auto_close', 'cancel', ctx),
    startDraft('solution', t.solution),
    ...restartProgress(s, t.progress, ctx),
  ];
}

function expectStatus(s: TicketState, action: string, ...allowed: readonly TicketStatus[]): void {
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

/**
 * A problem is a ticket too, registered by a customer's representative (R3, R10): linking a case to
 * another organization's problem would show its number to this ticket's customer (R22), so a link
 * stays within one organization.
 */
function linkProblem(
  s: TicketState,
  problem: Extract<TicketCommand, { type: 'link_problem' }>['problem'],
  ctx: DecideContext,
): EventDraft {
  if (problem && problem.type !== 'problem')
    throw new DomainError('ticket.not_a_problem', { value: problem.number });
  if (problem && problem.organizationId !== s.organizationId)
    throw new DomainError('ticket.problem_other_organization', { value: problem.number });
  if (problem && problem.number === ctx.ticketNumber)
    throw new DomainError('ticket.link_self', { value: problem.number });
  if ((s.relatedProblem?.number ?? null) === (problem?.number ?? null))
    throw new DomainError('ticket.link_unchanged', { value: problem?.number ?? '—' });
  if (!problem) return { type: 'problem_linked', problem: null };
  const { id, number, organizationId } = problem;
  return { type: 'problem_linked', problem: { id, number, organizationId } };
}
