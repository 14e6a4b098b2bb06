// A build's files (R13: a build to install): uploaded by leads and administrators, streamed to the
// same store as attachments with the size limit, type sniffed, SHA-256 recorded; downloaded as files.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { addBuildFile } from '../../commands/products/add-build-file.ts';
import { loadBuild } from '../../commands/products/load-build.ts';
import { type BuildFileRow, getBuildFile } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import { openStored, removeStored } from '../../storage/file-store.ts';
import { cleanName, contentDisposition } from '../attachments/attachment-routes.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { registerPerUserLimits } from '../plugins/per-user-limits.ts';
import { registerUploads, storeUploads } from '../plugins/uploads.ts';
import { type TicketBudgets, writeLimit } from '../tickets/limits.ts';
import { errors } from '../tickets/response-schemas.ts';
import { visibleBuild } from './build-routes.ts';
import { buildFileSchema, buildParams, fileParams, presentFile, TAGS } from './schemas.ts';

export interface BuildFileOptions {
  deps: CommandDeps;
  filesDir: string;
  maxBytes: number;
  /** Per-user requests a minute; an upload counts against the write budget. */
  budgets?: TicketBudgets;
}

/** Registers POST /api/builds/{id}/files and GET /api/builds/{id}/files/{fileId}. */
export async function buildFileRoutes(app: FastifyInstance, opts: BuildFileOptions): Promise<void> {
  await registerPerUserLimits(app);
  await registerUploads(app, opts.maxBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { deps } = opts;

  r.post(
    '/api/builds/:id/files',
    {
      config: writeLimit(opts.budgets),
      onRequest: requireRole('admin', 'lead'),
      schema: {
        tags: TAGS,
        summary: 'Загрузить файлы сборки',
        description:
          'multipart/form-data, один или несколько файлов; тип определяется по содержимому, SHA-256 записывается.',
        consumes: ['multipart/form-data'],
        params: buildParams,
        response: {
          201: z.object({ items: z.array(buildFileSchema) }),
          ...errors(400, 401, 403, 404, 413, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const build = await loadBuild(deps.db, request.params.id);
      const actorId = actorOf(request).userId;
      const files = await storeUploads(request, opts.filesDir, opts.maxBytes);
      const saved: BuildFileRow[] = [];
      for (const [i, { fileName, stored }] of files.entries()) {
        const row = await addBuildFile(deps, {
          actorId,
          buildId: build.id,
          fileName: cleanName(fileName),
          stored,
        }).catch(async (err: unknown) => {
          // The files not yet recorded would be named by no row.
          await removeStored(
            opts.filesDir,
            files.slice(i).map((f) => f.stored.key),
          );
          throw err;
        });
        saved.push(row);
      }
      return reply.code(201).send({ items: saved.map(presentFile) });
    },
  );

  r.get(
    '/api/builds/:id/files/:fileId',
    {
      onRequest: requireRole(),
      schema: {
        tags: TAGS,
        summary: 'Скачать файл сборки',
        description:
          'Файлы опубликованной сборки доступны любому вошедшему пользователю, черновика — поддержке.',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const build = await visibleBuild(deps.db, request, request.params.id);
      const row = await getBuildFile(deps.db, build.id, request.params.fileId);
      if (!row) throw new DomainError('build_file.not_found', { value: request.params.fileId });
      return reply
        .header('content-type', row.contentType)
        .header('content-length', row.size)
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`)
        .send(openStored(opts.filesDir, row.storageKey));
    },
  );
}
