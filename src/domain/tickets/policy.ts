// Who may do what to a ticket (R20): small declarative rules, checked before any state rule.
import { DomainError } from '../errors.ts';
import { CUSTOMER_ACTIONS, type TicketCommand } from './commands.ts';
import type { Actor } from './types.ts';

/** Throws 'ticket.forbidden_action' unless the actor's role may issue the command. */
export function authorize(actor: Actor, cmd: TicketCommand): void {
  const role = actor.role;
  const isCustomerAction = CUSTOMER_ACTIONS.has(cmd.type);
  const lead = role === 'lead' || role === 'admin';
  const allowed =
    role === 'customer'
      ? isCustomerAction
      : role === 'system'
        ? false
        : !isCustomerAction && (lead || engineerMay(actor, cmd));
  if (!allowed) throw new DomainError('ticket.forbidden_action', { action: cmd.type, role });
}

/** Engineers work tickets; plans, manual deadlines and others' assignments are for leads. */
function engineerMay(actor: Actor, cmd: TicketCommand): boolean {
  switch (cmd.type) {
    case 'assign':
      return cmd.assigneeId === actor.userId || cmd.assigneeId === null;
    case 'change_parameters':
      return cmd.changes.planId === undefined;
    case 'set_deadline':
      return false;
    default:
      return true;
  }
}
