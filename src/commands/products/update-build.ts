// Changes a build's version, release date or notes; once published only the notes may change,
// since customers were told the version and date (R19).
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import {
  type BuildPatch,
  type BuildRow,
  getBuildByVersion,
  updateBuild as writeBuild,
} from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { loadBuild, refusePublished } from './load-build.ts';

export interface UpdateBuildInput {
  actorId: string;
  buildId: string;
  patch: BuildPatch;
}

/** Applies the patch and records what changed, before and after. */
export function updateBuild(deps: CommandDeps, input: UpdateBuildInput): Promise<BuildRow> {
  return withTransaction(deps.db, async (tx) => {
    const build = await loadBuild(tx, input.buildId);
    const patch = { ...input.patch, ...(input.patch.version ? { version: input.patch.version.trim() } : {}) };
    const changed = (Object.keys(patch) as Array<keyof BuildPatch>).filter(
      (k) => patch[k] !== undefined && patch[k] !== build[k],
    );
    if (changed.length === 0) return build;
    if (changed.some((k) => k !== 'notes')) refusePublished(build);
    if (patch.version !== undefined && patch.version !== build.version) {
      if (await getBuildByVersion(tx, build.productId, patch.version)) {
        throw new DomainError('build.already_exists', { value: patch.version });
      }
    }
    const row = await writeBuild(tx, build.id, patch);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'build.updated',
      entity: 'build',
      entityId: build.id,
      payload: {
        before: Object.fromEntries(changed.map((k) => [k, build[k]])),
        after: Object.fromEntries(changed.map((k) => [k, row[k]])),
      },
      at: new Date(deps.clock.now()),
    });
    return row;
  });
}
