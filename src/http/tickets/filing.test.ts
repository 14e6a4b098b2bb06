// POST /api/tickets: registration with a number (R4.1, R12), authorized representatives only (R10),
// idempotent under a key, text stored exactly as sent.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApiToken } from '../../db/repositories/accounts.ts';
import {
  listContracts,
  upsertContact,
  upsertContract,
  upsertOrganization,
} from '../../db/repositories/organizations.ts';
import { getUserById, upsertUser } from '../../db/repositories/users.ts';
import { auditLog, users } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { post, setUpTickets, signIn, type TicketTestApp } from './test-support.ts';

const FRIDAY = msk('2026-11-20T16:30');
const incident = {
  type: 'incident',
  priority: 'high',
  subject: 'Не сохраняется документ',
  description: 'При сохранении появляется ошибка 500',
};

/** A customer account for `email`, signed in, and the same caller with an API token. */
async function customerAccount(
  t: TicketTestApp,
  email: string,
  opts: { verified: boolean; organizationId?: string | null },
) {
  const user = await upsertUser(t.database.db, {
    email,
    name: 'Пётр Новиков',
    role: 'customer',
    organizationId: opts.organizationId ?? null,
    emailVerifiedAt: opts.verified ? new Date(FRIDAY) : null,
  });
  const session = await signIn(t.app, t.database, user.id, FRIDAY);
  const { token } = await createApiToken(t.database.db, user.id, 'интеграция', new Date(FRIDAY));
  const bearer = (payload: object) =>
    t.app.inject({ ...post('/api/tickets', payload), headers: { authorization: `Bearer ${token}` } });
  return { user, session, bearer };
}

/** The world's own contract (Д-…), to list more contacts on it. */
async function ownContract(t: TicketTestApp) {
  const [contract] = await listContracts(t.database.db, t.world.organizationId);
  return contract!;
}

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

  it('a used key with another filing is refused (422): the second ticket is not silently dropped', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const send = (body: object) =>
      t.as.customer.request(post('/api/tickets', body, { 'idempotency-key': 'form-7' }));
    expect((await send(incident)).statusCode).toBe(201);
    const other = await send({ ...incident, subject: 'Совсем другая тема' });
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'request.idempotency_key_reused']);
    expect((await t.stored()).tickets).toBe(1);
    // Key order does not make another request.
    const reordered = Object.fromEntries(Object.entries(incident).reverse());
    expect((await send(reordered)).statusCode).toBe(201);
    expect((await t.stored()).tickets).toBe(1);
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

  it('refuses an address not confirmed yet, by session and by API token: 403 with what to do (R10)', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const email = `new-${randomUUID().slice(0, 8)}@romashka.ru`;
    await upsertContact(t.database.db, { contractId: (await ownContract(t)).id, name: 'Пётр', email });
    // Listed in the contract, yet nobody proved this address is theirs: whoever registered it may not file.
    for (const organizationId of [null, t.world.organizationId]) {
      await t.database.db.delete(users).where(eq(users.email, email));
      const caller = await customerAccount(t, email, { verified: false, organizationId });
      const critical = { ...incident, priority: 'critical' };
      const bySession = await caller.session.request(post('/api/tickets', critical));
      expect(bySession.statusCode).toBe(403);
      expect(bySession.json().error).toEqual({
        code: 'ticket.email_not_verified',
        message: expect.stringMatching(new RegExp(`${email} ещё не подтверждён.*по ссылке из письма`)),
      });
      const byToken = await caller.bearer(critical);
      expect(byToken.statusCode).toBe(403);
      expect(byToken.json().error.code).toBe('ticket.email_not_verified');
      await t.database.db.update(users).set({ lang: 'en' }).where(eq(users.id, caller.user.id));
      const en = await caller.session.request(post('/api/tickets', critical));
      expect(en.json().error.message).toMatch(/not confirmed yet.*Follow the link in the e-mail/);
      expect((await getUserById(t.database.db, caller.user.id))?.organizationId).toBe(organizationId);
    }
    expect((await t.stored()).tickets).toBe(0);
  });

  it("files under the representative's own organization even when a newer contract of another lists them too (R10, R22)", async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const db = t.database.db;
    const [own] = await db.select().from(users).where(eq(users.id, t.world.customer.userId));
    const newer = await upsertContract(db, {
      organizationId: t.other.organizationId,
      number: `Н-${randomUUID().slice(0, 8)}`,
      planId: t.other.planId,
      validFrom: '2026-01-01',
      validTo: null,
    });
    await upsertContact(db, { contractId: newer.id, name: 'Ирина Петрова', email: own!.email });
    const { token } = await createApiToken(db, own!.id, 'интеграция', new Date(FRIDAY));
    const bySession = await t.as.customer.request(post('/api/tickets', incident));
    const byToken = await t.app.inject({
      ...post('/api/tickets', incident),
      headers: { authorization: `Bearer ${token}` },
    });
    for (const res of [bySession, byToken]) {
      expect(res.statusCode).toBe(201);
      const number = res.json().number;
      const mine = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${number}` });
      expect(mine.statusCode).toBe(200);
      const theirs = await t.otherCustomer.request({ method: 'GET', url: `/api/tickets/${number}` });
      expect(theirs.statusCode).toBe(404);
    }
    // R17: a follow-up of a closed ticket is filed the same way, into the same organization.
    const first = bySession.json().number;
    await t.act(first, 'customer', { type: 'withdraw' });
    const again = await t.as.customer.request(post(`/api/tickets/${first}/replies`, { text: 'Снова' }));
    expect(again.statusCode).toBe(201);
    const followUp = await t.as.customer.request({
      method: 'GET',
      url: `/api/tickets/${again.json().followUp.number}`,
    });
    expect(followUp.statusCode).toBe(200);
    expect(followUp.json()).toMatchObject({ followsUp: first });
    const otherList = await t.otherCustomer.request({ method: 'GET', url: '/api/tickets' });
    expect(otherList.json().items).toEqual([]);
  });

  it('links a verified contact at their first filing, records it, and refuses an unlisted organization (R10)', async () => {
    const t = await setUpTickets(await suite.create(), FRIDAY);
    const db = t.database.db;
    const email = `new-${randomUUID().slice(0, 8)}@romashka.ru`;
    const contract = await ownContract(t);
    // Verified before the administrator listed the address: not linked yet.
    const caller = await customerAccount(t, email, { verified: true });
    await upsertContact(db, { contractId: contract.id, name: 'Пётр', email });
    const res = await caller.session.request(post('/api/tickets', incident));
    expect(res.statusCode).toBe(201);
    expect((await getUserById(db, caller.user.id))?.organizationId).toBe(t.world.organizationId);
    const page = await caller.session.request({ method: 'GET', url: `/api/tickets/${res.json().number}` });
    expect(page.statusCode).toBe(200);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caller.user.id), eq(auditLog.action, 'representative.linked')));
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: caller.user.id,
        entity: 'user',
        payload: expect.objectContaining({ organizationId: t.world.organizationId, contractId: contract.id }),
      }),
    ]);

    // Linked by hand to an organization none of whose contracts lists them: nothing to file under.
    const elsewhere = await upsertOrganization(db, { name: `АО «Другое» ${randomUUID().slice(0, 8)}` });
    await db.update(users).set({ organizationId: elsewhere.id }).where(eq(users.id, caller.user.id));
    const refused = await caller.bearer(incident);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ticket.not_authorized_contact');
    expect((await t.stored()).tickets).toBe(1);
  });
});
