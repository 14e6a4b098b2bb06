// The audit row every administrative change writes (R22), inside the change's own transaction, with
// the signed-in actor and the present instant of the injected clock.
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { actorOf } from '../plugins/auth.ts';

export interface Change {
  action: string; // 'contract.created': the entity comes before the dot unless given
  entityId: string;
  entity?: string;
  payload?: unknown;
}

/** Records who changed what, when; call it with the transaction that makes the change. */
export async function auditChange(
  tx: Db,
  request: FastifyRequest,
  clock: Clock,
  change: Change,
): Promise<void> {
  await recordAudit(tx, {
    actorId: actorOf(request).userId,
    action: change.action,
    entity: change.entity ?? change.action.split('.')[0]!,
    entityId: change.entityId,
    payload: change.payload ?? {},
    at: new Date(clock.now()),
  });
}
