// Products and builds as the API shows them, and what it accepts; every field declared here.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import {
  type BuildFileRow,
  type BuildRow,
  listBuildFiles,
  type ProductRow,
  ticketNumbersOf,
} from '../../db/repositories/products.ts';
import { isoDate } from '../admin/shared.ts';

export const TAGS = ['Продукты и сборки'];

export const productSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string() });

export const buildFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string().describe('определён по содержимому файла'),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  url: z.string(),
});

export const buildSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  version: z.string(),
  releasedOn: z.string().describe('YYYY-MM-DD'),
  notes: z.string(),
  publishedAt: z.string().nullable().describe('null — черновик, клиентам не виден'),
  createdAt: z.string(),
  ticketNumbers: z
    .array(z.number().int())
    .describe('Обращения, решённые сборкой; представитель видит только обращения своей организации'),
  files: z.array(buildFileSchema),
});

export const productBody = z.strictObject({ name: z.string().trim().min(1).max(200) });

const version = z.string().trim().min(1).max(100);
const notes = z.string().max(20_000);

export const buildCreate = z.strictObject({ version, releasedOn: isoDate, notes: notes.optional() });

export const buildPatch = z.strictObject({
  version: version.optional(),
  releasedOn: isoDate.optional(),
  notes: notes.optional(),
});

export const ticketsBody = z.strictObject({
  numbers: z
    .array(z.number().int().positive())
    .max(1000)
    .describe('номера обращений; список заменяется целиком'),
});

export const buildParams = z.object({ id: z.uuid() });
export const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/** The product as the API shows it. */
export function presentProduct(row: ProductRow): z.infer<typeof productSchema> {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString() };
}

/** Support sees every ticket number; a customer only those of their organization (R22). */
export function isSupportRequest(request: FastifyRequest): boolean {
  return !!request.user && request.user.role !== 'customer';
}

/** The builds with their tickets and files, two queries for any number of builds. */
export async function presentBuilds(
  db: Db,
  rows: readonly BuildRow[],
  request: FastifyRequest,
): Promise<Array<z.infer<typeof buildSchema>>> {
  const ids = rows.map((b) => b.id);
  const scope = isSupportRequest(request)
    ? undefined
    : (request.user?.organizationId ?? '00000000-0000-0000-0000-000000000000');
  const numbers = await ticketNumbersOf(db, ids, scope);
  const files = await listBuildFiles(db, ids);
  return rows.map((b) => ({
    id: b.id,
    productId: b.productId,
    version: b.version,
    releasedOn: b.releasedOn,
    notes: b.notes,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
    ticketNumbers: numbers.get(b.id) ?? [],
    files: files.filter((f) => f.buildId === b.id).map(presentFile),
  }));
}

/** One build, presented. */
export async function presentBuild(db: Db, row: BuildRow, request: FastifyRequest) {
  const [one] = await presentBuilds(db, [row], request);
  return one!;
}

/** A build file with its download address. */
export function presentFile(f: BuildFileRow): z.infer<typeof buildFileSchema> {
  return {
    id: f.id,
    fileName: f.fileName,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    createdAt: f.createdAt.toISOString(),
    url: `/api/builds/${f.buildId}/files/${f.id}`,
  };
}
