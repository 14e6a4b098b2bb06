// A failed upload leaves nothing on disk, however early it fails: the partial file is removed only
// once its stream has closed, since the file may still be being created when the input breaks.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { storeStream } from './file-store.ts';

describe('storeStream', () => {
  it('leaves no file behind when the input breaks before the file is even open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'srok-store-'));
    try {
      for (let i = 0; i < 50; i++) {
        const broken = new Readable({
          read() {
            this.destroy(new Error('the body was cut short'));
          },
        });
        await expect(storeStream(dir, broken)).rejects.toThrow('the body was cut short');
      }
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores a whole stream under a random key, with its size and checksum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'srok-store-'));
    try {
      const stored = await storeStream(dir, Readable.from([Buffer.from('строка')]));
      expect(stored.size).toBe(Buffer.byteLength('строка'));
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(readdirSync(dir)).toEqual([stored.key]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
