// GET /api/tickets?q=: full-text search of a ticket's whole text (subject, description, conversation),
// word forms and prefixes, quotes, minus and «or», and numbers; scoped like the list (R22).

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { parseSearch, ticketIdsMatching } from '../../db/repositories/ticket-search.ts';
import { tickets } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets, type TicketTestApp } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const list = async (client: TestClient, query = '') => {
  const res = await client.request({ method: 'GET', url: `/api/tickets${query}` });
  return { status: res.statusCode, body: res.json() };
};
const numbers = (body: { items: Array<{ number: number }> }) => body.items.map((i) => i.number);

/**
 * Three tickets whose words are spread over their parts, and a search as each role (sorted numbers):
 * «journal» has «журнал» in its subject and «перезапуск службы» in a support reply; «access» has
 * «сервер» in a customer's reply, «сертификат» in a support reply and «лицензия» in an internal
 * note; «exchange» has «журнал обмена» in its subject alone.
 */
async function searching(t: TicketTestApp) {
  const journal = await t.file('own', { subject: 'Не открывается журнал', description: 'Окно пустое' });
  await t.act(journal, 'engineer', { type: 'reply', text: 'Выполните перезапуск службы' });
  const access = await t.file('own', { subject: 'Нет доступа', description: 'Вход не выполняется' });
  await t.act(access, 'customer', { type: 'customer_reply', text: 'Сервер отвечает отказом' });
  await t.act(access, 'engineer', { type: 'reply', text: 'Обновите сертификат' });
  await t.act(access, 'engineer', { type: 'note', text: 'Истекла лицензия клиента' });
  const exchange = await t.file('own', { subject: 'Журнал обмена', description: 'Записей нет' });
  const as = (client: TestClient) => (q: string) =>
    list(client, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body).sort());
  return {
    journal,
    access,
    exchange,
    lead: as(t.as.lead),
    engineer: as(t.as.engineer),
    customer: as(t.as.customer),
  };
}

