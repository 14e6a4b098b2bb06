// The build a product command works on, or the error every route shows for an unknown one.
import type { Db } from '../../db/database.ts';
import { type BuildRow, getBuild } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';

/** The build, or DomainError('build.not_found') (404). */
export async function loadBuild(db: Db, id: string): Promise<BuildRow> {
  const row = await getBuild(db, id);
  if (!row) throw new DomainError('build.not_found', { value: id });
  return row;
}

/** Refuses a change that would contradict what the customers were already told. */
export function refusePublished(build: BuildRow): void {
  if (build.publishedAt) throw new DomainError('build.already_published', { version: build.version });
}
