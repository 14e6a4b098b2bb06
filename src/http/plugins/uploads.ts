// Multipart uploads (ticket attachments, build files): the parser's caps, and its faults as typed
// 4xx errors, since a body that does not match its Content-Type is the client's mistake, not a 500.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.ts';
import { FileTooLargeError, removeStored, type StoredFile, storeStream } from '../../storage/file-store.ts';

/** What one request may carry: files, and parts in all (files plus form fields, which are ignored). */
export const UPLOAD_LIMITS = { files: 20, parts: 40, fieldSize: 64 * 1024 } as const;

/** Registers @fastify/multipart in this plugin with the caps above and `maxBytes` per file. */
export async function registerUploads(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: { ...UPLOAD_LIMITS, fileSize: maxBytes },
    throwFileSizeLimit: true,
  });
}

/** A file of the request, written to the store; the name is the client's, not yet cleaned. */
export interface UploadedFile {
  fileName: string | undefined;
  stored: StoredFile;
}

/**
 * Streams every file of a multipart request to the store under `dir`. All or nothing: on any fault
 * the files already written are removed and the typed error is thrown; a request with no file is
 * refused with `attachment.no_file`.
 */
export async function storeUploads(
  request: FastifyRequest,
  dir: string,
  maxBytes: number,
): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.files()) {
      files.push({ fileName: part.filename, stored: await storeStream(dir, part.file, part.mimetype) });
    }
  } catch (err) {
    await removeStored(
      dir,
      files.map((f) => f.stored.key),
    );
    throw uploadError(err, maxBytes);
  }
  if (files.length === 0) throw new DomainError('attachment.no_file');
  return files;
}

// The multipart parser (busboy) raises plain Errors, without a code, with these texts when the body
// does not match its Content-Type: no or an unusable boundary, a body or a part cut short. The
// plugin's own codes: a body that is not multipart at all, a connection closed mid-body, a field
// named __proto__, a field declared JSON that is not.
const MALFORMED_TEXTS = [/boundary/i, /unexpected end of multipart/i, /terminated early/i, /needle/i];
const MALFORMED_CODES = new Set([
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
  'FST_MP_PREMATURE_CLOSE',
  'FST_PROTO_VIOLATION',
  'FST_INVALID_JSON_FIELD_ERROR',
]);

/** The typed error for a failure while reading an upload; any other error is returned unchanged. */
export function uploadError(err: unknown, maxBytes: number): unknown {
  if (!(err instanceof Error) || err instanceof DomainError) return err;
  const code = (err as { code?: unknown }).code;
  if (err instanceof FileTooLargeError || code === 'FST_REQ_FILE_TOO_LARGE') {
    return new DomainError('attachment.too_large', { limit: Math.round(maxBytes / 1_048_576) });
  }
  if (code === 'FST_FILES_LIMIT')
    return new DomainError('upload.too_many_files', { max: UPLOAD_LIMITS.files });
  if (code === 'FST_PARTS_LIMIT')
    return new DomainError('upload.too_many_parts', { max: UPLOAD_LIMITS.parts });
  if (typeof code === 'string' && MALFORMED_CODES.has(code)) return new DomainError('upload.malformed');
  if (code === undefined && MALFORMED_TEXTS.some((text) => text.test(err.message))) {
    return new DomainError('upload.malformed');
  }
  return err;
}
