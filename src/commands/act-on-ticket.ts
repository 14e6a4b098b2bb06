// Carries out one command on an existing ticket: scope check, state machine, events, deadlines,
// notices, in one transaction with an optimistic version check (two engineers never lose an update).

import { withTransaction } from '../db/database.ts';
import { getTicketByNumber, type TicketRow } from '../db/repositories/tickets.ts';
import { getUserById } from '../db/repositories/users.ts';
import { DomainError } from '../domain/errors.ts';
import type { TicketCommand } from '../domain/tickets/commands.ts';
import { decide } from '../domain/tickets/decide.ts';
import type { TicketEvent } from '../domain/tickets/events.ts';
import { ticketRef } from '../domain/tickets/ref.ts';
import type { TicketState } from '../domain/tickets/state.ts';
import type { Actor } from '../domain/tickets/types.ts';
import { formatMessage, type Lang } from '../i18n/index.ts';
import { type CommandDeps, wakeSweeper } from './deps.ts';
import { type FiledTicket, fileTicket } from './file-ticket.ts';
import { loadPlan } from './load-plan.ts';
import { mergeTicket } from './merge-ticket.ts';
import { recordEvents } from './record-events.ts';

export interface ActOnTicketInput {
  ticketNumber: number;
  actor: Actor;
  /** Customers act only within their organization (R22): another's ticket is simply not found. */
  organizationId?: string | null;
  command: Exclude<TicketCommand, { type: 'file' }>;
  /** The version the actor saw (If-Match); a stale one is a conflict, never a lost update. */
  expectedVersion?: number;
}

export interface ActOnTicketResult {
  ticket: TicketRow;
  state: TicketState;
  events: TicketEvent[];
  /** R17: a message on a closed ticket became this new, linked ticket. */
  followUp?: FiledTicket;
}

/** Applies the command or throws a typed DomainError (not found, forbidden, illegal, conflict). */
export async function actOnTicket(deps: CommandDeps, input: ActOnTicketInput): Promise<ActOnTicketResult> {
  // A customer without an organization sees no ticket at all (R22): not found, before any query.
  if (input.actor.role === 'customer' && !input.organizationId)
    throw new DomainError('ticket.not_found', { value: ticketRef(input.ticketNumber) });
  const scope = input.actor.role === 'customer' ? { organizationId: input.organizationId as string } : {};
  // A merge changes two tickets: its own command locks and writes both.
  if (input.command.type === 'merge') return mergeTicket(deps, { ...input, command: input.command }, scope);
  const outcome = await withTransaction(deps.db, async (tx) => {
    const row = await getTicketByNumber(tx, input.ticketNumber, scope);
    if (!row) throw new DomainError('ticket.not_found', { value: ticketRef(input.ticketNumber) });
    if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
      throw new DomainError('ticket.version_conflict', {
        id: row.id,
        expected: input.expectedVersion,
        actual: row.version,
      });
    }
    const before = row.state as TicketState;
    const now = deps.clock.now();
    const current = await loadPlan(tx, before.planId);
    const cmd = input.command;
    const target =
      cmd.type === 'change_parameters' && cmd.changes.planId
        ? await loadPlan(tx, cmd.changes.planId)
        : current;
    const command = cmd.type === 'change_parameters' ? { ...cmd, newPlan: target.plan } : cmd;
    let events: ReturnType<typeof decide>;
    try {
      events = decide(before, command, { now, actor: input.actor, ticketNumber: row.number, ...current });
    } catch (err) {
      // R17: the customer's message about a closed ticket becomes a new ticket linked to it.
      if (err instanceof DomainError && err.code === 'ticket.closed_follow_up') return { followUpOf: row };
      throw err;
    }
    const saved = await recordEvents(tx, row, before, events, { now, ...target });
    return { ticket: saved.row, state: saved.state, events };
  });
  if ('followUpOf' in outcome && outcome.followUpOf) return fileFollowUp(deps, input, outcome.followUpOf);
  await wakeSweeper(deps, outcome.ticket.nextSweepAt);
  return outcome;
}

/** R17: a new request about a closed ticket creates a new ticket linked to the old one. */
async function fileFollowUp(
  deps: CommandDeps,
  input: ActOnTicketInput,
  closed: TicketRow,
): Promise<ActOnTicketResult> {
  const c = input.command;
  const text =
    c.type === 'customer_reply' || c.type === 'dispute' ? c.text : c.type === 'reject' ? c.comment : '—';
  const requesterId = input.actor.userId!;
  // The subject is the requester's to read (R2): in their language, Russian unless they chose English.
  const lang: Lang = (await getUserById(deps.db, requesterId))?.lang === 'en' ? 'en' : 'ru';
  const subject = formatMessage(lang, 'ticket.follow_up_subject', {
    number: closed.number,
    subject: closed.subject,
  });
  const followUp = await fileTicket(deps, {
    requesterId,
    type: closed.type,
    priority: closed.priority,
    subject: subject.slice(0, 500),
    description: text,
    product: closed.product,
    build: closed.build,
    followsUpTicketId: closed.id,
    followsUpNumber: closed.number,
  });
  return { ticket: closed, state: closed.state as TicketState, events: [], followUp };
}
