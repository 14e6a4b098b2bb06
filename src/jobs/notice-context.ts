// Who receives each outbox row of a batch and what it says: the row's audience becomes people here,
// at delivery time, so a notice reaches the staff on duty now rather than those of the moment it
// was written.
//   requester / assignee → the user named on the row;
//   support → engineers and leads; when the same event also alerted the assignee (a breach on an
//   assigned ticket), the support row is the escalation and goes to the leads only;
//   a row naming only an address (account mail) → that address.
// Who may still read it is decided here too (R10, R20, R22): a customer notice reaches only a
// customer of the organization whose tickets it names, a support notice only support staff; anyone
// else is skipped and the row still completes.
// A batch costs a handful of statements however many rows it holds.
import { loadPlan, type PlanContext } from '../commands/load-plan.ts';
import type { Db } from '../db/database.ts';
import { getPlan } from '../db/repositories/calendars.ts';
import {
  type EventFields,
  getEventFields,
  getNoticeTickets,
  getTicketOrganizations,
  getUsers,
  listUsersInRoles,
  rowsForAudience,
} from '../db/repositories/notice-sources.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import type { UserRole, UserRow } from '../db/repositories/users.ts';
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
const SUPPORT_ROLES: readonly UserRole[] = ['engineer', 'lead', 'admin'];
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
  const numbered = [...new Set(rows.flatMap(listedNumbers))];
  const [tickets, events, named, staff, assigneeRows, numberedOrgs] = await Promise.all([
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
    getTicketOrganizations(db, numbered),
  ]);
  const plans = new Map<string, PlanContext>();
  for (const planId of new Set([...tickets.values()].map((t) => t.planId))) {
    plans.set(planId, await loadPlan(db, planId));
  }
  const planNames = await namePlans(db, [...events.values()], plans);
  const usersById = new Map([...named, ...staff].map((u) => [u.id, u]));

  const contexts = new Map<number, NoticeContext>();
  for (const row of rows) {
    const t = row.ticketId ? tickets.get(row.ticketId) : undefined;
    const planned = t ? plans.get(t.planId) : undefined;
    const event = row.eventId === null ? undefined : events.get(row.eventId);
    const assignees = (row.eventId === null ? [] : (assigneeRows.get(row.eventId) ?? []))
      .filter((a) => a.rowId !== row.id)
      .map((a) => a.userId);
    // A ticket no longer found belongs to nobody: its customer notice then reaches no one.
    const organizations = [
      ...(row.ticketId ? [t?.organizationId ?? null] : []),
      ...listedNumbers(row).map((n) => numberedOrgs.get(n) ?? null),
    ];
    const audience = describeKind(row.kind).audience;
    contexts.set(row.id, {
      audience,
      recipients: recipientsOf(row, event, usersById, staff, assignees).filter((r) =>
        mayRead(audience, r.userId === null ? undefined : usersById.get(r.userId), organizations),
      ),
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
      event: event ? withPlanNames(event.fields, planNames) : null,
      hold: planned
        ? { alertsInWorkingHoursOnly: planned.plan.alertsInWorkingHoursOnly, calendar: planned.calendar }
        : null,
      timeZone: planned?.calendar.zone.name ?? DEFAULT_ZONE,
    });
  }
  return contexts;
}

/** The ticket numbers a notice lists (a build's), besides its own ticket. */
function listedNumbers(row: OutboxRow): number[] {
  const listed = (row.payload as { ticketNumbers?: unknown } | null)?.ticketNumbers;
  return Array.isArray(listed) ? listed.filter((n): n is number => Number.isSafeInteger(n)) : [];
}

/**
 * Whether the user may read a notice of this audience now (R10, R20, R22): roles and organizations
 * change between writing and delivery (a representative removed from the contract, staff made a
 * customer). A customer notice needs a customer of the organization of every ticket it names; a
 * support notice needs support staff; account mail goes to its address whoever holds it.
 */
function mayRead(
  audience: NoticeAudience,
  user: UserRow | undefined,
  organizations: ReadonlyArray<string | null>,
): boolean {
  if (audience === 'account') return true;
  if (!user) return false;
  if (audience === 'support') return SUPPORT_ROLES.includes(user.role);
  const own = user.organizationId;
  return user.role === 'customer' && own !== null && organizations.every((o) => o === own);
}

// R15: a plan change is told by the plans' names, and its event holds only their ids. Plan changes
// are rare, so the one plan not already loaded (the previous) is read on its own.
async function namePlans(
  db: Db,
  events: readonly EventFields[],
  loaded: ReadonlyMap<string, PlanContext>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(events.flatMap((e) => changedPlanIds(e.fields)))) {
    const name = loaded.get(id)?.plan.name ?? (await getPlan(db, id))?.name;
    if (name) names.set(id, name);
  }
  return names;
}

function changedPlanIds(fields: Record<string, unknown>): string[] {
  if (fields.type !== 'parameters_changed') return [];
  return [fields.changes, fields.previous].flatMap((c) => {
    const id = typeof c === 'object' && c !== null ? (c as { planId?: unknown }).planId : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

function withPlanNames(
  fields: Record<string, unknown>,
  names: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const ids = changedPlanIds(fields).filter((id) => names.has(id));
  return ids.length === 0
    ? fields
    : { ...fields, planNames: Object.fromEntries(ids.map((id) => [id, names.get(id)])) };
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
