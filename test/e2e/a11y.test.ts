// Accessibility of the main pages in Chromium: axe-core finds no serious or critical violations on
// the start, login, registration and agreement pages, the customer's list, new-ticket form and
// ticket page (with a merged duplicate and a published build that fixes it), a merged duplicate's
// page, the support queue and the administration overview.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from './api-client.ts';
import { ADMIN, describeInBrowser, type Portal, screenshot, signInContext, startPortal } from './harness.ts';
import { createCustomer, createRepresentative, createStaff, type Person, person } from './world.ts';

type Who = 'guest' | 'customer' | 'engineer' | 'admin';

/** The duplicate merged into the checked ticket (set up before the pages are checked). */
let mergedNumber = 0;

interface Target {
  name: string;
  path: string | ((ticket: number) => string);
  who: Who;
  /** Saved as test-results/screenshots/phone-<shot>.png from the 375 px check. */
  shot?: string;
}

const PAGES: Target[] = [
  { name: 'стартовая', path: '/', who: 'guest' },
  { name: 'вход', path: '/login', who: 'guest' },
  { name: 'регистрация', path: '/register', who: 'guest' },
  { name: 'соглашение', path: '/agreement', who: 'guest' },
  { name: 'список обращений', path: '/tickets', who: 'customer', shot: 'ticket-list' },
  { name: 'новое обращение', path: '/tickets/new', who: 'customer', shot: 'new-ticket' },
  { name: 'страница обращения', path: (n) => `/tickets/${n}`, who: 'customer', shot: 'ticket-page' },
  { name: 'страница обращения (поддержка)', path: (n) => `/tickets/${n}`, who: 'engineer' },
  {
    name: 'объединённое обращение',
    path: () => `/tickets/${mergedNumber}`,
    who: 'customer',
    shot: 'merged-ticket',
  },
  { name: 'очередь', path: '/queue', who: 'engineer', shot: 'queue' },
  { name: 'администрирование', path: '/admin', who: 'admin' },
  { name: 'календари', path: '/admin/calendars', who: 'admin' },
];

/** One line per violation: rule, impact, what it means, and where (up to five elements). */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const where = v.nodes
        .slice(0, 5)
        .map(
          (n) => `    • ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${where}`;
    })
    .join('\n');
}

describeInBrowser('доступность основных страниц (axe)', () => {
  let portal: Portal;
  let ticketNumber = 0;
  const contexts = new Map<Who, BrowserContext>();

  beforeAll(async () => {
    portal = await startPortal();
    const customer: Person = person('Мария Иванова', 'maria');
    const engineer: Person = person('Пётр Сидоров', 'petr');
    const org = await createCustomer(portal.admin, 'АО «Вектор»', customer);
    await createRepresentative(portal.admin, customer, org.organizationId);
    await createStaff(portal.admin, engineer, 'engineer');
    const api = new ApiClient(portal.baseUrl);
    await api.login(customer.email, customer.password);
    const filed = await api.post<{ number: number }>('/api/tickets', {
      type: 'incident',
      priority: 'high',
      subject: 'Медленно строится отчёт',
      description: 'Отчёт за год строится больше десяти минут.',
    });
    ticketNumber = filed.number;
    const support = new ApiClient(portal.baseUrl);
    await support.login(engineer.email, engineer.password);
    await support.post(`/api/tickets/${ticketNumber}/information-requests`, {
      kind: 'information',
      text: 'Сколько строк в отчёте?',
    });
    // A duplicate merged into the ticket, and a published build that fixes it: the ticket page then
    // also lists them («Дубликаты», «Исправлено в сборках»).
    const duplicate = await api.post<{ number: number }>('/api/tickets', {
      type: 'incident',
      priority: 'high',
      subject: 'Годовой отчёт не строится',
      description: 'Отчёт за год не открывается.',
    });
    mergedNumber = duplicate.number;
    await support.post(`/api/tickets/${mergedNumber}/merge`, {
      into: ticketNumber,
      comment: 'Та же ошибка.',
    });
    const product = await portal.admin.post<{ id: string }>('/api/products', { name: 'Вектор Отчёты' });
    const build = await portal.admin.post<{ id: string }>(`/api/products/${product.id}/builds`, {
      version: '3.1.2',
      releasedOn: '2026-05-04',
    });
    await portal.admin.put(`/api/builds/${build.id}/tickets`, { numbers: [ticketNumber] });
    await portal.admin.post(`/api/builds/${build.id}/publish`);
    const accounts: Record<Exclude<Who, 'guest'>, Person> = {
      customer,
      engineer,
      admin: { ...ADMIN, name: '' },
    };
    contexts.set('guest', await portal.newContext());
    for (const [who, account] of Object.entries(accounts) as [Who, Person][]) {
      const context = await portal.newContext();
      await signInContext(context, account);
      contexts.set(who, context);
    }
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts.values()) await c.close().catch(() => undefined);
    await portal?.close();
  }, 60_000);

  for (const target of PAGES) {
    it(`${target.name}: нет серьёзных нарушений`, async () => {
      const page = await contexts.get(target.who)!.newPage();
      const path = typeof target.path === 'string' ? target.path : target.path(ticketNumber);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      expect(new URL(page.url()).pathname, 'страница не перенаправила на вход').toBe(path.split('?')[0]);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length, 'axe проверил страницу').toBeGreaterThan(0);
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length > 0)
        throw new Error(`${path}: серьёзные нарушения доступности (axe):\n${describeViolations(serious)}`);
      expect(await page.getByRole('heading', { level: 1 }).count(), 'один заголовок h1').toBe(1);
      await page.close();
    }, 60_000);
  }

  for (const target of PAGES) {
    it(`${target.name}: на телефоне (375 px) нет горизонтальной прокрутки`, async () => {
      const page = await contexts.get(target.who)!.newPage();
      await page.setViewportSize({ width: 375, height: 740 });
      const path = typeof target.path === 'string' ? target.path : target.path(ticketNumber);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const overflow = (await page.evaluate(
        `(() => { const d = document.documentElement; return d.scrollWidth - d.clientWidth; })()`,
      )) as number;
      if (overflow > 1) {
        const wide = (await page.evaluate(WIDEST_ELEMENTS)) as string[];
        throw new Error(
          `${path}: страница шире экрана на ${overflow} px; выходят за край: ${wide.join(', ')}`,
        );
      }
      if (target.shot) await screenshot(page, `phone-${target.shot}`);
      await page.close();
    }, 60_000);
  }
});

// Elements whose right edge passes the screen's (outside scrollable containers), for the message.
const WIDEST_ELEMENTS = `(() => {
  const out = [];
  const width = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right <= width + 1 || r.width === 0) continue;
    let p = el.parentElement, clipped = false;
    while (p) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; } p = p.parentElement; }
    if (clipped) continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    out.push(name + ' (' + Math.round(r.right) + ' px)');
    if (out.length >= 6) break;
  }
  return out;
})()`;
