// The portal opens in a real browser: the start page renders in Russian and the administrator can
// sign in through the login form.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, describeInBrowser, type Portal, screenshot, startPortal } from './harness.ts';

describeInBrowser('портал в браузере (smoke)', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  }, 180_000);
  afterAll(async () => {
    await portal?.close();
  }, 60_000);

  it('стартовая страница открывается на русском', async () => {
    const context = await portal.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.getByRole('link', { name: 'Срок' }).first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('администратор входит через форму входа', async () => {
    const context = await portal.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Вход', level: 1 }).waitFor();
    await page.getByLabel('Электронная почта').fill(ADMIN.email);
    await page.getByLabel('Пароль', { exact: true }).fill(ADMIN.password);
    await screenshot(page, 'login');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/login');
    await context.close();
  }, 60_000);

  it('неверный пароль: сообщение сервера, введённый адрес сохранён', async () => {
    const context = await portal.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Электронная почта').fill(ADMIN.email);
    await page.getByLabel('Пароль', { exact: true }).fill('не-тот-пароль-123');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByLabel('Электронная почта').inputValue()).toBe(ADMIN.email);
    await context.close();
  }, 60_000);
});
