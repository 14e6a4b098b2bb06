// R10, R22: removing a representative from the contracts ends their access to the organization's
// tickets at once (unlinked, signed out, API tokens revoked, recorded); an expired contract does not.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { hashPassword } from '../../commands/accounts/passwords.ts';
import { createApiToken } from '../../db/repositories/accounts.ts';
import {
  listContacts,
  listContracts,
  upsertContact,
  upsertContract,
} from '../../db/repositories/organizations.ts';
import { getUserById } from '../../db/repositories/users.ts';
import { apiTokens, auditLog, sessions, users } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import { logInThroughApi, PASSWORD } from '../auth/test-support.ts';
import { post, setUpTickets, signIn, type TicketTestApp } from '../tickets/test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const incident = { type: 'incident', priority: 'high', subject: 'Отчёт пуст', description: 'Не формируется' };

/** The world's contract and its one contact (the representative). */
async function ownContact(t: TicketTestApp) {
  const [contract] = await listContracts(t.database.db, t.world.organizationId);
  const [contact] = await listContacts(t.database.db, contract!.id);
  return { contract: contract!, contact: contact! };
}

async function auditOf(t: TicketTestApp, userId: string) {
  return t.database.db.select().from(auditLog).where(eq(auditLog.entityId, userId)).orderBy(auditLog.id);
}

describeDatabases('removing a representative from the contracts', (suite) => {
  it('ends their access in the same step: 404 on tickets, sessions and tokens gone, recorded; re-adding lets them back', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const db = t.database.db;
    const userId = t.world.customer.userId;
    const passwordHash = await hashPassword(PASSWORD);
    await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    const number = await t.file('own');
    const { token } = await createApiToken(db, userId, 'интеграция', new Date(MONDAY));
    const bearer = { authorization: `Bearer ${token}` };
    const { contract, contact } = await ownContact(t);

    const removed = await t.as.admin.request({ method: 'DELETE', url: `/api/contacts/${contact.id}` });
    expect(removed.statusCode).toBe(204);

    const user = await getUserById(db, userId);
    expect(user?.organizationId).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, userId))).toEqual([]);
    const live = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
    expect(live).toEqual([]);
    const oldSession = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${number}` });
    expect(oldSession.statusCode).toBe(401);
    const oldToken = await t.app.inject({ method: 'GET', url: `/api/tickets/${number}`, headers: bearer });
    expect(oldToken.statusCode).toBe(401);

    // Even signed in anew, nothing of the organization is theirs any more.
    const again = await signIn(t.app, t.database, userId, MONDAY);
    const page = await again.request({ method: 'GET', url: `/api/tickets/${number}` });
    expect(page.statusCode).toBe(404);
    expect(page.json().error.code).toBe('ticket.not_found');
    const list = await again.request({ method: 'GET', url: '/api/tickets' });
    expect(list.json().items).toEqual([]);
    const reply = await again.request(post(`/api/tickets/${number}/replies`, { text: 'Ещё вопрос' }));
    expect(reply.statusCode).toBe(404);
    const filing = await again.request(post('/api/tickets', incident));
    expect(filing.statusCode).toBe(403);
    expect(filing.json().error.code).toBe('ticket.not_authorized_contact');

    const trail = await auditOf(t, userId);
    expect(trail).toEqual([
      expect.objectContaining({
        actorId: t.world.admin.userId,
        action: 'representative.unlinked',
        entity: 'user',
        at: new Date(MONDAY),
        payload: expect.objectContaining({
          organizationId: t.world.organizationId,
          because: { action: 'contact.deleted', contactId: contact.id },
          revokedTokens: 1,
        }),
      }),
    ]);
    const [deleted] = await db.select().from(auditLog).where(eq(auditLog.entityId, contact.id));
    expect(deleted).toMatchObject({ action: 'contact.deleted', payload: { email: contact.email } });

    // Listed again: the next login links them back, and the history is theirs again.
    const added = await t.as.admin.request(
      post(`/api/contracts/${contract.id}/contacts`, { name: contact.name, email: contact.email }),
    );
    expect(added.statusCode).toBe(201);
    const browser = await logInThroughApi(t.app, contact.email);
    const back = await t.app.inject({ method: 'GET', url: `/api/tickets/${number}`, ...browser });
    expect(back.statusCode).toBe(200);
    expect((await auditOf(t, userId)).map((row) => row.action)).toContain('representative.linked');
  });

  it('keeps the link while another contract of the organization still lists them, even an expired one', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const db = t.database.db;
    const userId = t.world.customer.userId;
    const number = await t.file('own');
    const { contract, contact } = await ownContact(t);
    const ended = await upsertContract(db, {
      organizationId: t.world.organizationId,
      number: `С-${randomUUID().slice(0, 8)}`,
      planId: t.world.planId,
      validFrom: '2020-01-01',
      validTo: '2022-12-31',
    });
    await upsertContact(db, { contractId: ended.id, name: contact.name, email: contact.email });
    const { token } = await createApiToken(db, userId, 'интеграция', new Date(MONDAY));

    const removed = await t.as.admin.request({ method: 'DELETE', url: `/api/contacts/${contact.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await getUserById(db, userId))?.organizationId).toBe(t.world.organizationId);
    const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${number}` });
    expect(page.statusCode).toBe(200);
    const byToken = await t.app.inject({
      method: 'GET',
      url: `/api/tickets/${number}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(byToken.statusCode).toBe(200);
    // They may read their history, but only a valid contract accepts tickets.
    const filing = await t.as.customer.request(post('/api/tickets', incident));
    expect(filing.json().error.code).toBe('ticket.contract_expired');

    // An ended contract never unlinks by itself either.
    const expire = await t.as.admin.request({
      method: 'PATCH',
      url: `/api/contracts/${contract.id}`,
      payload: { validTo: '2025-12-31' },
    });
    expect(expire.statusCode).toBe(200);
    expect((await getUserById(db, userId))?.organizationId).toBe(t.world.organizationId);
    expect((await auditOf(t, userId)).map((row) => row.action)).not.toContain('representative.unlinked');
  });

  it("removing the same address from another organization's contract leaves their own link alone", async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const db = t.database.db;
    const userId = t.world.customer.userId;
    const number = await t.file('own');
    const { contact } = await ownContact(t);
    const [foreign] = await listContracts(db, t.other.organizationId);
    const listedThere = await upsertContact(db, {
      contractId: foreign!.id,
      name: contact.name,
      email: contact.email,
    });
    const removed = await t.as.admin.request({ method: 'DELETE', url: `/api/contacts/${listedThere.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await getUserById(db, userId))?.organizationId).toBe(t.world.organizationId);
    const page = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${number}` });
    expect(page.statusCode).toBe(200);
    expect(await auditOf(t, userId)).toEqual([]);
  });
});
