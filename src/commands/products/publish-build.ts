// Publishes a build once (R19): in one transaction the build is marked published and each
// requester of a resolved ticket gets a `build.published` outbox row naming their tickets.
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { enqueueOutbox } from '../../db/repositories/outbox.ts';
import {
  type BuildRow,
  getProduct,
  markBuildPublished,
  resolvedTickets,
} from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { loadBuild, refusePublished } from './load-build.ts';

export interface PublishBuildInput {
  actorId: string;
  buildId: string;
}

export interface PublishedBuild {
  build: BuildRow;
  /** The users told, one outbox row each. */
  notified: string[];
}

/** Publishes the build and queues the notices; publishing twice is refused (409). */
export function publishBuild(deps: CommandDeps, input: PublishBuildInput): Promise<PublishedBuild> {
  return withTransaction(deps.db, async (tx) => {
    const current = await loadBuild(tx, input.buildId);
    refusePublished(current);
    const at = new Date(deps.clock.now());
    // The conditional update makes a concurrent second publish find nothing to do.
    const build = await markBuildPublished(tx, current.id, at);
    if (!build) throw new DomainError('build.already_published', { version: current.version });
    const product = await getProduct(tx, build.productId);
    const byRequester = new Map<string, number[]>();
    for (const t of await resolvedTickets(tx, build.id)) {
      byRequester.set(t.requesterId, [...(byRequester.get(t.requesterId) ?? []), t.number]);
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
          product: product?.name ?? '',
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
