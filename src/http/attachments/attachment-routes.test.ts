// Attachments: streamed, sniffed, checksummed, scoped by organization, downloaded as attachments.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import { listAttachments } from '../../db/repositories/attachments.ts';
import { listAudit } from '../../db/repositories/audit.ts';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { buildTestApp, multipart, type TestApp } from '../test-app.ts';
import type { TicketBudgets } from '../tickets/limits.ts';
import { cleanName } from './attachment-routes.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  Buffer.alloc(64, 7),
]);

const text = (filename: string) => ({ filename, type: 'text/plain', content: Buffer.from(filename) });

/** What an upload could have left behind: attachment rows, audit rows, files on disk. */
async function leftovers(t: TestApp, number: number, dir: string) {
  const db = t.world.deps.db;
  const ticket = await getTicketByNumber(db, number);
  return {
    rows: (await listAttachments(db, ticket!.id, true)).length,
    audit: (await listAudit(db, { entity: 'ticket' }, { limit: 100 })).length,
    files: readdirSync(dir).length,
  };
}

describeDatabases('attachments', (suite) => {
  async function setup(maxBytes = 1_048_576, ticketBudgets?: TicketBudgets) {
    const db = await suite.create();
    const dir = mkdtempSync(join(tmpdir(), 'srok-files-test-'));
    const t = await buildTestApp(db, msk('2026-11-23T10:00'), {
      files: { dir, maxBytes },
      ...(ticketBudgets ? { ticketBudgets } : {}),
    });
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

  it('records every upload in the audit trail: who, which ticket, the file and its checksum (R22)', async () => {
    const { t, number } = await setup();
    const up = await t.as.engineer.request({
      method: 'POST',
      url: `/api/tickets/${number}/attachments?internal=true`,
      ...multipart([
        { filename: 'снимок.png', type: 'image/png', content: PNG },
        { filename: 'журнал.txt', type: 'text/plain', content: Buffer.from('строка') },
      ]),
    });
    expect(up.statusCode).toBe(201);
    const [png, log] = up.json().items;
    const trail = await t.as.lead.request({
      method: 'GET',
      url: `/api/audit?entity=ticket&entityId=${number}`,
    });
    expect(trail.statusCode).toBe(200);
    expect(trail.json().items.reverse()).toEqual([
      expect.objectContaining({
        action: 'attachment.added',
        actor: { id: t.world.engineer.userId, name: expect.any(String) },
        at: new Date(msk('2026-11-23T10:00')).toISOString(),
        payload: {
          ticketNumber: number,
          attachmentId: png.id,
          fileName: 'снимок.png',
          contentType: 'image/png',
          size: PNG.length,
          sha256: png.sha256,
          internal: true,
        },
      }),
      expect.objectContaining({
        action: 'attachment.added',
        payload: expect.objectContaining({
          attachmentId: log.id,
          fileName: 'журнал.txt',
          sha256: log.sha256,
        }),
      }),
    ]);
    await t.close();
  });

  it('a request with more files than allowed gets 413 in the user language and stores nothing', async () => {
    const { t, number, dir } = await setup();
    const files = Array.from({ length: 21 }, (_, i) => text(`f${i}.txt`));
    const request = {
      method: 'POST',
      url: `/api/tickets/${number}/attachments`,
      ...multipart(files),
    } as const;
    const ru = await t.as.customer.request(request);
    expect(ru.statusCode).toBe(413);
    expect(ru.json().error).toEqual({
      code: 'upload.too_many_files',
      message: 'За один раз можно приложить не больше 20 файлов',
    });
    const en = await t.as.customer.request({
      ...request,
      headers: { ...request.headers, 'accept-language': 'en' },
    });
    expect(en.json().error.message).toBe('At most 20 files can be uploaded at once');
    expect(await leftovers(t, number, dir)).toEqual({ rows: 0, audit: 0, files: 0 });
    // Form fields count too: a flood of parts is cut off the same way.
    const boundary = '----srok-test-boundary';
    const fields = Array.from(
      { length: 50 },
      (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`,
    );
    const parts = await t.as.customer.request({
      method: 'POST',
      url: `/api/tickets/${number}/attachments`,
      payload: `${fields.join('')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect([parts.statusCode, parts.json().error.code]).toEqual([413, 'upload.too_many_parts']);
    await t.close();
  });

  it('a malformed multipart body is a clear 400, in Russian or English, that stores nothing', async () => {
    const { t, number, dir } = await setup();
    const url = `/api/tickets/${number}/attachments`;
    const { payload, headers } = multipart([text('a.txt'), text('b.txt')]);
    const cases: Array<[string, string | Buffer, string]> = [
      ['no boundary', payload, 'multipart/form-data'],
      ['another boundary', payload, 'multipart/form-data; boundary=zzz'],
      [
        'a boundary longer than any parser takes',
        payload,
        `multipart/form-data; boundary=${'x'.repeat(300)}`,
      ],
      ['garbage', 'garbage\r\n\r\n', headers['content-type']],
      ['a body cut short', payload.subarray(0, payload.length - 60), headers['content-type']],
      ['not multipart at all', '{"file":"a"}', 'application/json'],
    ];
    for (const [why, body, contentType] of cases) {
      const send = (lang: string) =>
        t.as.customer.request({
          method: 'POST',
          url,
          payload: body,
          headers: { 'content-type': contentType, 'accept-language': lang },
        } as InjectOptions);
      const ru = await send('ru');
      expect([ru.statusCode, ru.json().error.code], why).toEqual([400, 'upload.malformed']);
      expect(ru.json().error.message, why).toMatch(/^Запрос с файлами разобрать не удалось/);
      expect((await send('en')).json().error.message, why).toMatch(/^The upload cannot be read/);
    }
    expect(await leftovers(t, number, dir)).toEqual({ rows: 0, audit: 0, files: 0 });
    await t.close();
  });

  it('uploads count against the per-user write budget, like replies', async () => {
    const { t, number } = await setup(1_048_576, { read: 100, write: 2 });
    const upload = (client: typeof t.as.customer) =>
      client.request({
        method: 'POST',
        url: `/api/tickets/${number}/attachments`,
        ...multipart([text('a.txt')]),
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await upload(t.as.customer)).statusCode);
    expect(statuses).toEqual([201, 201, 429]);
    const limited = await upload(t.as.customer);
    expect(limited.json().error.code).toBe('request.rate_limited');
    // The budget is the user's: support working on the same ticket is not affected.
    expect((await upload(t.as.engineer)).statusCode).toBe(201);
    await t.close();
  });

  it('cleans file names of paths and control characters', () => {
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('C:\\temp\\отчёт.xlsx')).toBe('отчёт.xlsx');
    expect(cleanName('a\u0000b".txt')).toBe('ab.txt');
    expect(cleanName('')).toBe('file');
  });
});
