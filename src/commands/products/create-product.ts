// Adds a product whose builds the portal will track (R19); the name is how tickets name it.
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { getProductByName, insertProduct, type ProductRow } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';

export interface CreateProductInput {
  actorId: string;
  name: string;
}

/** Creates the product and its audit row; a second product of the same name is refused. */
export function createProduct(deps: CommandDeps, input: CreateProductInput): Promise<ProductRow> {
  return withTransaction(deps.db, async (tx) => {
    const name = input.name.trim();
    if (await getProductByName(tx, name)) throw new DomainError('product.already_exists', { value: name });
    const at = new Date(deps.clock.now());
    const row = await insertProduct(tx, { name, createdAt: at });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'product.created',
      entity: 'product',
      entityId: row.id,
      payload: { name },
      at,
    });
    return row;
  });
}
