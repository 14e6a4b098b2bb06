// The agreement and contacts pages (R1): public, in the reader's language, Russian as the fallback.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp } from './test-support.ts';

describeDatabases('portal texts', (suite) => {
  it('shows the built-in Russian agreement until an administrator writes one', async () => {
    const t = await openAdminApp(suite);
    const res = await t.anonymous.request({ method: 'GET', url: '/api/content/agreement?lang=en' });
    expect(res.json()).toMatchObject({ key: 'agreement', lang: 'ru', isDefault: true, updatedAt: null });
    const text: string = res.json().body;
    for (const clause of [
      '09:00 до 17:00',
      'производственным календарём',
      'Инцидент',
      '15 календарных дней',
    ]) {
      expect(text).toContain(clause);
    }
    expect(text).toContain('только через этот портал и электронную почту');
    const contacts = await t.anonymous.request({ method: 'GET', url: '/api/content/contacts' });
    expect(contacts.json().body).toContain('Другие способы связи');
  });

  it('serves the text in the language asked for, falling back to Russian', async () => {
    const t = await openAdminApp(suite);
    const put = (lang: string, body: string) =>
      t.as.admin.request({ method: 'PUT', url: '/api/content/contacts', payload: { lang, body } });
    const saved = await put('ru', '# Контакты\n\nТолько портал.');
    expect(saved.json()).toMatchObject({
      lang: 'ru',
      isDefault: false,
      updatedAt: '2026-03-10T07:00:00.000Z',
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      t.anonymous.request({ method: 'GET', url, headers });
    expect((await get('/api/content/contacts', { 'accept-language': 'en-GB,en' })).json()).toMatchObject({
      lang: 'ru',
      body: '# Контакты\n\nТолько портал.',
    });
    await put('en', '# Contacts\n\nThe portal only.');
    expect((await get('/api/content/contacts', { 'accept-language': 'en-GB,en' })).json().lang).toBe('en');
    expect((await get('/api/content/contacts?lang=ru', { 'accept-language': 'en' })).json().lang).toBe('ru');
    expect((await get('/api/content/contacts')).json().lang).toBe('ru');
    const empty = await put('en', '   ');
    expect([empty.statusCode, empty.json().error.details[0].path]).toEqual([400, '/body']);
  });
});
