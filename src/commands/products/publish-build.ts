// Publishes a build once (R19): in one transaction the build is marked published, each resolved
// ticket's history records it (`build_published`), and each requester of a resolved ticket gets a
// `build.published` outbox row naming their tickets.
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { enqueueOutbox } from '../../db/repositories/outbox.ts';
import {
  type BuildRow,
  getProduct,
  lockResolvedTickets,
  markBuildPublished,
} from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { TicketState } from '../../domain/tickets/state.ts';
import type { ActorRole } from '../../domain/tickets/types.ts';
import type { CommandDeps } from '../deps.ts';
import { loadPlan } from '../load-plan.ts';
import { recordEvents } from '../record-events.ts';
import { loadBuild, refusePublished } from './load-build.ts';

export interface PublishBuildInput {
  actorId: string;
  actorRole: ActorRole;
  buildId: string;
}

export interface PublishedBuild {
  build: BuildRow;
  /** The users told, one outbox row each. */
  notified: string[];
}

/** Publishes the build, records it on its tickets and queues the notices; publishing twice is refused (409). */
export function publishBuild(deps: CommandDeps, input: PublishBuildInput): Promise<PublishedBuild> {
  return withTransaction(deps.db, async (tx) => {
    const current = await loadBuild(tx, input.buildId);
    refusePublished(current);
    const now = deps.clock.now();
    const at = new Date(now);
    // The conditional update makes a concurrent second publish find nothing to do, so each
    // ticket's history gets the publication once.
    const build = await markBuildPublished(tx, current.id, at);
    if (!build) throw new DomainError('build.already_published', { version: current.version });
    const product = (await getProduct(tx, build.productId))?.name ?? '';
    const byRequester = new Map<string, number[]>();
    for (const row of await lockResolvedTickets(tx, build.id)) {
      byRequester.set(row.requesterId, [...(byRequester.get(row.requesterId) ?? []), row.number]);
      // Like the sweeper's events, this one counts as a change (the version moves); it touches no
      // clock and no status, and causes no notice of its own: the one below covers all the tickets.
      const state = row.state as TicketState;
      const event = {
        type: 'build_published' as const,
        at: now,
        actor: { userId: input.actorId, role: input.actorRole },
        build: { id: build.id, product, version: build.version },
      };
      await recordEvents(tx, row, state, [event], { now, ...(await loadPlan(tx, state.planId)) });
    }
    // Each requester hears only of their own tickets: numbers of other organizations stay hidden (R22).
    await enqueueOutbox(
      tx,
      [...byRequester].map(([recipientUserId, ticketNumbers]) => ({
        ticketId: null,
        eventId: null,
        kind: 'build.published',
        recipientUserId,
        payload: {
          audience: 'requester',
          product,
          version: build.version,
          buildId: build.id,
          ticketNumbers,
        },
        availableAt: at,
      })),
    );
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'build.published',
      entity: 'build',
      entityId: build.id,
      payload: { version: build.version, notified: byRequester.size },
      at,
    });
    return { build, notified: [...byRequester.keys()] };
  });
}
