// Attachments: streamed, sniffed, checksummed, scoped by organization, downloaded as attachments.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { buildTestApp, multipart } from '../test-app.ts';
import { cleanName } from './attachment-routes.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(64, 7),
]);

describeDatabases('attachments', (suite) => {
  async function setup(maxBytes = 1_048_576) {
    const db = await suite.create();
    const dir = mkdtempSync(join(tmpdir(), 'srok-files-test-'));
    const t = await buildTestApp(db, msk('2026-11-23T10:00'), { files: { dir, maxBytes } });
    const { number } = await fileTicket(t.world.deps, {
      requesterId: t.world.customer.userId,
      type: 'incident',
      priority: 'high',
      subject: 'Сбой',
      description: 'Пример во вложении',
    });
    return { t, number, dir };
  }

  it('stores a file streamed by the customer, sniffs its type and serves it back as a download', async () => {
    const { t, number } = await setup();
    const up = await t.as.customer.request({
      method: 'POST',
      url: `/api/tickets/${number}/attachments`,
      ...multipart([{ filename: 'снимок экрана.png', type: 'text/plain', content: PNG }]),
    });
    expect(up.statusCode).toBe(201);
    const [item] = up.json().items;
    expect(item).toMatchObject({
      fileName: 'снимок экрана.png',
      contentType: 'image/png',
      size: PNG.length,
      internal: false,
    });
    expect(item.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    const down = await t.as.engineer.request({ method: 'GET', url: item.url });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PNG)).toBe(true);
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="______ ______.png"; filename*=UTF-8''${encodeURIComponent('снимок экрана.png')}`,
    );
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    await t.close();
  });

  it("support's internal files and other organizations' tickets stay hidden from customers", async () => {
    const { t, number } = await setup();
    const up = await t.as.engineer.request({
      method: 'POST',
      url: `/api/tickets/${number}/attachments?internal=true`,
      ...multipart([{ filename: 'notes.txt', type: 'text/plain', content: Buffer.from('внутреннее') }]),
    });
    expect(up.statusCode).toBe(201);
    const item = up.json().items[0];
    expect(item.contentType).toBe('text/plain');
    const list = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${number}/attachments` });
    expect(list.json().items).toEqual([]);
    expect((await t.as.customer.request({ method: 'GET', url: item.url })).statusCode).toBe(404);
    expect(
      (await t.as.outsider.request({ method: 'GET', url: `/api/tickets/${number}/attachments` })).statusCode,
    ).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: item.url })).statusCode).toBe(401);
    await t.close();
  });

  it('a file over the limit gets a clear 413 and leaves nothing behind', async () => {
    const { t, number, dir } = await setup(1024);
    const res = await t.as.customer.request({
      method: 'POST',
      url: `/api/tickets/${number}/attachments`,
      ...multipart([
        { filename: 'big.bin', type: 'application/octet-stream', content: Buffer.alloc(4096, 1) },
      ]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('attachment.too_large');
    expect(readdirSync(dir)).toEqual([]);
    await t.close();
  });

  it('cleans file names of paths and control characters', () => {
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('C:\\temp\\отчёт.xlsx')).toBe('отчёт.xlsx');
    expect(cleanName('a\u0000b".txt')).toBe('ab.txt');
    expect(cleanName('')).toBe('file');
  });
});
