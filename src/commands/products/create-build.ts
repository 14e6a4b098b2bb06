// Adds a build of a product: a draft that support fills with tickets and files, then publishes.
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { type BuildRow, getBuildByVersion, getProduct, insertBuild } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';

export interface CreateBuildInput {
  actorId: string;
  productId: string;
  version: string;
  releasedOn: string; // YYYY-MM-DD
  notes?: string;
}

/** Creates the draft build and its audit row; a version is unique within its product. */
export function createBuild(deps: CommandDeps, input: CreateBuildInput): Promise<BuildRow> {
  return withTransaction(deps.db, async (tx) => {
    if (!(await getProduct(tx, input.productId))) {
      throw new DomainError('product.not_found', { value: input.productId });
    }
    const version = input.version.trim();
    if (await getBuildByVersion(tx, input.productId, version)) {
      throw new DomainError('build.already_exists', { value: version });
    }
    const at = new Date(deps.clock.now());
    const fields = { version, releasedOn: input.releasedOn, notes: input.notes ?? '' };
    const row = await insertBuild(tx, { productId: input.productId, ...fields, createdAt: at });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'build.created',
      entity: 'build',
      entityId: row.id,
      payload: { productId: input.productId, ...fields },
      at,
    });
    return row;
  });
}
