// Importing authorized contacts from CSV: every row gets a verdict; nothing is dropped silently.
import { expect, it } from 'vitest';
import { listContacts } from '../../db/repositories/organizations.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp } from './test-support.ts';

const CSV = [
  'ФИО;E-mail;Телефон;Должность',
  'Ольга Смирнова;Olga@Romashka.ru;+7 (495) 123-45-67;Бухгалтер',
  'Без адреса;;;',
  'Кривой адрес;olga-at-romashka.ru;;',
  'Ольга С.;olga@romashka.ru;;',
  '"Иванов; Иван";ivan@romashka.ru;;"Руководитель ""ИТ"""',
  'Лишнее;x@romashka.ru;;;лишняя ячейка',
].join('\r\n');

describeDatabases('contacts import from CSV', (suite) => {
  it('adds the valid rows and reports each invalid one with its line and reason', async () => {
    const t = await openAdminApp(suite);
    const res = await t.as.admin.request({
      method: 'POST',
      url: `/api/contracts/${t.contractId}/contacts/import`,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: CSV,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ contractId: t.contractId, dryRun: false, added: 2, invalid: 4 });
    const byLine = Object.fromEntries(
      body.rows.map((r: { line: number; status: string; reasons?: Array<{ code: string }> }) => [
        r.line,
        [r.status, ...(r.reasons ?? []).map((x) => x.code)],
      ]),
    );
    expect(byLine).toEqual({
      2: ['added'],
      3: ['invalid', 'contact.email_required'],
      4: ['invalid', 'contact.bad_email'],
      5: ['invalid', 'contacts_import.duplicate_row'],
      6: ['added'],
      7: ['invalid', 'contacts_import.extra_cells'],
    });
    expect(body.rows[3].reasons[0].message).toBe('Адрес olga@romashka.ru уже встречался в строке 2');
    const stored = await listContacts(t.world.deps.db, t.contractId);
    expect(stored.map((c) => [c.email, c.phone, c.position])).toEqual(
      expect.arrayContaining([
        ['olga@romashka.ru', '+7 (495) 123-45-67', 'Бухгалтер'],
        ['ivan@romashka.ru', null, 'Руководитель "ИТ"'],
      ]),
    );
    expect(stored).toHaveLength(3);
  });

  it('takes JSON {csv} with commas, reports contacts already listed, and writes nothing on a dry run', async () => {
    const t = await openAdminApp(suite);
    const [existing] = await listContacts(t.world.deps.db, t.contractId);
    const csv = `name,email\nНовый,new@romashka.ru\nПовтор,${existing!.email.toUpperCase()}\n`;
    const url = `/api/contracts/${t.contractId}/contacts/import`;
    const dry = await t.as.admin.request({
      method: 'POST',
      url: `${url}?dryRun=true`,
      payload: { csv },
    });
    expect(dry.json()).toMatchObject({ dryRun: true, added: 0, invalid: 1 });
    expect(dry.json().rows.map((r: { status: string }) => r.status)).toEqual(['valid', 'invalid']);
    expect(dry.json().rows[1].reasons[0]).toMatchObject({
      field: 'email',
      code: 'contact.already_exists',
      message: `Адрес ${existing!.email} уже указан в договоре`,
    });
    expect(await listContacts(t.world.deps.db, t.contractId)).toHaveLength(1);
    const real = await t.as.admin.request({ method: 'POST', url, payload: { csv } });
    expect(real.json()).toMatchObject({ added: 1, invalid: 1 });
    expect(await listContacts(t.world.deps.db, t.contractId)).toHaveLength(2);
  });

  it('refuses a file it cannot read as a whole: a bad header, no rows, not UTF-8', async () => {
    const t = await openAdminApp(suite);
    const url = `/api/contracts/${t.contractId}/contacts/import`;
    const send = (payload: string | Buffer) =>
      t.as.admin.request({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload });
    const header = await send('name;mail;city\nИван;ivan@x.ru;Москва\n');
    expect(header.statusCode).toBe(422);
    expect(header.json().error).toMatchObject({
      code: 'contacts_import.bad_header',
      details: [
        { path: '$.header[1]', code: 'contacts_import.unknown_column' },
        { path: '$.header[2]', code: 'contacts_import.unknown_column' },
        { path: '$.header', code: 'contacts_import.missing_column' },
      ],
    });
    expect((await send('name;email\n')).json().error.code).toBe('contacts_import.empty');
    const cp1251 = Buffer.from([
      0x6e, 0x61, 0x6d, 0x65, 0x3b, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xc8, 0xe2, 0xe0, 0xed,
    ]);
    const latin = await send(cp1251);
    expect([latin.statusCode, latin.json().error.code]).toEqual([422, 'request.not_utf8']);
    expect(await listContacts(t.world.deps.db, t.contractId)).toHaveLength(1);
  });

  it('refuses a file saved as UTF-16 (NUL bytes the database cannot store) with 422, not 500', async () => {
    const t = await openAdminApp(suite);
    const url = `/api/contracts/${t.contractId}/contacts/import`;
    const utf16 = Buffer.from('name;email\nОльга;olga@romashka.ru\n', 'utf16le'); // valid UTF-8 bytes, with NULs
    const send = (lang: string, payload: string | Buffer, type = 'text/csv') =>
      t.as.admin.request({
        method: 'POST',
        url,
        headers: { 'content-type': type, 'accept-language': lang },
        payload,
      });
    const ru = await send('ru', utf16);
    expect([ru.statusCode, ru.json().error.code]).toEqual([422, 'request.not_utf8']);
    expect(ru.json().error.message).toMatch(/^Тело запроса должно быть в кодировке UTF-8/);
    expect((await send('en', utf16)).json().error.message).toMatch(/^The request body must be UTF-8/);
    const json = await send(
      'ru',
      JSON.stringify({ csv: 'name,email\nОль\u0000га,olga@romashka.ru' }),
      'application/json',
    );
    expect([json.statusCode, json.json().error.code]).toEqual([422, 'request.not_utf8']);
    expect(await listContacts(t.world.deps.db, t.contractId)).toHaveLength(1);
  });
});
