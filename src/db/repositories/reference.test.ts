import { expect, it } from 'vitest';
import { describeDatabases } from '../test-database.ts';
import { seedTicketContext } from '../test-fixtures.ts';
import { getCalendar, getPlan, listCalendars, listPlans, upsertCalendar, upsertPlan } from './calendars.ts';
import {
  deleteContact,
  findContactsByEmail,
  getContractByNumber,
  getOrganization,
  listContacts,
  listContracts,
  listOrganizations,
  upsertContact,
  upsertContract,
  upsertOrganization,
} from './organizations.ts';
import { getUserByEmail, getUserById, listUsers, upsertUser } from './users.ts';

const week = { mon: [['09:00', '17:00']] as [string, string][] };

describeDatabases('reference data', ({ create }) => {
  it('upsert calendars and plans by id, replacing the definition', async () => {
    const { db } = await create();
    await upsertCalendar(db, { id: 'ru-standard', name: 'Старый', definition: { timeZone: 'UTC', week } });
    const cal = await upsertCalendar(db, {
      id: 'ru-standard',
      name: 'Производственный РФ',
      definition: { timeZone: 'Europe/Moscow', week },
      updatedAt: new Date('2026-01-05T00:00:00Z'),
    });
    expect(cal).toMatchObject({ name: 'Производственный РФ', updatedAt: new Date('2026-01-05T00:00:00Z') });
    expect((await getCalendar(db, 'ru-standard'))?.definition.timeZone).toBe('Europe/Moscow');
    expect(await listCalendars(db)).toHaveLength(1);
    await upsertPlan(db, { id: 'basic', name: 'Базовый', calendarId: 'ru-standard', definition: { a: 1 } });
    await upsertPlan(db, { id: 'basic', name: 'Базовый+', calendarId: 'ru-standard', definition: { a: 2 } });
    expect(await getPlan(db, 'basic')).toMatchObject({ name: 'Базовый+', definition: { a: 2 } });
    expect((await listPlans(db)).map((p) => p.id)).toEqual(['basic']);
    expect(await getCalendar(db, 'missing')).toBeUndefined();
  });

  it('keep organizations, their contracts by number, and contacts', async () => {
    const { db } = await create();
    const ctx = await seedTicketContext(db);
    const org = await upsertOrganization(db, { name: 'АО Вектор' });
    expect((await upsertOrganization(db, { id: org.id, name: 'АО «Вектор»' })).name).toBe('АО «Вектор»');
    expect((await getOrganization(db, org.id))?.name).toBe('АО «Вектор»');
    expect((await listOrganizations(db)).map((o) => o.id)).toContain(org.id);
    const contract = await upsertContract(db, {
      organizationId: org.id,
      number: 'SLA-7',
      planId: ctx.planId,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    const renewed = await upsertContract(db, { ...contract, id: undefined, validTo: '2027-12-31' });
    expect(renewed).toMatchObject({ id: contract.id, validTo: '2027-12-31' });
    expect((await getContractByNumber(db, 'SLA-7'))?.id).toBe(contract.id);
    expect((await listContracts(db, org.id)).map((c) => c.number)).toEqual(['SLA-7']);
    const contact = await upsertContact(db, {
      contractId: contract.id,
      name: 'Ольга',
      email: ' Olga@Vector.RU ',
    });
    expect(contact.email).toBe('olga@vector.ru');
    await upsertContact(db, { ...contact, phone: '+7 495 000-00-00' });
    expect((await listContacts(db, contract.id)).map((c) => c.phone)).toEqual(['+7 495 000-00-00']);
    expect(await deleteContact(db, contact.id)).toMatchObject({ id: contact.id, email: 'olga@vector.ru' });
    expect(await listContacts(db, contract.id)).toEqual([]);
  });

  it('find the contracts an e-mail is an authorized contact of, in any letter case (R10)', async () => {
    const { db } = await create();
    const a = await seedTicketContext(db);
    const b = await seedTicketContext(db);
    await upsertContact(db, {
      contractId: a.contractId,
      name: 'Пётр',
      email: 'petr@client.ru',
      position: 'ИТ',
    });
    await upsertContact(db, { contractId: b.contractId, name: 'Пётр И.', email: 'PETR@client.ru' });
    await upsertContact(db, { contractId: b.contractId, name: 'Другой', email: 'other@client.ru' });
    const found = await findContactsByEmail(db, 'Petr@Client.RU');
    expect(found.map((f) => f.contract.id).sort()).toEqual([a.contractId, b.contractId].sort());
    expect(found.every((f) => f.contact.email === 'petr@client.ru')).toBe(true);
    expect(found.find((f) => f.contract.id === a.contractId)?.contact.position).toBe('ИТ');
    expect(await findContactsByEmail(db, 'nobody@client.ru')).toEqual([]);
  });

  it('keep one user per e-mail, stored lower-cased, with Russian as the default language', async () => {
    const { db } = await create();
    const user = await upsertUser(db, { email: 'Eng@Srok.Test', name: 'Анна', role: 'engineer' });
    expect(user).toMatchObject({
      email: 'eng@srok.test',
      lang: 'ru',
      passwordHash: null,
      organizationId: null,
    });
    const again = await upsertUser(db, { email: 'ENG@srok.test', name: 'Анна К.', role: 'lead', lang: 'en' });
    expect(again).toMatchObject({ id: user.id, name: 'Анна К.', role: 'lead', lang: 'en' });
    expect((await getUserByEmail(db, 'eng@SROK.test'))?.id).toBe(user.id);
    expect((await getUserById(db, user.id))?.email).toBe('eng@srok.test');
    await upsertUser(db, { email: 'admin@srok.test', name: 'Админ', role: 'admin' });
    expect((await listUsers(db, { role: 'lead' })).map((u) => u.email)).toEqual(['eng@srok.test']);
    expect(await listUsers(db)).toHaveLength(2);
  });
});
