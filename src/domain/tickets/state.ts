// The ticket's current state, folded from its events; the same function serves commands and audits.
import { DomainError } from '../errors.ts';
import {
  type ClockState,
  inactiveClock,
  pauseClock,
  resumeClock,
  retargetClock,
  startClock,
  stopClock,
} from '../sla/clock.ts';
import type { ClockEvent, TicketEvent } from './events.ts';
import type { ClockName, CloseReason, Priority, SolutionKind, TicketStatus, TicketType } from './types.ts';

export interface TicketState {
  status: TicketStatus;
  type: TicketType;
  priority: Priority;
  planId: string;
  requesterId: string;
  organizationId: string;
  assigneeId: string | null;
  followsUp: number | null; // R17: the closed ticket this one continues
  cycle: number; // solution cycle (R8): 1, then +1 at each answer to a proposed solution
  filedAt: number;
  firstResponseAt: number | null;
  lastSolution: { kind: SolutionKind; at: number } | null;
  autoCloseReminded: boolean;
  openDispute: { text: string; at: number } | null; // R15: open until support answers
  relatedProblem?: { id: string; number: number; organizationId?: string } | null; // the problem ticket this one is a case of
  mergedInto?: { id: string; number: number } | null; // the ticket this duplicate was merged into
  mergedFrom?: number[]; // numbers of the duplicates merged into this one
  closedAt: number | null;
  closeReason: CloseReason | null;
  clocks: Record<ClockName, ClockState>;
  version: number; // number of events folded
}

/** Folds one event into the state; `filed` must come first, or the history is refused as invalid. */
export function evolve(state: TicketState | undefined, e: TicketEvent): TicketState {
  if (e.type === 'filed') {
    if (state) throw new DomainError('ticket.history_invalid', { value: e.type });
    return {
      status: 'new',
      type: e.ticketType,
      priority: e.priority,
      planId: e.planId,
      requesterId: e.requesterId,
      organizationId: e.organizationId,
      assigneeId: null,
      followsUp: e.followsUp ?? null,
      cycle: 1,
      filedAt: e.at,
      firstResponseAt: null,
      lastSolution: null,
      autoCloseReminded: false,
      openDispute: null,
      closedAt: null,
      closeReason: null,
      clocks: {
        reaction: inactiveClock(),
        solution: inactiveClock(),
        progress: inactiveClock(),
        auto_close: inactiveClock(),
      },
      version: 1,
    };
  }
  if (!state) throw new DomainError('ticket.history_invalid', { value: e.type });
  const s: TicketState = { ...state, version: state.version + 1 };
  switch (e.type) {
    case 'assigned':
      return {
        ...s,
        assigneeId: e.assigneeId,
        status: s.status === 'new' && e.assigneeId ? 'in_progress' : s.status,
      };
    case 'public_reply':
      return { ...firstResponse(s, e.at), status: s.status === 'new' ? 'in_progress' : s.status };
    case 'info_requested':
      return { ...firstResponse(s, e.at), status: 'waiting_customer' };
    case 'customer_replied':
      if (e.newCycle !== undefined) return { ...s, status: 'in_progress', cycle: e.newCycle };
      return s.status === 'waiting_customer' ? { ...s, status: 'in_progress' } : s;
    case 'solution_proposed':
      return {
        ...firstResponse(s, e.at),
        status: 'solution_proposed',
        lastSolution: { kind: e.kind, at: e.at },
        autoCloseReminded: false,
      };
    case 'solution_rejected':
      return { ...s, status: 'in_progress', cycle: e.cycle };
    case 'auto_close_reminded':
      return { ...s, autoCloseReminded: true };
    case 'closed':
      return { ...s, status: 'closed', closedAt: e.at, closeReason: e.reason };
    case 'parameters_changed':
      return {
        ...s,
        type: e.changes.type ?? s.type,
        priority: e.changes.priority ?? s.priority,
        planId: e.changes.planId ?? s.planId,
      };
    case 'dispute_opened':
      return { ...s, openDispute: { text: e.text, at: e.at } };
    case 'dispute_answered':
      return { ...s, openDispute: null };
    case 'clock':
      return { ...s, clocks: { ...s.clocks, [e.clock]: evolveClock(s.clocks[e.clock], e) } };
    case 'problem_linked':
      return { ...s, relatedProblem: e.problem };
    case 'merged_into':
      return { ...s, mergedInto: e.into };
    case 'merged_from':
      return { ...s, mergedFrom: [...(s.mergedFrom ?? []), e.source.number] };
    case 'solution_accepted':
    case 'internal_note':
    case 'deadline_set':
    case 'build_published':
      return s;
  }
}

/** The state after all events, or undefined for none. */
export function replay(events: readonly TicketEvent[]): TicketState | undefined {
  return events.reduce<TicketState | undefined>(evolve, undefined);
}

function firstResponse(s: TicketState, at: number): TicketState {
  return s.firstResponseAt === null ? { ...s, firstResponseAt: at } : s;
}

function evolveClock(c: ClockState, e: ClockEvent & { at: number }): ClockState {
  switch (e.action) {
    case 'started':
      return startClock(e.targetMs, e.at);
    case 'paused':
      return pauseClock(c, e.at);
    case 'resumed':
      return resumeClock(c, e.at);
    case 'stopped':
      return stopClock(c, e.at, e.outcome ?? null);
    case 'retargeted':
      return retargetClock(c, e.at, e);
    case 'warned':
      return { ...c, warned: true };
    case 'breached':
      return { ...c, breached: true };
  }
}
