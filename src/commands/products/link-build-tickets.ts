// Sets which tickets a build resolves (R19): the customers of those tickets are told when it is
// published, and their organizations' new incidents on older builds get the hint.
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { replaceBuildTickets, ticketsByNumbers } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { loadBuild, refusePublished } from './load-build.ts';

export interface LinkBuildTicketsInput {
  actorId: string;
  buildId: string;
  numbers: readonly number[];
}

/** Replaces the build's tickets with these numbers; unknown numbers refuse the whole change. */
export function linkBuildTickets(deps: CommandDeps, input: LinkBuildTicketsInput): Promise<number[]> {
  return withTransaction(deps.db, async (tx) => {
    const build = await loadBuild(tx, input.buildId);
    refusePublished(build);
    const numbers = [...new Set(input.numbers)].sort((a, b) => a - b);
    const found = await ticketsByNumbers(tx, numbers);
    const known = new Set(found.map((t) => t.number));
    const missing = numbers.filter((n) => !known.has(n));
    if (missing.length > 0) throw new DomainError('build.unknown_tickets', { numbers: missing.join(', ') });
    await replaceBuildTickets(
      tx,
      build.id,
      found.map((t) => t.id),
    );
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'build.tickets_set',
      entity: 'build',
      entityId: build.id,
      payload: { ticketNumbers: numbers },
      at: new Date(deps.clock.now()),
    });
    return numbers;
  });
}