describeDatabases('GET /api/tickets?q=', (suite) => {
  it('searches subject and description in Russian and English word forms, and by number', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const ru = await t.file('own', { subject: 'Ошибки печати', description: 'Не печатаются документы' });
    const en = await t.file('own', { subject: 'Export', description: 'The report exports are failing' });
    const other = await t.file('other', { subject: 'Ошибка печати', description: 'Тоже печать' });
    const search = (client: TestClient, q: string) =>
      list(client, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body).sort());

    expect(await search(t.as.lead, 'ошибка')).toEqual([ru, other].sort());
    expect(await search(t.as.lead, 'документ')).toEqual([ru]);
    expect(await search(t.as.lead, 'export failed')).toEqual([en]);
    expect(await search(t.as.lead, '"report exports"')).toEqual([en]);
    expect(await search(t.as.lead, `№${en}`)).toEqual([en]);
    expect(await search(t.as.customer, 'ошибка')).toEqual([ru]);
    expect(await search(t.as.customer, String(other))).toEqual([]);
  });

  it('matches the start of a word, so uneven Russian stems and half-typed words still find tickets', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const logs = await t.file('own', {
      subject: 'Пропали журналы',
      description: 'Сервер не пишет журналы обмена',
    });
    const short = await t.file('own', { subject: 'Ошибка 1С', description: 'Не открывается база' });
    const search = (q: string) => list(t.as.lead, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body));

    // «журнал» stems to «журна», «журналы» to «журнал»: only a prefix match finds one from the other.
    expect(await search('журнал')).toEqual([logs]);
    expect(await search('серв')).toEqual([logs]);
    expect(await search('журнал -обмен')).toEqual([]);
    expect(await search('"пишет журнал"')).toEqual([logs]);
    // Lexemes under three characters stay whole words: «1» is not a prefix of «1с».
    expect(await search('1')).toEqual([]);
    expect(await search('1с')).toEqual([short]);
    expect(await search('1с база')).toEqual([short]); // a short lexeme before a long one stays whole
  });

  it('searches the conversation too; internal notes only for support, and never across organizations', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const own = await t.file('own', { subject: 'Сбой', description: 'Описание' });
    const other = await t.file('other', { subject: 'Сбой', description: 'Описание' });
    await t.act(own, 'customer', { type: 'customer_reply', text: 'Прикладываю журналы сервера' });
    await t.act(own, 'engineer', { type: 'note', text: 'Похоже на утечку дескрипторов' });
    await t.act(other, 'engineer', { type: 'reply', text: 'Пришлите журналы сервера, пожалуйста' });
    const search = (client: TestClient, q: string) =>
      list(client, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body).sort());

    expect(await search(t.as.engineer, 'сервер')).toEqual([own, other].sort());
    expect(await search(t.as.customer, 'сервер')).toEqual([own]);
    expect(await search(t.as.engineer, 'дескриптор')).toEqual([own]);
    expect(await search(t.as.customer, 'дескриптор')).toEqual([]);
    const counted = await list(t.as.customer, `?q=${encodeURIComponent('дескриптор')}`);
    expect(Object.values(counted.body.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('q with SQL and search-syntax metacharacters is only text: 200 and nothing changes', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    await t.file('own');
    const before = await t.stored();
    for (const q of [
      "'; drop table tickets; --",
      '" OR 1=1 --',
      'a & b | !c <-> (d:*)',
      '%_\\',
      ')))(((',
      '-',
    ]) {
      const res = await list(t.as.lead, `?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
    expect(await t.stored()).toEqual(before);
  });

  it('a ticket is one document: words from its subject, description and different messages match together', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const s = await searching(t);
    expect(await s.lead('журнал перезапуск')).toEqual([s.journal]); // subject + a support reply
    expect(await s.lead('пустое журнал служба')).toEqual([s.journal]); // description + subject + reply
    expect(await s.lead('сервер сертификат')).toEqual([s.access]); // two different messages
    expect(await s.customer('сервер сертификат')).toEqual([s.access]);
    // Words of two different tickets never make a match.
    expect(await s.lead('журнал сертификат')).toEqual([]);
    // Internal notes count for support only (R20, R22).
    expect(await s.engineer('сертификат лицензия')).toEqual([s.access]);
    expect(await s.customer('сертификат лицензия')).toEqual([]);
  });

  it('quotes, minus and «or» keep their meaning over the whole ticket', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const s = await searching(t);
    expect(await s.lead('"перезапуск службы"')).toEqual([s.journal]);
    expect(await s.lead('"журнал перезапуск"')).toEqual([]); // both there, not side by side
    expect(await s.lead('"журнал обмена" or "обновите сертификат"')).toEqual([s.access, s.exchange].sort());
    expect(await s.lead('перезапуск or сертификат')).toEqual([s.journal, s.access].sort());
    // A minus excludes a ticket if any part of it has the word: here only a support reply has it.
    expect(await s.lead('журнал')).toEqual([s.journal, s.exchange].sort());
    expect(await s.lead('журнал -перезапуск')).toEqual([s.exchange]);
    expect(await s.lead('журнал -"перезапуск службы"')).toEqual([s.exchange]);
    expect(await s.lead('журнал -обмен')).toEqual([s.journal]);
    // An internal note excludes for support only; a customer never learns what it says.
    expect(await s.engineer('доступ -лицензия')).toEqual([]);
    expect(await s.customer('доступ -лицензия')).toEqual([s.access]);
    // Only minuses: an index cannot list what is absent, so nothing.
    expect(await s.lead('-журнал')).toEqual([]);
  });

  it('finds the same tickets whether a rare word drives the search or every word comes from the indexes', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const s = await searching(t);
    const { db } = t.database;
    const found = async (q: string, rare: number) => {
      const search = await parseSearch(db, q);
      if (!search) throw new Error(`no words in ${q}`);
      const ids = ticketIdsMatching(search, { internalNotes: true }, { rare });
      const rows = await db
        .select({ number: tickets.number })
        .from(tickets)
        .where(sql`${tickets.id} in (${ids})`);
      return rows.map((r) => r.number).sort();
    };
    const cases: Array<[string, number[]]> = [
      ['журнал перезапуск', [s.journal]],
      ['сервер сертификат', [s.access]],
      ['журнал сертификат', []],
      ['"перезапуск службы" журнал', [s.journal]],
      ['журнал -перезапуск', [s.exchange]],
      ['доступ -лицензия', []],
      ['журнал "журнал обмена"', [s.exchange]],
      ['перезапуск or сертификат', [s.journal, s.access].sort()],
    ];
    // rare 0: no word is rare enough, so every word's rows are read; 1000: the rarest one drives.
    for (const [q, expected] of cases) {
      for (const rare of [0, 1000]) expect(await found(q, rare), `${q}, rare ${rare}`).toEqual(expected);
    }
  });

  it('a plural finds the singular though the stemmer cuts them differently («журналы» → «журнал», «журнал» → «журна»)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const journal = await t.file('own', { subject: 'Не пишется журнал', description: 'Служба остановлена' });
    const terminal = await t.file('own', { subject: 'Терминал не отвечает', description: 'Касса стоит' });
    const channel = await t.file('own', { subject: 'Упал канал связи', description: 'Филиал без связи' });
    const printing = await t.file('own', { subject: 'Сбой', description: 'Не работает печать' });
    await t.file('own', { subject: 'Стандартный отчёт', description: 'Не строится' });
    const search = (q: string) => list(t.as.lead, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body));

    for (const q of ['журнал', 'журналы', 'журналов', 'журнала'])
      expect(await search(q), q).toEqual([journal]);
    for (const q of ['терминалы', 'терминалов']) expect(await search(q), q).toEqual([terminal]);
    for (const q of ['каналы', 'каналов']) expect(await search(q), q).toEqual([channel]);
    expect(await search('печати')).toEqual([printing]);
    expect(await search('"пишется журналы"')).toEqual([journal]);
    // Only a stem the stemmer may have cut after а/я widens: «станки» («станк») finds no «стандарт».
    expect(await search('станки')).toEqual([]);
  });

  it('finds a ticket by its displayed number SR-… in any case, like #… and №… (R12), within the scope (R22)', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const own = await t.file('own');
    const other = await t.file('other');
    const search = (client: TestClient, q: string) =>
      list(client, `?q=${encodeURIComponent(q)}`).then((r) => numbers(r.body));

    for (const q of [
      `SR-${own}`,
      `sr-${own}`,
      `Sr-${own}`,
      ` SR-${own} `,
      `SR${own}`,
      `SR ${own}`,
      `#${own}`,
    ]) {
      expect(await search(t.as.customer, q), q).toEqual([own]);
    }
    expect(await search(t.as.lead, `SR-${other}`)).toEqual([other]);
    expect(await search(t.as.customer, `SR-${other}`)).toEqual([]);
    expect(await search(t.as.lead, `SR-${own}${own}`)).toEqual([]);
  });
});
