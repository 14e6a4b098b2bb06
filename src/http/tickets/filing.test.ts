// POST /api/tickets: registration with a number (R4.1, R12), authorized representatives only (R10),
// idempotent under a key, text stored exactly as sent.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { post, setUpTickets } from './test-support.ts';

const FRIDAY = msk('2026-11-20T16:30');
const incident = {
  type: 'incident',
  priority: 'high',
  subject: 'Не сохраняется документ',
  description: 'При сохранении появляется ошибка 500',
};

describeDatabases('POST /api/tickets', (suite) => {
  it('registers the ticket: 201 with its number, status and first deadlines', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const res = await t.as.customer.request(
      post('/api/tickets', { ...incident, product: 'Срок', build: '5.2.1' }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.any(String),
      number: expect.any(Number),
      status: 'new',
      deadlines: {
        reaction: new Date(msk('2026-11-23T12:30')).toISOString(), // Monday: the weekend is excluded
        solution: expect.any(String),
        progress: null,
        autoClose: null,
      },
    });
    expect(res.headers.location).toBe(`/api/tickets/${body.number}`);
    const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${body.number}` });
    expect(page.json()).toMatchObject({ product: 'Срок', build: '5.2.1', subject: incident.subject });
  });

  it('a retry with the same Idempotency-Key returns the first result with 201 and files nothing twice', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const send = (key: string) =>
      t.as.customer.request(post('/api/tickets', incident, { 'idempotency-key': key }));
    const first = await send('form-42');
    const again = await send('form-42');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const twins = await Promise.all([send('form-43'), send('form-43'), send('form-43')]);
    expect(new Set(twins.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(twins.map((r) => r.json().number)).size).toBe(1);
    expect((await t.stored()).tickets).toBe(2);
    // Another user's identical key is another request.
    const other = await t.otherCustomer.request(
      post('/api/tickets', incident, { 'idempotency-key': 'form-42' }),
    );
    expect(other.json().number).not.toBe(first.json().number);
  });

  it('refuses someone who is not an authorized representative with 403, why and whom to ask (R10)', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const ru = await t.as.outsider.request(post('/api/tickets', incident));
    expect(ru.statusCode).toBe(403);
    expect(ru.json().error.code).toBe('ticket.not_authorized_contact');
    expect(ru.json().error.message).toMatch(/уполномоченный представитель.*ответственного за договор/);
    await t.database.db.update(users).set({ lang: 'en' }).where(eq(users.id, t.world.outsider.userId));
    const en = await t.as.outsider.request(post('/api/tickets', incident));
    expect(en.json().error.message).toMatch(
      /not listed in any contract.*person responsible for the contract/,
    );
    expect((await t.stored()).tickets).toBe(0);
  });

  it('support staff cannot file (403) and an anonymous caller must log in (401)', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    for (const role of ['engineer', 'lead', 'admin'] as const) {
      const res = await t.as[role].request(post('/api/tickets', incident));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('auth.forbidden');
    }
    const anonymous = await t.anonymous.request(post('/api/tickets', incident));
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('auth.unauthenticated');
    expect((await t.stored()).tickets).toBe(0);
  });

  it('stores HTML, script and SQL metacharacters verbatim and returns them as JSON strings', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const subject = `<script>alert("x")</script> '; drop table tickets; --`;
    const description = `<img src=x onerror="alert(1)"> & <b>жирный</b> \\ %_ $1 ${'{'}{value}} 😀`;
    const res = await t.as.customer.request(post('/api/tickets', { ...incident, subject, description }));
    expect(res.statusCode).toBe(201);
    const page = await t.as.engineer.request({ method: 'GET', url: `/api/tickets/${res.json().number}` });
    expect(page.headers['content-type']).toContain('application/json');
    expect(page.json()).toMatchObject({ subject, description });
    expect(page.json().conversation[0]).toMatchObject({ type: 'filed', subject, text: description });
    expect((await t.stored()).tickets).toBe(1);
  });
});
