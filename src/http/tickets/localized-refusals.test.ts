// R2: a refusal of a header or a cursor reads wholly in the caller's language — Russian by default,
// English on Accept-Language: en — and names the field it is about.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { post, setUpTickets } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');

/** The error envelope of a request, in Russian (no header) or English. */
async function refusal(client: TestClient, opts: Parameters<TestClient['request']>[0], lang?: 'en') {
  const headers = { ...(opts.headers ?? {}), ...(lang ? { 'accept-language': lang } : {}) };
  const res = await client.request({ ...opts, headers });
  return { status: res.statusCode, error: res.json().error };
}

describeDatabases('localized refusals', (suite) => {
  it('R2: an unquoted If-Match and an Idempotency-Key with a space are refused in Russian or English', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const before = await t.stored();
    const cases: Array<{ header: Record<string, string>; path: string; ru: string; en: string }> = [
      {
        header: { 'if-match': '4' },
        path: '/if-match',
        ru: 'ожидается версия в кавычках, как в заголовке ETag, например "4"',
        en: 'expected the version in quotes as sent in ETag, for example "4"',
      },
      {
        header: { 'idempotency-key': 'a b' },
        path: '/idempotency-key',
        ru: 'ожидаются только печатные символы ASCII, без пробелов',
        en: 'expected printable ASCII characters only, without spaces',
      },
    ];
    for (const { header, path, ru, en } of cases) {
      const reply = post(`/api/tickets/${n}/replies`, { text: 'Вот журнал' }, header);
      expect(await refusal(t.as.customer, reply)).toEqual({
        status: 400,
        error: {
          code: 'request.invalid',
          message: `Запрос составлен неверно: ${path}: ${ru}`,
          details: [{ path, message: ru }],
        },
      });
      expect(await refusal(t.as.customer, reply, 'en')).toEqual({
        status: 400,
        error: {
          code: 'request.invalid',
          message: `The request is invalid: ${path}: ${en}`,
          details: [{ path, message: en }],
        },
      });
    }
    const filing = post(
      '/api/tickets',
      { type: 'incident', priority: 'high', subject: 'Сбой', description: 'Описание' },
      { 'idempotency-key': 'a b' },
    );
    expect((await refusal(t.as.customer, filing)).error.details).toEqual([
      { path: '/idempotency-key', message: 'ожидаются только печатные символы ASCII, без пробелов' },
    ]);
    expect(await t.stored()).toEqual(before);
  });

  it('R2: a cursor of another order is refused in Russian or English, naming the cursor in details', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await t.file('own');
    await t.file('own');
    const first = await t.as.engineer.request({ method: 'GET', url: '/api/tickets?order=created&limit=1' });
    const cursor = first.json().nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const mixed = { method: 'GET' as const, url: `/api/tickets?order=due&limit=1&cursor=${cursor}` };
    const ru =
      'курсор получен для другого порядка (order=created): передайте тот же order, что и для первой страницы, или начните без cursor';
    const en =
      'the cursor belongs to another order (order=created): pass the order of the first page, or start without cursor';
    const code = 'request.cursor_other_order';
    expect(await refusal(t.as.engineer, mixed)).toEqual({
      status: 400,
      error: {
        code: 'request.invalid',
        message: `Запрос составлен неверно: /cursor: ${ru}`,
        details: [{ path: '/cursor', code, message: ru }],
      },
    });
    expect(await refusal(t.as.engineer, mixed, 'en')).toEqual({
      status: 400,
      error: {
        code: 'request.invalid',
        message: `The request is invalid: /cursor: ${en}`,
        details: [{ path: '/cursor', code, message: en }],
      },
    });
    // The customer's default order is `created`: a cursor of the support queue is refused alike.
    const queue = await t.as.engineer.request({ method: 'GET', url: '/api/tickets?limit=1' });
    const own = { method: 'GET' as const, url: `/api/tickets?limit=1&cursor=${queue.json().nextCursor}` };
    expect((await refusal(t.as.customer, own)).error.details).toEqual([
      { path: '/cursor', code, message: expect.stringContaining('(order=due)') },
    ]);
  });
});
