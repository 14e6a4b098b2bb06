// Writes what a decision produced: the events, the ticket's derived columns, and the outbox rows,
// all in the caller's transaction, so a ticket and its notices exist together or not at all.

import type { Db } from '../db/database.ts';
import type { FilingNotice } from '../db/repositories/filings.ts';
import { enqueueOutbox } from '../db/repositories/outbox.ts';
import { appendEvents, type TicketEventRecord } from '../db/repositories/ticket-events.ts';
import type { TicketPatch, TicketRow } from '../db/repositories/tickets.ts';
import { updateTicket } from '../db/repositories/tickets.ts';
import { computeDeadlines, type SlaContext } from '../domain/sla/clock-view.ts';
import type { TicketEvent } from '../domain/tickets/events.ts';
import { evolve, type TicketState } from '../domain/tickets/state.ts';
import { noticesFor } from './notices.ts';

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The columns a ticket row derives from its state. */
export function derivedColumns(
  state: TicketState,
  ctx: SlaContext,
): TicketPatch & { cycle: number; openDispute: boolean; updatedAt: Date } {
  const d = computeDeadlines(state, ctx);
  return {
    status: state.status,
    type: state.type,
    priority: state.priority,
    planId: state.planId,
    assigneeId: state.assigneeId,
    cycle: state.cycle,
    openDispute: state.openDispute !== null,
    closedAt: toDate(state.closedAt),
    relatedProblemId: state.relatedProblem?.id ?? null,
    reactionDueAt: toDate(d.reactionDueAt),
    solutionDueAt: toDate(d.solutionDueAt),
    progressDueAt: toDate(d.progressDueAt),
    autoCloseAt: toDate(d.autoCloseAt),
    nextDueAt: toDate(d.nextDueAt),
    nextSweepAt: toDate(d.nextSweepAt),
    state,
    updatedAt: new Date(ctx.now),
  };
}

/** Appends the events and notices and updates the row (optimistic version check). */
export async function recordEvents(
  tx: Db,
  row: TicketRow,
  before: TicketState,
  events: readonly TicketEvent[],
  ctx: SlaContext,
): Promise<{ row: TicketRow; state: TicketState; records: TicketEventRecord[] }> {
  const state = events.reduce<TicketState>((s, e) => evolve(s, e), before);
  const updated = await updateTicket(tx, row.id, row.version, derivedColumns(state, ctx));
  // The versioned UPDATE above holds the row lock until commit: appends to this ticket queue behind it.
  const records = await appendEvents(tx, row.id, events.map(toRecord), 'locked');
  await enqueueNotices(tx, updated, state, events, records);
  return { row: updated, state, records };
}

/** The outbox rows the events cause, addressed to users where the audience is one person. */
export function noticeRows(state: TicketState, events: readonly TicketEvent[]): FilingNotice[] {
  return events.flatMap((event, eventIndex) =>
    noticesFor(event, state).map((n) => ({
      eventIndex,
      kind: n.kind,
      recipientUserId:
        n.recipientUserId ??
        (n.audience === 'requester'
          ? state.requesterId
          : n.audience === 'assignee'
            ? state.assigneeId
            : null),
      payload: { audience: n.audience, event: event.type },
      availableAt: new Date(event.at),
    })),
  );
}

/** Writes the events' outbox rows beside their stored records. */
export async function enqueueNotices(
  tx: Db,
  row: TicketRow,
  state: TicketState,
  events: readonly TicketEvent[],
  records: readonly TicketEventRecord[],
): Promise<void> {
  await enqueueOutbox(
    tx,
    noticeRows(state, events).map(({ eventIndex, payload, ...n }) => ({
      ...n,
      ticketId: row.id,
      eventId: records[eventIndex]?.id ?? null,
      payload: { ...payload, ticketNumber: row.number },
    })),
  );
}

/** The database form of a domain event. */
export function toRecord(e: TicketEvent) {
  const { type, at, actor, ...payload } = e;
  return { type, at: new Date(at), actor, payload };
}

/** The domain form of a stored event. */
export function fromRecord(r: TicketEventRecord): TicketEvent {
  return { ...(r.payload as object), type: r.type, at: r.at.getTime(), actor: r.actor } as TicketEvent;
}
