// Records a file already streamed to the file store as part of a build (R13: a build to install).
import { withTransaction } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { type BuildFileRow, insertBuildFile } from '../../db/repositories/products.ts';
import type { StoredFile } from '../../storage/file-store.ts';
import type { CommandDeps } from '../deps.ts';
import { loadBuild } from './load-build.ts';

export interface AddBuildFileInput {
  actorId: string;
  buildId: string;
  fileName: string;
  stored: StoredFile;
}

/** Adds the file row and its audit row; the build must exist. */
export function addBuildFile(deps: CommandDeps, input: AddBuildFileInput): Promise<BuildFileRow> {
  return withTransaction(deps.db, async (tx) => {
    const build = await loadBuild(tx, input.buildId);
    const at = new Date(deps.clock.now());
    const { stored } = input;
    const row = await insertBuildFile(tx, {
      buildId: build.id,
      uploaderId: input.actorId,
      fileName: input.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdAt: at,
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'build.file_added',
      entity: 'build',
      entityId: build.id,
      payload: { fileId: row.id, fileName: row.fileName, size: row.size, sha256: row.sha256 },
      at,
    });
    return row;
  });
}
