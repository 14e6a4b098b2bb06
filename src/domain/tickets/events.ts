// Every change to a ticket is one of these append-only events: its history and its audit trail (R22).
import type { ClockOutcome } from '../sla/clock.ts';
import type {
  Actor,
  ClockName,
  CloseReason,
  Priority,
  RequestKind,
  SolutionKind,
  TicketType,
} from './types.ts';

interface Base {
  at: number; // UTC ms
  actor: Actor;
}

export type ClockAction = 'started' | 'paused' | 'resumed' | 'stopped' | 'retargeted' | 'warned' | 'breached';

/** A deadline support sets by hand for one clock (R15); `dueAt: null` returns it to the plan's target. */
export interface ManualDeadline {
  clock: ClockName;
  dueAt: number | null;
}

/** What a parameter change may touch (R15); absent fields are unchanged. */
export interface ParameterChanges {
  type?: TicketType;
  priority?: Priority;
  planId?: string;
  deadline?: ManualDeadline;
}

/**
 * Each clock's start, pause, resume, stop and change is its own event, written beside the business
 * event that caused it, so the ticket can show and audit how every deadline came about.
 */
export type ClockEvent = { type: 'clock'; clock: ClockName } & (
  | { action: 'started'; targetMs: number }
  | { action: 'paused' | 'resumed' }
  | { action: 'stopped'; dueAt?: number | null; outcome?: ClockOutcome } // dueAt: what the stop was measured against
  | {
      action: 'retargeted';
      targetMs: number;
      manualDueAt: number | null;
      carriedMs?: number; // present when the run is re-based on another calendar
      keepAlerts?: true; // the target stands (the plan moved calendars): a recorded warning or breach stays
    }
  | { action: 'warned' | 'breached'; dueAt: number | null }
);

export type TicketEvent = Base &
  (
    | {
        type: 'filed';
        ticketType: TicketType;
        priority: Priority;
        planId: string;
        subject: string;
        description: string;
        requesterId: string;
        organizationId: string;
        followsUp?: number; // R17: the closed ticket's number
      }
    | { type: 'assigned'; assigneeId: string | null; previousAssigneeId?: string } // previous: told it left them
    | { type: 'public_reply'; text: string }
    | { type: 'internal_note'; text: string }
    | { type: 'info_requested'; kind: RequestKind; text: string }
    | { type: 'customer_replied'; text: string; newCycle?: number } // newCycle: an answer to a proposal (R8)
    | { type: 'solution_proposed'; kind: SolutionKind; text: string; autoCloseAt: number }
    | { type: 'solution_rejected'; comment: string; cycle: number }
    | { type: 'solution_accepted' }
    | { type: 'auto_close_reminded'; autoCloseAt: number }
    | { type: 'closed'; reason: CloseReason }
    | { type: 'parameters_changed'; changes: ParameterChanges; previous: ParameterChanges; reason: string }
    // Histories may hold this older form of a manual deadline; it stays readable and folds to nothing
    // (its clock event carries the change).
    | { type: 'deadline_set'; clock: ClockName; dueAt: number | null; reason: string }
    | { type: 'dispute_opened'; text: string }
    | { type: 'dispute_answered'; text: string }
    // organizationId: the problem's, so a customer is never shown another organization's ticket (R22);
    // histories written before it was recorded lack it.
    | { type: 'problem_linked'; problem: { id: string; number: number; organizationId?: string } | null }
    // A duplicate closed into another ticket of its organization; `comment` is for the customer.
    | { type: 'merged_into'; into: { id: string; number: number }; comment?: string }
    // Written on the ticket a duplicate was merged into.
    | { type: 'merged_from'; source: { id: string; number: number } }
    // R19: a published build lists this ticket as resolved; history only, no clock or status change.
    | { type: 'build_published'; build: { id: string; product: string; version: string } }
    | ClockEvent
  );

export type TicketEventType = TicketEvent['type'];

/** An event before `decide` stamps it with the instant and the actor. */
export type EventDraft = TicketEvent extends infer E
  ? E extends TicketEvent
    ? Omit<E, 'at' | 'actor'>
    : never
  : never;

/** Events support writes that the customer sees (the first of them ends the reaction clock). */
export const PUBLIC_SUPPORT_EVENTS: ReadonlySet<TicketEventType> = new Set([
  'public_reply',
  'info_requested',
  'solution_proposed',
]);

/** Whether a customer may see this event on the ticket page (internal notes and clock bookkeeping never). */
export function isVisibleToCustomer(event: TicketEvent): boolean {
  return event.type !== 'internal_note' && event.type !== 'clock';
}
