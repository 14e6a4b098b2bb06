// Every change to a ticket is one of these append-only events: its history and its audit trail (R22).
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

export interface ParameterChanges {
  type?: TicketType;
  priority?: Priority;
  planId?: string;
}

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
    | { type: 'assigned'; assigneeId: string | null }
    | { type: 'public_reply'; text: string }
    | { type: 'internal_note'; text: string }
    | { type: 'info_requested'; kind: RequestKind; text: string }
    | { type: 'customer_replied'; text: string }
    | { type: 'solution_proposed'; kind: SolutionKind; text: string; autoCloseAt: number }
    | { type: 'solution_rejected'; comment: string; cycle: number }
    | { type: 'solution_accepted' }
    | { type: 'auto_close_reminded'; autoCloseAt: number }
    | { type: 'closed'; reason: CloseReason }
    | { type: 'parameters_changed'; changes: ParameterChanges; previous: ParameterChanges; reason: string }
    | { type: 'deadline_set'; clock: ClockName; dueAt: number | null; reason: string }
    | { type: 'dispute_opened'; text: string }
    | { type: 'dispute_answered'; text: string }
    | {
        type: 'clock';
        clock: ClockName;
        action: ClockAction;
        targetMs?: number; // started, retargeted
        manualDueAt?: number | null; // retargeted
        dueAt?: number | null; // warned, breached: the instant that passed; stopped: the due instant then
      }
  );

export type TicketEventType = TicketEvent['type'];

/** Events support writes that the customer sees (the first of them ends the reaction clock). */
export const PUBLIC_SUPPORT_EVENTS: ReadonlySet<TicketEventType> = new Set([
  'public_reply',
  'info_requested',
  'solution_proposed',
]);

/** Whether a customer may see this event on the ticket page (internal notes never). */
export function isVisibleToCustomer(event: TicketEvent): boolean {
  return event.type !== 'internal_note' && event.type !== 'clock';
}
