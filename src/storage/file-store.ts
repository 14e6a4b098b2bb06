// Attachment files on disk: streamed in (never held in memory), hashed on the way, named by a
// random key; the content type is sniffed from the bytes, never taken from the client.
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
}

/** Writes the stream under `dir`; on any failure (e.g. the size limit) nothing is left behind. */
export async function storeStream(dir: string, input: Readable, claimedType?: string): Promise<StoredFile> {
  await mkdir(dir, { recursive: true });
  const key = randomUUID();
  const partial = join(dir, `${key}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const out = createWriteStream(partial, { flags: 'wx' });
  try {
    await pipeline(input, meter, out);
    if ((input as { truncated?: boolean }).truncated) throw new FileTooLargeError();
    const contentType = await sniff(partial, claimedType);
    await rename(partial, join(dir, key));
    return { key, size, sha256: hash.digest('hex'), contentType };
  } catch (err) {
    // The file may still be opening when the input breaks: remove it only once its stream closed,
    // or the late open would leave a partial file behind.
    if (!out.closed) await once(out, 'close').catch(() => {});
    await rm(partial, { force: true });
    throw err;
  }
}

/** A read stream of a stored file. */
export function openStored(dir: string, key: string): Readable {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
  return createReadStream(join(dir, key));
}

/** Deletes stored files that no row will name (an upload refused after they were written). */
export async function removeStored(dir: string, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    if (/^[0-9a-f-]{36}$/.test(key)) await rm(join(dir, key), { force: true });
  }
}

/** Size of a stored file on disk, if it exists. */
export async function storedSize(dir: string, key: string): Promise<number | undefined> {
  return stat(join(dir, key)).then(
    (s) => s.size,
    () => undefined,
  );
}

export class FileTooLargeError extends Error {
  constructor() {
    super('file too large');
  }
}

async function sniff(path: string, claimed: string | undefined): Promise<string> {
  const detected = await fileTypeFromFile(path);
  if (detected) return detected.mime;
  // Text has no magic number: accept a claimed text type only if the start holds no NUL byte.
  if (claimed?.startsWith('text/') || claimed === 'application/json') {
    const head = await readHead(path, 8192);
    if (!head.includes(0)) return claimed.startsWith('text/') ? 'text/plain' : claimed;
  }
  return 'application/octet-stream';
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total >= bytes) break;
  }
  return Buffer.concat(chunks);
}
