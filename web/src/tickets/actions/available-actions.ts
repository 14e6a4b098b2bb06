// Which actions the ticket page offers, by the viewer's role and the ticket's status — the same rules
// the server's policy and state machine enforce (src/domain/tickets/policy.ts, decide.ts), so a
// button is never offered only to be refused.
import type { User } from '../../api/types.ts';
import type { Ticket } from '../types.ts';

export type ActionId =
  | 'reply'
  | 'follow_up'
  | 'accept'
  | 'reject'
  | 'withdraw'
  | 'dispute'
  | 'take'
  | 'unassign'
  | 'assign'
  | 'note'
  | 'request_info'
  | 'propose'
  | 'parameters'
  | 'deadline'
  | 'answer_dispute'
  | 'link_problem'
  | 'merge';

/** Actions that open a form; the others run at once (after a confirmation where they close the ticket). */
export const FORM_ACTIONS: ReadonlySet<ActionId> = new Set([
  'reply',
  'follow_up',
  'reject',
  'dispute',
  'assign',
  'note',
  'request_info',
  'propose',
  'parameters',
  'deadline',
  'answer_dispute',
  'link_problem',
  'merge',
]);

/** Whether support ever changed the ticket's parameters (what a customer may dispute, R15). */
export function hasParameterChanges(ticket: Pick<Ticket, 'conversation'>): boolean {
  return ticket.conversation.some((e) => e.type === 'parameters_changed' || e.type === 'deadline_set');
}

/** The actions the user may take on the ticket now, in the order the action bar shows them. */
export function availableActions(
  ticket: Pick<Ticket, 'status' | 'assignee' | 'openDispute' | 'conversation' | 'sla' | 'mergedInto'>,
  user: Pick<User, 'id' | 'role'>,
): ActionId[] {
  const open = ticket.status !== 'closed';
  const working =
    ticket.status === 'new' || ticket.status === 'in_progress' || ticket.status === 'waiting_customer';
  const out: ActionId[] = [];
  const add = (id: ActionId, when: boolean) => {
    if (when) out.push(id);
  };
  if (user.role === 'customer') {
    add('reply', open);
    add('accept', ticket.status === 'solution_proposed');
    add('reject', ticket.status === 'solution_proposed');
    add('dispute', open && !ticket.openDispute && hasParameterChanges(ticket));
    // A merged duplicate points to the ticket the work went on in (its notice links there) rather than
    // starting a third one; the API still registers a follow-up for a message sent anyway (R17).
    add('follow_up', !open && !ticket.mergedInto);
    add('withdraw', open);
    return out;
  }
  const lead = user.role === 'lead' || user.role === 'admin';
  const liveClock = ticket.sla.clocks.some(
    (c) => c.name !== 'auto_close' && (c.status === 'running' || c.status === 'paused'),
  );
  add('take', open && ticket.assignee?.id !== user.id);
  add('reply', open);
  add('request_info', working);
  add('propose', working);
  add('note', true);
  add('answer_dispute', lead && ticket.openDispute);
  add('parameters', open);
  add('deadline', open && lead && liveClock);
  add('assign', open && lead);
  add('unassign', open && ticket.assignee !== null && (lead || ticket.assignee.id === user.id));
  add('link_problem', true); // also after closing: a problem may be found later
  add('merge', open);
  return out;
}
