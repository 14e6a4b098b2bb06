// Who may do what to a ticket (R20): small declarative rules, checked before any state rule.
import { DomainError } from '../errors.ts';
import { CUSTOMER_ACTIONS, type TicketCommand } from './commands.ts';
import type { TicketState } from './state.ts';
import type { Actor } from './types.ts';

/** What of the ticket a rule looks at: whose it is now (absent when filing). */
export type PolicyTicket = Pick<TicketState, 'assigneeId'>;

/** Throws 'ticket.forbidden_action' unless the actor's role may issue the command on this ticket. */
export function authorize(actor: Actor, cmd: TicketCommand, ticket?: PolicyTicket): void {
  if (!mayIssue(actor, cmd, ticket))
    throw new DomainError('ticket.forbidden_action', { action: cmd.type, role: actor.role });
}

/** Whether the actor's role may issue the command on the ticket (for hiding buttons as well as refusing). */
export function mayIssue(actor: Actor, cmd: TicketCommand, ticket?: PolicyTicket): boolean {
  switch (actor.role) {
    case 'customer':
      return CUSTOMER_ACTIONS.has(cmd.type);
    case 'lead':
    case 'admin':
      return !CUSTOMER_ACTIONS.has(cmd.type);
    case 'engineer':
      return !CUSTOMER_ACTIONS.has(cmd.type) && engineerMay(actor, cmd, ticket);
    case 'system':
      return false; // the sweeper records through decideSweep, never through commands
  }
}

/**
 * Engineers work tickets and may re-classify type and priority as they learn more (R15, with a
 * reason the customer can dispute). The plan, manual deadlines, others' assignments and the answer
 * to a dispute are a lead's: they change what the vendor promised, or judge an engineer's call.
 * So an engineer takes a ticket, or gives up their own, but never unassigns a colleague.
 */
function engineerMay(actor: Actor, cmd: TicketCommand, ticket: PolicyTicket | undefined): boolean {
  switch (cmd.type) {
    case 'assign':
      if (cmd.assigneeId === null) return ticket !== undefined && ticket.assigneeId === actor.userId;
      return cmd.assigneeId === actor.userId;
    case 'change_parameters':
      return cmd.changes.planId === undefined && cmd.changes.deadline === undefined;
    case 'set_deadline':
    case 'answer_dispute':
      return false;
    default:
      return true;
  }
}
