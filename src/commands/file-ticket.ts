// Files a ticket (R4.1, R10, R12, R22): checks the filing right, issues the number, starts the clocks,
// writes the ticket, its first events and notices in one statement (shared with the filings made
// meanwhile); idempotent under a key.

import { randomUUID } from 'node:crypto';
import { withTransaction } from '../db/database.ts';
import { insertFiling, insertFilingSoon, type NewFiling } from '../db/repositories/filings.ts';
import {
  getIdempotentResponse,
  putIdempotentResponse,
  requestHashOf,
} from '../db/repositories/idempotency.ts';
import type { UserWithContact } from '../db/repositories/organizations.ts';
import { type ContractTerms, checkFilingRight } from '../domain/contracts/filing-right.ts';
import { DomainError } from '../domain/errors.ts';
import { decide } from '../domain/tickets/decide.ts';
import { replay } from '../domain/tickets/state.ts';
import type { Priority, TicketType } from '../domain/tickets/types.ts';
import { linkRepresentative } from './accounts/link-representative.ts';
import { type Requester, requesterOf, requesterWithContracts } from './contract-terms.ts';
import { type CommandDeps, wakeSweeper } from './deps.ts';
import { planContext } from './load-plan.ts';
import { derivedColumns, noticeRows, toRecord } from './record-events.ts';

export interface FileTicketInput {
  requesterId: string; // the user filing
  type: TicketType;
  priority: Priority;
  subject: string;
  description: string;
  product?: string | null;
  build?: string | null;
  followsUpTicketId?: string; // R17
  followsUpNumber?: number;
  idempotencyKey?: string;
  /** The requester's contracts when already read (with the caller's API token); read here otherwise. */
  requesterContracts?: readonly UserWithContact[];
}

export interface FiledTicket {
  id: string;
  number: number;
  status: string;
  organizationId: string;
  reactionDueAt: string | null;
  solutionDueAt: string | null;
}

/**
 * The contracts the requester may file under (R10, R22): only a verified address counts, and only
 * the contracts of the organization whose tickets the requester sees. A verified customer not yet
 * linked is linked first, as verification would have done (the contact may have been added since).
 */
async function ownContracts(deps: CommandDeps, requester: Requester, now: number): Promise<ContractTerms[]> {
  const { user, contracts } = requester;
  if (user.emailVerifiedAt === null)
    throw new DomainError('ticket.email_not_verified', { email: user.email });
  let organizationId = user.organizationId;
  if (organizationId === null) {
    organizationId = (await withTransaction(deps.db, (tx) => linkRepresentative(tx, user, now)))
      .organizationId;
  }
  if (organizationId === null) {
    checkFilingRight(user.email, contracts, now); // listed only under expired contracts: says which
    throw new DomainError('ticket.not_authorized_contact', { email: user.email });
  }
  return contracts.filter((c) => c.organizationId === organizationId);
}

class Replayed extends Error {
  constructor(readonly response: FiledTicket) {
    super('idempotent replay');
  }
}

/** Registers the ticket and returns its number, the initiator's confirmation (R12). */
export async function fileTicket(deps: CommandDeps, input: FileTicketInput): Promise<FiledTicket> {
  const scope = `${input.requesterId}:file-ticket`;
  // What the filing asks: a retry under the same key must ask the same (else 422, nothing lost).
  const { idempotencyKey: _key, requesterContracts: _contracts, ...asked } = input;
  const requestHash = input.idempotencyKey ? requestHashOf(asked) : undefined;
  if (input.idempotencyKey) {
    const earlier = await getIdempotentResponse(deps.db, scope, input.idempotencyKey, requestHash);
    if (earlier) return earlier as FiledTicket;
  }
  // Who files, under which contract and plan: read before the transaction, which then only writes.
  const now = deps.clock.now();
  const requester = input.requesterContracts?.length
    ? requesterOf(input.requesterContracts)
    : await requesterWithContracts(deps.db, input.requesterId);
  if (!requester || requester.user.id !== input.requesterId)
    throw new DomainError('ticket.not_authorized_contact', { email: '—' });
  const { user } = requester;
  const contract = checkFilingRight(user.email, await ownContracts(deps, requester, now), now);
  const stamped = requester.plans.get(contract.planId);
  if (!stamped) throw new DomainError('plan.not_found', { value: contract.planId });
  const { plan, calendar } = await planContext(deps.db, stamped);
  const ctx = { now, calendar, plan, actor: { userId: user.id, role: 'customer' as const } };
  const events = decide(
    undefined,
    {
      type: 'file',
      ticketType: input.type,
      priority: input.priority,
      planId: plan.id,
      subject: input.subject,
      description: input.description,
      requesterId: user.id,
      organizationId: contract.organizationId,
      ...(input.followsUpNumber ? { followsUp: input.followsUpNumber } : {}),
    },
    ctx,
  );
  const state = replay(events)!;
  const columns = derivedColumns(state, ctx);
  const filing: NewFiling = {
    ticket: {
      ...columns,
      id: randomUUID(),
      organizationId: contract.organizationId,
      contractId: contract.id,
      planId: plan.id,
      requesterId: user.id,
      type: state.type,
      priority: state.priority,
      status: state.status,
      subject: input.subject.trim(),
      description: input.description.trim(),
      product: input.product ?? null,
      build: input.build ?? null,
      followsUpTicketId: input.followsUpTicketId ?? null,
      createdAt: new Date(now),
      state,
    },
    events: events.map(toRecord),
    notices: noticeRows(state, events),
  };
  const respond = (number: number): FiledTicket => ({
    id: filing.ticket.id,
    number,
    status: state.status,
    organizationId: contract.organizationId,
    reactionDueAt: columns.reactionDueAt?.toISOString() ?? null,
    solutionDueAt: columns.solutionDueAt?.toISOString() ?? null,
  });
  const key = input.idempotencyKey;
  try {
    // One statement is atomic by itself (and may carry concurrent filings too); only the idempotency
    // record needs a transaction around it.
    const filed = !key
      ? respond(await insertFilingSoon(deps.db, filing))
      : await withTransaction(deps.db, async (tx) => {
          const response = respond(await insertFiling(tx, filing));
          const put = await putIdempotentResponse(tx, scope, key, response, new Date(now), requestHash);
          if (!put.stored) throw new Replayed(put.response as FiledTicket); // a concurrent twin won: roll back
          return response;
        });
    await wakeSweeper(deps, columns.nextSweepAt ?? null);
    return filed;
  } catch (err) {
    if (err instanceof Replayed) return err.response;
    throw err;
  }
}
