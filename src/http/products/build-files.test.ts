// A build's files: streamed to the file store by support, type sniffed, SHA-256 recorded, served
// as downloads; a draft's files only to support, a published build's to any signed-in user.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { multipart } from '../test-app.ts';
import { call, openProductApp, productWithBuild } from './test-support.ts';

const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);

describeDatabases('build files', (suite) => {
  it('stores an uploaded build with its checksum and serves it back as a download', async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const up = await t.as.lead.request({
      method: 'POST',
      url: `/api/builds/${buildId}/files`,
      ...multipart([{ filename: 'srok-server 5.1.zip', type: 'text/plain', content: ZIP }]),
    });
    expect(up.statusCode).toBe(201);
    const [item] = up.json().items;
    expect(item).toMatchObject({ fileName: 'srok-server 5.1.zip', size: ZIP.length });
    expect(item.contentType).toMatch(/zip/);
    expect(item.sha256).toBe(createHash('sha256').update(ZIP).digest('hex'));
    expect(item.url).toBe(`/api/builds/${buildId}/files/${item.id}`);

    const down = await t.as.engineer.request({ method: 'GET', url: item.url });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(ZIP)).toBe(true);
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="srok-server 5.1.zip"; filename*=UTF-8''${encodeURIComponent('srok-server 5.1.zip')}`,
    );
    expect(down.headers.digest).toBe(`sha-256=${createHash('sha256').update(ZIP).digest('base64')}`);
    const build = await call<{ files: Array<{ id: string }> }>(t.as.admin, 'GET', `/api/builds/${buildId}`);
    expect(build.files.map((f) => f.id)).toEqual([item.id]);
    const audit = await call<{ items: Array<{ action: string; payload: object }> }>(
      t.as.admin,
      'GET',
      `/api/audit?entity=build&entityId=${buildId}`,
    );
    expect(audit.items[0]).toMatchObject({
      action: 'build.file_added',
      payload: { fileId: item.id, sha256: item.sha256, size: ZIP.length },
    });
  });

  it("lets customers download only a published build's files; only leads and admins upload", async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const upload = () => multipart([{ filename: 'patch.zip', type: 'application/zip', content: ZIP }]);
    for (const [client, status] of [
      [t.anonymous, 401],
      [t.as.customer, 403],
      [t.as.engineer, 403],
      [t.as.admin, 201],
    ] as const) {
      const res = await client.request({ method: 'POST', url: `/api/builds/${buildId}/files`, ...upload() });
      expect(res.statusCode).toBe(status);
    }
    const build = await call<{ files: Array<{ url: string }> }>(t.as.admin, 'GET', `/api/builds/${buildId}`);
    const url = build.files[0]!.url;
    expect((await t.as.customer.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url })).statusCode).toBe(401);
    await call(t.as.lead, 'POST', `/api/builds/${buildId}/publish`, undefined, 200);
    for (const client of [t.as.customer, t.as.outsider, t.as.engineer]) {
      const res = await client.request({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(ZIP)).toBe(true);
    }
  });

  it('refuses a file over the limit with 413 and leaves nothing behind; a request without a file is 422', async () => {
    const t = await openProductApp(suite, 100);
    const { buildId } = await productWithBuild(t);
    const big = await t.as.lead.request({
      method: 'POST',
      url: `/api/builds/${buildId}/files`,
      ...multipart([{ filename: 'big.zip', type: 'application/zip', content: ZIP }]),
    });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'attachment.too_large']);
    expect(readdirSync(t.filesDir)).toEqual([]);
    const build = await call<{ files: unknown[] }>(t.as.lead, 'GET', `/api/builds/${buildId}`);
    expect(build.files).toEqual([]);
    const empty = await t.as.lead.request({
      method: 'POST',
      url: `/api/builds/${buildId}/files`,
      ...multipart([]),
    });
    expect([empty.statusCode, empty.json().error.code]).toEqual([422, 'attachment.no_file']);
  });
  it('a malformed upload or too many files get a clear 4xx and record nothing', async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const url = `/api/builds/${buildId}/files`;
    const { payload } = multipart([{ filename: 'patch.zip', type: 'application/zip', content: ZIP }]);
    for (const lang of ['ru', 'en']) {
      const res = await t.as.lead.request({
        method: 'POST',
        url,
        payload,
        headers: { 'content-type': 'multipart/form-data', 'accept-language': lang },
      });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'upload.malformed']);
      expect(res.json().error.message).toMatch(
        lang === 'ru' ? /^Запрос с файлами разобрать не удалось/ : /^The upload cannot be read/,
      );
    }
    const many = Array.from({ length: 21 }, (_, i) => ({
      filename: `part${i}.zip`,
      type: 'application/zip',
      content: ZIP,
    }));
    const tooMany = await t.as.lead.request({ method: 'POST', url, ...multipart(many) });
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([413, 'upload.too_many_files']);
    const build = await call<{ files: unknown[] }>(t.as.admin, 'GET', url.replace('/files', ''));
    expect(build.files).toEqual([]);
    expect(readdirSync(t.filesDir)).toEqual([]);
  });
});
