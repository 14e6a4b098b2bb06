// R19 on the ticket page: the builds that list the ticket as resolved, with their files to download.
// Customers see published builds only; support also the drafts, flagged. Only these builds' own
// fields go out, never the other tickets they resolve (R22).
import { z } from 'zod';
import type { ResolvingBuild } from '../../db/repositories/ticket-page-extras.ts';

export const resolvedInBuildSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  product: z.string(),
  version: z.string(),
  releasedOn: z.string().describe('YYYY-MM-DD'),
  publishedAt: z.string().nullable().describe('null — черновик (виден только поддержке)'),
  draft: z.boolean().describe('черновик: клиенту не виден и не объявлен'),
  url: z.string().describe('сборка целиком: GET /api/builds/{id}'),
  files: z.array(z.object({ id: z.uuid(), fileName: z.string(), size: z.number().int(), url: z.string() })),
});

export const resolvedInBuildsSchema = z
  .array(resolvedInBuildSchema)
  .describe('Сборки, в которых исправлено обращение (R19), новейшие первыми');

export type ResolvedInBuild = z.infer<typeof resolvedInBuildSchema>;

/** The builds resolving the ticket as the API shows them, with the addresses of their files. */
export function presentResolvingBuilds(rows: readonly ResolvingBuild[]): ResolvedInBuild[] {
  return rows.map((b) => ({
    id: b.id,
    productId: b.productId,
    product: b.product,
    version: b.version,
    releasedOn: b.releasedOn,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    draft: b.publishedAt === null,
    url: `/api/builds/${b.id}`,
    files: b.files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      size: f.size,
      url: `/api/builds/${b.id}/files/${f.id}`,
    })),
  }));
}
