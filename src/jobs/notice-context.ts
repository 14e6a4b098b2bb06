// Who receives an outbox row and what it says: the row's audience becomes people here, at delivery
// time, so a notice reaches the staff on duty now rather than those of the moment it was written.
//   requester / assignee → the user named on the row;
//   support → engineers and leads; when the same event also alerted the assignee (a breach on an
//   assigned ticket), the support row is the escalation and goes to the leads only;
//   a row naming only an address (account mail) → that address.
import { loadPlan } from '../commands/load-plan.ts';
import type { Db } from '../db/database.ts';
import {
  alsoNotified,
  getEventFields,
  getUsers,
  listUsersInRoles,
} from '../db/repositories/notice-sources.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import { getTicketById } from '../db/repositories/tickets.ts';
import type { HoldRule } from '../domain/notices/hold-until.ts';
import { describeKind, type NoticeAudience } from '../domain/notices/kinds.ts';
import type { Lang } from '../i18n/index.ts';
import type { TicketView } from '../mail/view.ts';

/** One person a notice goes to. */
export interface Recipient {
  userId: string | null;
  name: string;
  email: string;
  lang: Lang;
}

/** Everything needed to deliver one outbox row. */
export interface NoticeContext {
  audience: NoticeAudience;
  recipients: Recipient[];
  ticket: TicketView | null;
  event: Record<string, unknown> | null;
  /** The plan's night rule, when the notice concerns a ticket. */
  hold: HoldRule | null;
  timeZone: string;
}

const DEFAULT_ZONE = 'Europe/Moscow';
const ms = (d: Date | null) => (d ? d.getTime() : null);

/** Loads the ticket, event, plan and recipients of an outbox row. */
export async function loadNoticeContext(db: Db, row: OutboxRow): Promise<NoticeContext> {
  const ticketRow = row.ticketId ? await getTicketById(db, row.ticketId) : undefined;
  const eventRow = row.eventId ? await getEventFields(db, row.eventId) : undefined;
  let hold: HoldRule | null = null;
  let timeZone = DEFAULT_ZONE;
  if (ticketRow) {
    const { plan, calendar } = await loadPlan(db, ticketRow.planId);
    hold = { alertsInWorkingHoursOnly: plan.alertsInWorkingHoursOnly, calendar };
    timeZone = calendar.zone.name;
  }
  const ticket: TicketView | null = ticketRow
    ? {
        number: ticketRow.number,
        subject: ticketRow.subject,
        type: ticketRow.type,
        priority: ticketRow.priority,
        reactionDueAt: ms(ticketRow.reactionDueAt),
        solutionDueAt: ms(ticketRow.solutionDueAt),
        autoCloseAt: ms(ticketRow.autoCloseAt),
      }
    : null;
  let recipients = await resolveRecipients(db, row);
  // Nobody is told of their own assignment (a lead taking a ticket).
  if (row.kind === 'ticket.assigned' && eventRow?.actorId) {
    recipients = recipients.filter((r) => r.userId !== eventRow.actorId);
  }
  return {
    audience: describeKind(row.kind).audience,
    recipients,
    ticket,
    event: eventRow?.fields ?? null,
    hold,
    timeZone,
  };
}

async function resolveRecipients(db: Db, row: OutboxRow): Promise<Recipient[]> {
  if (row.recipientUserId) {
    const [user] = await getUsers(db, [row.recipientUserId]);
    if (!user) return [];
    return [{ userId: user.id, name: user.name, email: row.recipientEmail ?? user.email, lang: user.lang }];
  }
  if (row.recipientEmail)
    return [{ userId: null, name: row.recipientEmail, email: row.recipientEmail, lang: 'ru' }];
  const audience = (row.payload as { audience?: string } | null)?.audience;
  if (audience !== 'support') return [];
  const assignees = row.eventId === null ? [] : await alsoNotified(db, row.eventId, row.id, 'assignee');
  const staff = await listUsersInRoles(db, assignees.length > 0 ? ['lead'] : ['engineer', 'lead']);
  return staff
    .filter((u) => !assignees.includes(u.id))
    .map((u) => ({ userId: u.id, name: u.name, email: u.email, lang: u.lang }));
}
