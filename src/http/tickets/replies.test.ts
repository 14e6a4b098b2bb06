// Replies: idempotent under a key, a customer's message on a closed ticket becomes a linked new
// ticket (R17), and If-Match turns a stale version into 409 instead of a lost update.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { post, setUpTickets } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');

describeDatabases('replies and versions', (suite) => {
  it('a retried reply with the same Idempotency-Key answers as the first and writes one message', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const reply = (key: string, text = 'Журнал во вложении') =>
      t.as.customer.request(post(`/api/tickets/${n}/replies`, { text }, { 'idempotency-key': key }));
    const first = await reply('r-1');
    const before = await t.stored();
    const again = await reply('r-1');
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await t.stored()).toEqual(before);

    const twins = await Promise.all([reply('r-2', 'Ещё'), reply('r-2', 'Ещё'), reply('r-2', 'Ещё')]);
    expect(new Set(twins.map((r) => r.statusCode))).toEqual(new Set([200]));
    const page = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}` });
    const replies = page.json().conversation.filter((e: { type: string }) => e.type === 'customer_replied');
    expect(replies.map((e: { text: string }) => e.text)).toEqual(['Журнал во вложении', 'Ещё']);
  });

  it('a used key with a different request is refused (422) and nothing of either is lost or doubled', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const reply = (text: string, lang = 'ru') =>
      t.as.customer.request(
        post(
          `/api/tickets/${n}/replies`,
          { text },
          { 'idempotency-key': 'same-key', 'accept-language': lang },
        ),
      );
    expect((await reply('Первый ответ')).statusCode).toBe(200);
    const before = await t.stored();
    const other = await reply('Совсем другой текст');
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'request.idempotency_key_reused']);
    expect(other.json().error.message).toMatch(/Idempotency-Key уже использован/);
    expect((await reply('Совсем другой текст', 'en')).json().error.message).toMatch(/already used/);
    expect(await t.stored()).toEqual(before);
    expect((await reply('Первый ответ')).statusCode).toBe(200); // the same request is still a retry
  });

  it('with a key, the sweeper is woken after commit, where the change is visible (and the one embedded connection free)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    await t.act(n, 'engineer', { type: 'request_info', kind: 'information', text: 'Журнал?' });
    const seen: string[] = [];
    t.deps.sweeper = {
      wakeAt: async () => {
        // Inside the request's transaction this read would wait for ever on PGlite, or miss the change on PostgreSQL.
        const read = t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}` });
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('woken inside the transaction')), 5_000),
        );
        seen.push((await Promise.race([read, timeout])).json().status);
      },
    };
    const res = await t.as.customer.request(
      post(`/api/tickets/${n}/replies`, { text: 'Вот журнал' }, { 'idempotency-key': 'k-1' }),
    );
    expect(res.statusCode).toBe(200);
    expect(seen).toContain('in_progress');
    expect(seen).not.toContain('waiting_customer');
  });

  it("a customer's reply on a closed ticket registers a new linked ticket: 201 (R17)", async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    await t.act(n, 'customer', { type: 'withdraw' });
    const send = () =>
      t.as.customer.request(
        post(`/api/tickets/${n}/replies`, { text: 'Ошибка вернулась' }, { 'idempotency-key': 'again-1' }),
      );
    const res = await send();
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ followsUp: n, followUp: { status: 'new', number: expect.any(Number) } });
    expect(res.headers.location).toBe(`/api/tickets/${body.followUp.number}`);
    const replay = await send();
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(body);
    expect((await t.stored()).tickets).toBe(2);

    const followUp = await t.as.customer.request({
      method: 'GET',
      url: `/api/tickets/${body.followUp.number}`,
    });
    expect(followUp.json()).toMatchObject({ followsUp: n, description: 'Ошибка вернулась' });
    expect(followUp.json().subject).toContain(String(n));
    const closed = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${n}` });
    expect(closed.json()).toMatchObject({ status: 'closed', followUps: [body.followUp.number] });
    const support = await t.as.engineer.request(post(`/api/tickets/${n}/replies`, { text: 'Поздно' }));
    expect(support.statusCode).toBe(409);
    expect(support.json().error.code).toBe('ticket.illegal_transition');
  });

  it.each([
    ['rejection', 'reject', { comment: 'Решение не помогло' }, 'Решение не помогло'],
    ['dispute', 'disputes', { text: 'Не согласны с приоритетом' }, 'Не согласны с приоритетом'],
  ] as const)(
    "a customer's %s on a closed ticket registers a new linked ticket once: 201 with its number (R12, R17)",
    async (_name, action, payload, description) => {
      const t = await setUpTickets(await suite.create(), MONDAY);
      const n = await t.file('own');
      await t.act(n, 'engineer', { type: 'propose', kind: 'solution', text: 'Обновите до 5.2.2' });
      await t.act(n, 'customer', { type: 'accept' });
      const send = () =>
        t.as.customer.request(post(`/api/tickets/${n}/${action}`, payload, { 'idempotency-key': 'late-1' }));
      const res = await send();
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ followsUp: n, followUp: { status: 'new', number: expect.any(Number) } });
      expect(body.followUp.number).not.toBe(n);
      expect(res.headers.location).toBe(`/api/tickets/${body.followUp.number}`);
      const replay = await send();
      expect(replay.statusCode).toBe(201);
      expect(replay.json()).toEqual(body);
      expect(replay.headers.location).toBe(res.headers.location);
      expect((await t.stored()).tickets).toBe(2);

      const followUp = await t.as.customer.request({
        method: 'GET',
        url: `/api/tickets/${body.followUp.number}`,
      });
      expect(followUp.json()).toMatchObject({ followsUp: n, description });
      const closed = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${n}` });
      expect(closed.json()).toMatchObject({ status: 'closed', followUps: [body.followUp.number] });
    },
  );

  it('the API document says which actions may answer 201 with a follow-up, and that all take Idempotency-Key', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const paths = (await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    const route = (action: string) => paths[`/api/tickets/{number}/${action}`].post;
    for (const action of ['replies', 'reject', 'disputes'])
      expect(route(action).responses).toHaveProperty('201');
    for (const action of ['accept', 'notes', 'withdraw'])
      expect(route(action).responses).not.toHaveProperty('201');
    const headers = (action: string) =>
      route(action).parameters.filter((p: { in: string }) => p.in === 'header');
    expect(headers('withdraw').map((p: { name: string }) => p.name)).toContain('idempotency-key');
  });

  it('every action honours Idempotency-Key: a retried one answers as the first and changes nothing', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const propose = () =>
      t.as.engineer.request(
        post(
          `/api/tickets/${n}/solutions`,
          { kind: 'solution', text: 'Обновите' },
          { 'idempotency-key': 's-1' },
        ),
      );
    const first = await propose();
    expect(first.statusCode).toBe(200);
    const before = await t.stored();
    const again = await propose();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await t.stored()).toEqual(before);
  });

  it('If-Match: the current version passes, a stale one is 409 ticket.version_conflict and changes nothing', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const seen = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}` });
    const etag = seen.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
    await t.act(n, 'lead', { type: 'note', text: 'Коллега успел раньше' });
    const before = await t.stored();
    for (const [action, body] of [
      ['notes', { text: 'Моя заметка' }],
      ['replies', { text: 'Мой ответ' }],
      ['solutions', { kind: 'solution', text: 'Моё решение' }],
    ] as const) {
      const stale = await t.as.engineer.request(
        post(`/api/tickets/${n}/${action}`, body, { 'if-match': etag }),
      );
      expect(stale.statusCode, action).toBe(409);
      expect(stale.json().error.code).toBe('ticket.version_conflict');
    }
    expect(await t.stored()).toEqual(before);

    const fresh = (await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}` })).headers
      .etag as string;
    const ok = await t.as.engineer.request(
      post(`/api/tickets/${n}/notes`, { text: 'Теперь да' }, { 'if-match': fresh }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).not.toBe(fresh);
    const weak = await t.as.engineer.request(
      post(`/api/tickets/${n}/notes`, { text: 'Слабый тег' }, { 'if-match': `W/${ok.headers.etag}` }),
    );
    expect(weak.statusCode).toBe(200);
    const any = await t.as.engineer.request(
      post(`/api/tickets/${n}/notes`, { text: 'Любая' }, { 'if-match': '*' }),
    );
    expect(any.statusCode).toBe(200);
    const malformed = await t.as.engineer.request(
      post(`/api/tickets/${n}/notes`, { text: 'x' }, { 'if-match': 'v3' }),
    );
    expect(malformed.statusCode).toBe(400);
  });
});
