// Who receives each outbox row of a batch and what it says: the row's audience becomes people here,
// at delivery time, so a notice reaches the staff on duty now rather than those of the moment it
// was written.
//   requester / assignee → the user named on the row;
//   support → engineers and leads; when the same event also alerted the assignee (a breach on an
//   assigned ticket), the support row is the escalation and goes to the leads only;
//   a row naming only an address (account mail) → that address.
// A batch costs a handful of statements however many rows it holds.
import { loadPlan, type PlanContext } from '../commands/load-plan.ts';
import type { Db } from '../db/database.ts';
import {
  type EventFields,
  getEventFields,
  getNoticeTickets,
  getUsers,
  listUsersInRoles,
  rowsForAudience,
} from '../db/repositories/notice-sources.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import type { UserRow } from '../db/repositories/users.ts';
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
const supportAudience = (row: OutboxRow) =>
  !row.recipientUserId &&
  !row.recipientEmail &&
  (row.payload as { audience?: string } | null)?.audience === 'support';

/** Loads the tickets, events, plans and recipients of the rows; the context of each row by its id. */
export async function loadNoticeContexts(
  db: Db,
  rows: readonly OutboxRow[],
): Promise<Map<number, NoticeContext>> {
  const ids = <T>(pick: (row: OutboxRow) => T | null) => [
    ...new Set(rows.flatMap((r) => (pick(r) === null ? [] : [pick(r) as T]))),
  ];
  const support = rows.filter(supportAudience);
  const supportEvents = ids((r) => (supportAudience(r) ? r.eventId : null));
  const [tickets, events, named, staff, assigneeRows] = await Promise.all([
    getNoticeTickets(
      db,
      ids((r) => r.ticketId),
    ),
    getEventFields(
      db,
      ids((r) => r.eventId),
    ),
    getUsers(
      db,
      ids((r) => r.recipientUserId),
    ),
    support.length > 0 ? listUsersInRoles(db, ['engineer', 'lead']) : Promise.resolve([]),
    rowsForAudience(db, supportEvents, 'assignee'),
  ]);
  const plans = new Map<string, PlanContext>();
  for (const planId of new Set([...tickets.values()].map((t) => t.planId))) {
    plans.set(planId, await loadPlan(db, planId));
  }
  const usersById = new Map(named.map((u) => [u.id, u]));

  const contexts = new Map<number, NoticeContext>();
  for (const row of rows) {
    const t = row.ticketId ? tickets.get(row.ticketId) : undefined;
    const planned = t ? plans.get(t.planId) : undefined;
    const event = row.eventId === null ? undefined : events.get(row.eventId);
    const assignees = (row.eventId === null ? [] : (assigneeRows.get(row.eventId) ?? []))
      .filter((a) => a.rowId !== row.id)
      .map((a) => a.userId);
    contexts.set(row.id, {
      audience: describeKind(row.kind).audience,
      recipients: recipientsOf(row, event, usersById, staff, assignees),
      ticket: t
        ? {
            number: t.number,
            subject: t.subject,
            type: t.type,
            priority: t.priority,
            reactionDueAt: ms(t.reactionDueAt),
            solutionDueAt: ms(t.solutionDueAt),
            autoCloseAt: ms(t.autoCloseAt),
          }
        : null,
      event: event?.fields ?? null,
      hold: planned
        ? { alertsInWorkingHoursOnly: planned.plan.alertsInWorkingHoursOnly, calendar: planned.calendar }
        : null,
      timeZone: planned?.calendar.zone.name ?? DEFAULT_ZONE,
    });
  }
  return contexts;
}

function recipientsOf(
  row: OutboxRow,
  event: EventFields | undefined,
  usersById: Map<string, UserRow>,
  staff: readonly UserRow[],
  assignees: ReadonlyArray<string | null>,
): Recipient[] {
  const person = (u: UserRow, email = u.email): Recipient => ({
    userId: u.id,
    name: u.name,
    email,
    lang: u.lang,
  });
  let recipients: Recipient[];
  if (row.recipientUserId) {
    const user = usersById.get(row.recipientUserId);
    recipients = user ? [person(user, row.recipientEmail ?? user.email)] : [];
  } else if (row.recipientEmail) {
    recipients = [{ userId: null, name: row.recipientEmail, email: row.recipientEmail, lang: 'ru' }];
  } else if (supportAudience(row)) {
    const escalation = assignees.length > 0;
    recipients = staff
      .filter((u) => (escalation ? u.role === 'lead' : true) && !assignees.includes(u.id))
      .map((u) => person(u));
  } else {
    recipients = [];
  }
  // Nobody is told of their own assignment (a lead taking a ticket).
  if (row.kind === 'ticket.assigned' && event?.actorId) {
    recipients = recipients.filter((r) => r.userId !== event.actorId);
  }
  return recipients;
}
