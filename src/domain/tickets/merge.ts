// Merging a duplicate into another ticket of the same organization: the duplicate closes with every
// live clock called off, and the ticket it joins records that it did.
import { DomainError } from '../errors.ts';
import type { SlaContext } from '../sla/view-clock.ts';
import { cancelAll } from './clock-drafts.ts';
import type { MergeTarget } from './commands.ts';
import type { EventDraft } from './events.ts';
import { ticketRef } from './ref.ts';
import type { TicketState } from './state.ts';

/**
 * The duplicate's events: merged_into, its clocks stopped, closed (reason 'merged'). Another
 * organization's ticket is refused as not found, so its existence and status never show (R22).
 */
export function decideMerge(
  s: TicketState,
  into: MergeTarget,
  comment: string | undefined,
  ctx: SlaContext & { ticketNumber?: number },
): EventDraft[] {
  checkPair(s.organizationId, ctx.ticketNumber, into);
  const said = comment?.trim();
  return [
    { type: 'merged_into', into: { id: into.id, number: into.number }, ...(said ? { comment: said } : {}) },
    ...cancelAll(s, ctx),
    { type: 'closed', reason: 'merged' },
  ];
}

/**
 * The event the surviving ticket records. The caller reads this ticket again under its lock, after
 * the duplicate's command was built, so the same checks run on what it holds now.
 */
export function decideMergedFrom(
  target: TicketState,
  targetNumber: number,
  source: { id: string; number: number; organizationId: string },
): EventDraft[] {
  checkPair(source.organizationId, source.number, { ...target, number: targetNumber });
  return [{ type: 'merged_from', source: { id: source.id, number: source.number } }];
}

function checkPair(
  organizationId: string,
  ownNumber: number | undefined,
  into: Pick<MergeTarget, 'number' | 'organizationId' | 'status'>,
): void {
  if (into.organizationId !== organizationId)
    throw new DomainError('ticket.not_found', { value: ticketRef(into.number) });
  if (into.number === ownNumber) throw new DomainError('ticket.merge_self', { value: into.number });
  if (into.status === 'closed') throw new DomainError('ticket.merge_target_closed', { value: into.number });
}
