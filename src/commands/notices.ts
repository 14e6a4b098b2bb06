// Which notices an event causes (R4, R11, R12, R16): outbox rows written in the same transaction.
import type { TicketEvent } from '../domain/tickets/events.ts';
import type { TicketState } from '../domain/tickets/state.ts';

export type Audience = 'requester' | 'assignee' | 'support';

export interface Notice {
  kind: string; // stable: the notifications layer picks the template by it
  audience: Audience;
  /** The one person it is for, when that is not the audience's current holder (a former assignee). */
  recipientUserId?: string;
}

/** The notices one event causes; events nobody needs to hear of cause none. */
export function noticesFor(event: TicketEvent, state: TicketState): Notice[] {
  const toSupport: Audience = state.assigneeId ? 'assignee' : 'support';
  switch (event.type) {
    case 'filed':
      return [
        {
          kind: event.followsUp ? 'ticket.follow_up_registered' : 'ticket.registered',
          audience: 'requester',
        },
        { kind: 'ticket.new', audience: 'support' },
      ];
    case 'public_reply':
      return [{ kind: 'ticket.replied', audience: 'requester' }];
    case 'info_requested':
      return [{ kind: 'ticket.info_requested', audience: 'requester' }];
    case 'customer_replied':
    case 'solution_rejected':
      return [{ kind: 'ticket.customer_answered', audience: toSupport }];
    case 'solution_proposed':
      return [{ kind: 'ticket.solution_proposed', audience: 'requester' }];
    case 'auto_close_reminded':
      return [{ kind: 'ticket.auto_close_reminder', audience: 'requester' }];
    case 'closed':
      if (event.reason === 'auto_closed') return [{ kind: 'ticket.auto_closed', audience: 'requester' }];
      // The customer accepted the solution or withdrew the ticket: whoever works it hears so (R11).
      if (event.reason === 'accepted' || event.reason === 'withdrawn')
        return [{ kind: 'ticket.closed_by_customer', audience: toSupport }];
      return [];
    // The customer learns where work on their request goes on (R11); closing as merged adds nothing.
    case 'merged_into':
      return [{ kind: 'ticket.merged', audience: 'requester' }];
    // Whoever works the surviving ticket reads the duplicate too: it may say more of the same issue.
    case 'merged_from':
      return state.assigneeId ? [{ kind: 'ticket.merged_in', audience: 'assignee' }] : [];
    case 'parameters_changed':
    case 'deadline_set':
      return [{ kind: 'ticket.parameters_changed', audience: 'requester' }];
    case 'dispute_opened':
      return [{ kind: 'ticket.dispute_opened', audience: 'support' }];
    case 'dispute_answered':
      return [{ kind: 'ticket.dispute_answered', audience: 'requester' }];
    // Whoever the ticket leaves hears so too: a colleague taking it over must not go unnoticed.
    case 'assigned':
      return [
        ...(event.assigneeId ? [{ kind: 'ticket.assigned', audience: 'assignee' as const }] : []),
        ...(event.previousAssigneeId && event.previousAssigneeId !== event.actor.userId
          ? [
              {
                kind: 'ticket.unassigned',
                audience: 'assignee' as const,
                recipientUserId: event.previousAssigneeId,
              },
            ]
          : []),
      ];
    case 'clock':
      if (event.action === 'warned') return [{ kind: `sla.${event.clock}.warning`, audience: toSupport }];
      if (event.action === 'breached') {
        const kind = event.clock === 'progress' ? 'sla.progress.due' : `sla.${event.clock}.breached`;
        return [
          { kind, audience: toSupport },
          ...(state.assigneeId ? [{ kind, audience: 'support' as const }] : []),
        ];
      }
      return [];
    default:
      return [];
  }
}
