// Who is looking at tickets and what they may see: support sees every organization's tickets, a
// customer only their own organization's (R22); for anyone else a ticket is simply not found.
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import type { Db } from '../../db/database.ts';
import { getTicketByNumber, type TicketRow, type TicketScope } from '../../db/repositories/tickets.ts';
import { DomainError } from '../../domain/errors.ts';
import { ticketRef } from '../../domain/tickets/ref.ts';
import { requireRole, type UserRole } from '../plugins/auth.ts';

export interface Viewer {
  userId: string;
  role: UserRole;
  /** The customer's organization; null for support and for a customer not yet matched to one. */
  organizationId: string | null;
}

/** The signed-in viewer of a request (the route's gate has already required one). */
export function viewerOf(request: FastifyRequest): Viewer {
  const user = request.user;
  if (!user) throw new DomainError('auth.unauthenticated');
  return { userId: user.id, role: user.role, organizationId: user.organizationId ?? null };
}

/** Whether the viewer works for support (engineer, lead, admin). */
export function isSupport(viewer: Viewer): boolean {
  return viewer.role !== 'customer';
}

/** The lookup scope of the viewer; null when they may see no ticket at all. */
export function scopeOf(viewer: Viewer): TicketScope | null {
  if (isSupport(viewer)) return {};
  return viewer.organizationId ? { organizationId: viewer.organizationId } : null;
}

/** The ticket with this number as the viewer may see it, or DomainError('ticket.not_found'). */
export async function loadVisibleTicket(db: Db, number: number, viewer: Viewer): Promise<TicketRow> {
  const scope = scopeOf(viewer);
  const row = scope ? await getTicketByNumber(db, number, scope) : undefined;
  if (!row) throw new DomainError('ticket.not_found', { value: ticketRef(number) });
  return row;
}

/**
 * The route's role gate, run before the body is read (after the rate limit): an anonymous or
 * unauthorized caller learns nothing from how their input would have been judged.
 */
export function gate(...roles: UserRole[]) {
  const check = requireRole(...roles);
  return async (request: FastifyRequest, reply: FastifyReply, payload: RequestPayload) => {
    await check(request, reply);
    return payload;
  };
}
