// What people ask of a ticket; `decide` turns each into events or a typed refusal.
import type { Plan } from '../plans/plan.ts';
import type { ParameterChanges } from './events.ts';
import type { ClockName, Priority, RequestKind, SolutionKind, TicketStatus, TicketType } from './types.ts';

export type TicketCommand =
  | {
      type: 'file';
      ticketType: TicketType;
      priority: Priority;
      planId: string;
      subject: string;
      description: string;
      requesterId: string;
      organizationId: string;
      followsUp?: number; // R17: the closed ticket's number
    }
  | { type: 'take' } // assign to oneself
  | { type: 'assign'; assigneeId: string | null }
  | { type: 'reply'; text: string }
  | { type: 'note'; text: string }
  | { type: 'request_info'; kind: RequestKind; text: string }
  | { type: 'customer_reply'; text: string }
  | { type: 'propose'; kind: SolutionKind; text: string }
  | { type: 'accept' }
  | { type: 'reject'; comment: string }
  | { type: 'withdraw' }
  // newPlan: the plan named by changes.planId, loaded by the caller (the domain reads no storage).
  | { type: 'change_parameters'; changes: ParameterChanges; reason: string; newPlan?: Plan }
  // Shorthand for change_parameters with only `deadline`.
  | { type: 'set_deadline'; clock: ClockName; dueAt: number | null; reason: string }
  | { type: 'dispute'; text: string }
  | { type: 'answer_dispute'; text: string }
  // The problem ticket this one is a case of (or null to unlink), looked up by the caller.
  | {
      type: 'link_problem';
      problem: { id: string; number: number; type: TicketType; organizationId: string } | null;
    }
  // Closes this ticket as a duplicate of `into` (looked up by the caller); `comment` tells the customer why.
  | { type: 'merge'; into: MergeTarget; comment?: string };

/** The ticket a duplicate is merged into, as the caller found it. */
export interface MergeTarget {
  id: string;
  number: number;
  organizationId: string;
  status: TicketStatus;
}

export type TicketAction = TicketCommand['type'];

/** Actions of the customer's representatives; everything else is support's (R14, R15, R20). */
export const CUSTOMER_ACTIONS: ReadonlySet<TicketAction> = new Set([
  'file',
  'customer_reply',
  'accept',
  'reject',
  'withdraw',
  'dispute',
]);

/** Messages from the customer: on a closed ticket each of them starts a follow-up ticket (R17). */
export const CUSTOMER_MESSAGES: ReadonlySet<TicketAction> = new Set(['customer_reply', 'reject', 'dispute']);
