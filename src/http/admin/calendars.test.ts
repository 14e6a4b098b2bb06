// Calendars through the API: replace with path-precise errors, load a year from xmlcalendar, read a year.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp } from './test-support.ts';

const XML_2024 = readFileSync(
  new URL('../../../test/fixtures/xmlcalendar-ru-2024.xml', import.meta.url),
  'utf8',
);
const FIVE_DAYS = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
);

describeDatabases('calendars', (suite) => {
  it('lists and shows calendars to anyone', async () => {
    const t = await openAdminApp(suite);
    const list = await t.anonymous.request({ method: 'GET', url: '/api/calendars' });
    expect(list.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'ru-standard', timeZone: 'Europe/Moscow' })]),
    );
    const one = await t.anonymous.request({ method: 'GET', url: '/api/calendars/ru-standard' });
    expect(one.json().definition.exceptions).toContainEqual(
      expect.objectContaining({ date: '2026-01-07', hours: [], kind: 'holiday' }),
    );
  });

  it('refuses an invalid calendar, naming every fault by its JSON path in the request body', async () => {
    const t = await openAdminApp(suite);
    const res = await t.as.admin.request({
      method: 'PUT',
      url: '/api/calendars/office',
      payload: {
        name: 'Офис',
        definition: {
          timeZone: 'Mars/Olympus',
          week: { mon: [['09:00', '25:00']], funday: [] },
          exceptions: [{ date: '2026-02-30', hours: [] }],
        },
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('calendar.invalid');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      '$.definition.timeZone',
      '$.definition.week.mon[0][1]',
      '$.definition.week.funday',
      '$.definition.exceptions[0].date',
    ]);
    // Each fault also carries its own text, so a form can show it beside its field.
    expect(res.json().error.details[0]).toMatchObject({
      code: 'calendar.unknown_zone',
      message: 'Неизвестный часовой пояс «Mars/Olympus»',
    });
    expect((await t.anonymous.request({ method: 'GET', url: '/api/calendars/office' })).statusCode).toBe(404);
  });

  it('creates, then replaces a calendar, keeping its name when none is given', async () => {
    const t = await openAdminApp(suite);
    const put = (payload: object) =>
      t.as.admin.request({ method: 'PUT', url: '/api/calendars/office', payload });
    const created = await put({ name: 'Офис', definition: { timeZone: 'Europe/Moscow', week: FIVE_DAYS } });
    expect(created.statusCode).toBe(201);
    const replaced = await put({ definition: { timeZone: 'Asia/Yekaterinburg', week: FIVE_DAYS } });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({
      id: 'office',
      name: 'Офис',
      definition: { timeZone: 'Asia/Yekaterinburg' },
    });
  });

  it('imports the official 2024 xmlcalendar file into a calendar that lacked that year', async () => {
    const t = await openAdminApp(suite);
    await t.as.admin.request({
      method: 'PUT',
      url: '/api/calendars/office',
      payload: {
        name: 'Офис',
        definition: {
          timeZone: 'Europe/Moscow',
          week: FIVE_DAYS,
          validFrom: '2025-01-01',
          validTo: '2025-12-31',
        },
      },
    });
    const before = await t.anonymous.request({ method: 'GET', url: '/api/calendars/office/years/2024' });
    expect([before.statusCode, before.json().error.code]).toEqual([422, 'calendar.out_of_range']);
    const res = await t.as.admin.request({
      method: 'POST',
      url: '/api/calendars/office/import-xml',
      headers: { 'content-type': 'application/xml' },
      payload: XML_2024,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().calendar.definition).toMatchObject({ validFrom: '2024-01-01', validTo: '2025-12-31' });
    expect(res.json().year).toMatchObject({ year: 2024, workingDays: 248, workingHours: 1979 });
    const imported = await t.anonymous.request({ method: 'GET', url: '/api/calendars/office/years/2024' });
    const official = await t.anonymous.request({
      method: 'GET',
      url: '/api/calendars/ru-standard/years/2024',
    });
    const dates = (days: Array<{ date: string }>) => days.map((d) => d.date);
    expect(imported.json()).toMatchObject({
      workingWeekends: ['2024-04-27', '2024-11-02', '2024-12-28'],
    });
    for (const field of ['workingDays', 'workingHours', 'workingWeekends', 'shortDays'] as const) {
      expect(imported.json()[field]).toEqual(official.json()[field]);
    }
    expect(dates(imported.json().daysOff)).toEqual(dates(official.json().daysOff));
  });

  it('refuses XML it cannot trust, and tells the admin to pass the year as ?year=', async () => {
    const t = await openAdminApp(suite);
    const send = (url: string, payload: string) =>
      t.as.admin.request({ method: 'POST', url, headers: { 'content-type': 'text/xml' }, payload });
    const broken = await send('/api/calendars/ru-standard/import-xml', '<calendar year="2024"><days>');
    expect([broken.statusCode, broken.json().error.code]).toEqual([422, 'xmlcalendar.bad_xml']);
    const yearless = await send('/api/calendars/ru-standard/import-xml', '<calendar><days/></calendar>');
    expect(yearless.json().error).toMatchObject({ code: 'xmlcalendar.bad_year_param' });
    expect(yearless.json().error.message).toContain('?year=');
    const withYear = await send(
      '/api/calendars/ru-standard/import-xml?year=2028',
      '<calendar><days/></calendar>',
    );
    expect(withYear.json().calendar.definition.validTo).toBe('2028-12-31');
    // 2030 would leave 2029 without data, its holidays counted as working days: refused, nothing changes.
    const gap = await send('/api/calendars/ru-standard/import-xml?year=2030', '<calendar><days/></calendar>');
    expect([gap.statusCode, gap.json().error.code]).toEqual([422, 'xmlcalendar.year_gap']);
    const after = await t.anonymous.request({ method: 'GET', url: '/api/calendars/ru-standard/years/2030' });
    expect(after.json().error.code).toBe('calendar.out_of_range');
  });

  it('refuses to relabel a file of one year as another (?year= naming a different year), changing nothing', async () => {
    const t = await openAdminApp(suite);
    const year2026 = async () =>
      (await t.anonymous.request({ method: 'GET', url: '/api/calendars/ru-standard/years/2026' })).json();
    const before = await year2026();
    const send = (lang: string) =>
      t.as.admin.request({
        method: 'POST',
        url: '/api/calendars/ru-standard/import-xml?year=2026',
        headers: { 'content-type': 'application/xml', 'accept-language': lang },
        payload: XML_2024,
      });
    const ru = await send('ru');
    expect([ru.statusCode, ru.json().error.code]).toEqual([422, 'xmlcalendar.year_mismatch']);
    expect(ru.json().error.message).toContain('на 2024 год, а загрузить его просили как 2026');
    expect((await send('en')).json().error.message).toContain('holds the calendar of 2024');
    expect(await year2026()).toEqual(before);
  });

  it('refuses a DOCTYPE (external or nested entities) as not xmlcalendar, and changes nothing', async () => {
    const t = await openAdminApp(suite);
    const url = '/api/calendars/ru-standard/import-xml?year=2030';
    const before = (await t.anonymous.request({ method: 'GET', url: '/api/calendars/ru-standard' })).json();
    const days = '<calendar year="2030"><days><day d="01.02" t="1">&e;</day></days></calendar>';
    for (const doctype of [
      '<!DOCTYPE calendar [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE calendar [<!ENTITY a "aaaaaaaa"><!ENTITY e "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    ]) {
      const send = (lang: string) =>
        t.as.admin.request({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/xml', 'accept-language': lang },
          payload: `<?xml version="1.0"?>\n${doctype}\n${days}`,
        });
      const ru = await send('ru');
      expect([ru.statusCode, ru.json().error.code]).toEqual([422, 'xmlcalendar.doctype']);
      expect(ru.json().error.message).toBe(
        'Файл не является файлом xmlcalendar: объявления DOCTYPE и внешние сущности не допускаются',
      );
      expect((await send('en')).json().error.message).toBe(
        'The file is not an xmlcalendar file: DOCTYPE declarations and external entities are not allowed',
      );
    }
    const after = (await t.anonymous.request({ method: 'GET', url: '/api/calendars/ru-standard' })).json();
    expect(after).toEqual(before);
    const audit = await t.as.admin.request({ method: 'GET', url: '/api/audit?entity=calendar' });
    expect(audit.json().items).toEqual([]);
  });

  it('deletes a calendar no plan uses; the audit trail records it', async () => {
    const t = await openAdminApp(suite);
    const office = {
      name: 'Офис',
      definition: { timeZone: 'Europe/Moscow', week: { mon: [['09:00', '17:00']] } },
    };
    await t.as.admin.request({ method: 'PUT', url: '/api/calendars/office', payload: office });
    const del = await t.as.admin.request({ method: 'DELETE', url: '/api/calendars/office' });
    expect(del.statusCode).toBe(204);
    expect((await t.anonymous.request({ method: 'GET', url: '/api/calendars/office' })).statusCode).toBe(404);
    const audit = await t.as.admin.request({
      method: 'GET',
      url: '/api/audit?entity=calendar&entityId=office',
    });
    expect(audit.json().items.map((i: { action: string }) => i.action)).toContain('calendar.deleted');
  });
});
