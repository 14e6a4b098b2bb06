// History entries as the API shows them: each event type names the fields it sends, so stored ids
// (organization, requester) and anything added to a payload later never leak by accident.
import { fromRecord } from '../../commands/record-events.ts';
import type { TicketEventRecord } from '../../db/repositories/ticket-events.ts';
import { isVisibleToCustomer, type ParameterChanges, type TicketEvent } from '../../domain/tickets/events.ts';
import type { EventView } from './response-schemas.ts';
import { isSupport, type Viewer } from './viewer.ts';

type Changes = NonNullable<EventView['changes']>;

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : iso(ms));

/**
 * The events the viewer may read, in order: support sees all; customers no notes nor clock
 * bookkeeping, and no link to a problem that is not known to be their own organization's (R22).
 */
export function visibleEvents(records: readonly TicketEventRecord[], viewer: Viewer): TicketEventRecord[] {
  if (isSupport(viewer)) return [...records];
  return records.filter((r) => {
    const e = fromRecord(r);
    if (e.type === 'problem_linked' && e.problem && e.problem.organizationId !== viewer.organizationId)
      return false;
    return isVisibleToCustomer(e);
  });
}

/** The conversation of a ticket page: what people wrote and did, without clock bookkeeping. */
export function conversationOf(records: readonly TicketEventRecord[], viewer: Viewer): TicketEventRecord[] {
  return visibleEvents(records, viewer).filter((r) => r.type !== 'clock');
}

/** Ids of the users an event list names (actors and assignees), to look their names up at once. */
export function namedUsers(records: readonly TicketEventRecord[]): string[] {
  const ids: string[] = [];
  for (const r of records) {
    if (r.actor.userId) ids.push(r.actor.userId);
    const e = fromRecord(r);
    if (e.type === 'assigned' && e.assigneeId) ids.push(e.assigneeId);
  }
  return ids;
}

/** One history entry with only the fields its type declares. */
export function presentEvent(record: TicketEventRecord, names: ReadonlyMap<string, string>): EventView {
  const e = fromRecord(record);
  const id = e.actor.userId;
  const base: EventView = {
    seq: record.seq,
    type: e.type,
    at: iso(e.at),
    actor: { id, role: e.actor.role, name: id ? (names.get(id) ?? null) : null },
  };
  return { ...base, ...detailsOf(e, names) };
}

function detailsOf(e: TicketEvent, names: ReadonlyMap<string, string>): Partial<EventView> {
  switch (e.type) {
    case 'filed':
      return {
        subject: e.subject,
        text: e.description,
        ticketType: e.ticketType,
        priority: e.priority,
        ...(e.followsUp ? { followsUp: e.followsUp } : {}),
      };
    case 'assigned':
      return { assignee: e.assigneeId ? { id: e.assigneeId, name: names.get(e.assigneeId) ?? null } : null };
    case 'public_reply':
    case 'internal_note':
    case 'dispute_opened':
    case 'dispute_answered':
      return { text: e.text };
    case 'info_requested':
      return { kind: e.kind, text: e.text };
    case 'customer_replied':
      return { text: e.text, ...(e.newCycle !== undefined ? { cycle: e.newCycle } : {}) };
    case 'solution_proposed':
      return { kind: e.kind, text: e.text, autoCloseAt: iso(e.autoCloseAt) };
    case 'solution_rejected':
      return { text: e.comment, cycle: e.cycle };
    case 'auto_close_reminded':
      return { autoCloseAt: iso(e.autoCloseAt) };
    case 'closed':
      return { closeReason: e.reason };
    case 'parameters_changed':
      return { changes: presentChanges(e.changes), previous: presentChanges(e.previous), reason: e.reason };
    case 'deadline_set':
      return { clock: e.clock, dueAt: isoOrNull(e.dueAt), reason: e.reason };
    case 'clock':
      return { clock: e.clock, action: e.action, ...clockDetails(e) };
    case 'problem_linked':
      return { problem: e.problem?.number ?? null };
    case 'merged_into':
      return { mergedInto: e.into.number, ...(e.comment ? { text: e.comment } : {}) };
    case 'merged_from':
      return { mergedFrom: e.source.number };
    case 'build_published':
      return { build: { id: e.build.id, product: e.build.product, version: e.build.version } };
    default:
      return {};
  }
}

function clockDetails(e: Extract<TicketEvent, { type: 'clock' }>): Partial<EventView> {
  switch (e.action) {
    case 'started':
      return { targetMinutes: e.targetMs / 60_000 };
    case 'retargeted':
      return { targetMinutes: e.targetMs / 60_000, dueAt: isoOrNull(e.manualDueAt) };
    case 'stopped':
      return { dueAt: isoOrNull(e.dueAt), outcome: e.outcome ?? null };
    case 'warned':
    case 'breached':
      return { dueAt: isoOrNull(e.dueAt) };
    default:
      return {};
  }
}

function presentChanges(c: ParameterChanges): Changes {
  const out: Changes = {};
  if (c.type !== undefined) out.type = c.type;
  if (c.priority !== undefined) out.priority = c.priority;
  if (c.planId !== undefined) out.planId = c.planId;
  if (c.deadline) out.deadline = { clock: c.deadline.clock, dueAt: isoOrNull(c.deadline.dueAt) };
  return out;
}
