// Merges a duplicate into another ticket of its organization: both tickets' events, derived columns,
// the customer's notice and the audit rows are written in one transaction, or nothing is.
import { withTransaction } from '../db/database.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { getTicketByNumber, lockTicketsById, type TicketScope } from '../db/repositories/tickets.ts';
import { DomainError } from '../domain/errors.ts';
import type { TicketCommand } from '../domain/tickets/commands.ts';
import { decide } from '../domain/tickets/decide.ts';
import type { TicketEvent } from '../domain/tickets/events.ts';
import { decideMergedFrom } from '../domain/tickets/merge.ts';
import { ticketRef } from '../domain/tickets/ref.ts';
import type { TicketState } from '../domain/tickets/state.ts';
import type { ActOnTicketInput, ActOnTicketResult } from './act-on-ticket.ts';
import type { CommandDeps } from './deps.ts';
import { loadPlan } from './load-plan.ts';
import { recordEvents } from './record-events.ts';

export type MergeInput = ActOnTicketInput & { command: Extract<TicketCommand, { type: 'merge' }> };

/**
 * Closes the ticket (found within `scope`) as merged into `command.into` and records that on the
 * target, or throws a typed DomainError: not found (another organization's target too), forbidden,
 * closed, or a version conflict. The closed ticket has nothing left for the sweeper to wake for.
 */
export async function mergeTicket(
  deps: CommandDeps,
  input: MergeInput,
  scope: TicketScope,
): Promise<ActOnTicketResult> {
  const into = input.command.into;
  return withTransaction(deps.db, async (tx) => {
    const found = await getTicketByNumber(tx, input.ticketNumber, scope);
    if (!found) throw new DomainError('ticket.not_found', { value: ticketRef(input.ticketNumber) });
    // Locked, and read again: the target may have closed since the caller looked it up.
    const locked = await lockTicketsById(tx, [found.id, into.id]);
    const row = locked.find((r) => r.id === found.id) ?? found;
    const target = locked.find((r) => r.id === into.id);
    if (!target) throw new DomainError('ticket.not_found', { value: ticketRef(into.number) });
    if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
      throw new DomainError('ticket.version_conflict', {
        id: row.id,
        expected: input.expectedVersion,
        actual: row.version,
      });
    }
    const now = deps.clock.now();
    const before = row.state as TicketState;
    const plan = await loadPlan(tx, before.planId);
    const command = {
      ...input.command,
      into: {
        id: target.id,
        number: target.number,
        organizationId: target.organizationId,
        status: target.status,
      },
    };
    const events = decide(before, command, { now, actor: input.actor, ticketNumber: row.number, ...plan });

    const targetBefore = target.state as TicketState;
    const targetPlan = await loadPlan(tx, targetBefore.planId);
    const source = { id: row.id, number: row.number, organizationId: row.organizationId };
    const joined: TicketEvent[] = decideMergedFrom(targetBefore, target.number, source).map(
      (d) => ({ ...d, at: now, actor: input.actor }) as TicketEvent,
    );

    const saved = await recordEvents(tx, row, before, events, { now, ...plan });
    await recordEvents(tx, target, targetBefore, joined, { now, ...targetPlan });
    const at = new Date(now);
    const actorId = input.actor.userId;
    await recordAudit(tx, {
      actorId,
      action: 'ticket.merged',
      entity: 'ticket',
      entityId: String(row.number),
      payload: { ticketNumber: row.number, into: target.number },
      at,
    });
    await recordAudit(tx, {
      actorId,
      action: 'ticket.merged_in',
      entity: 'ticket',
      entityId: String(target.number),
      payload: { ticketNumber: target.number, from: row.number },
      at,
    });
    return { ticket: saved.row, state: saved.state, events };
  });
}
