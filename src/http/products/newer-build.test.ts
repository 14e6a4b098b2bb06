// R19 on filing: an incident naming a build older than the newest published build with fixes for
// the organization's tickets carries the hint, in the filing response and on the ticket page.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { call, fileIncident, openProductApp, type ProductTestApp, publishedBuild } from './test-support.ts';

const incident = (product: string | undefined, build: string | undefined, type = 'incident') => ({
  type,
  priority: 'normal',
  subject: 'Снова ошибка',
  description: 'Отчёт не строится',
  ...(product ? { product } : {}),
  ...(build ? { build } : {}),
});

async function file(t: ProductTestApp, body: object) {
  const res = await t.as.customer.request({ method: 'POST', url: '/api/tickets', payload: body });
  expect(res.statusCode).toBe(201);
  const page = await call<{ newerBuild?: unknown }>(
    t.as.customer,
    'GET',
    `/api/tickets/${res.json().number}`,
  );
  return { filed: res.json().newerBuild ?? null, page: page.newerBuild ?? null };
}

describeDatabases('R19: the newer build hint', (suite) => {
  async function setup() {
    const t = await openProductApp(suite);
    const product = await call<{ id: string }>(t.as.admin, 'POST', '/api/products', { name: 'Срок-Сервер' });
    const mine = await fileIncident(t, t.world.customer.userId);
    const theirs = await fileIncident(t, t.stranger.userId);
    await publishedBuild(t, product.id, { version: '5.1', releasedOn: '2026-01-20' }, []);
    await publishedBuild(t, product.id, { version: '5.2', releasedOn: '2026-02-10' }, [mine]);
    // Newer still, but it fixes only another organization's ticket: it does not count for ours.
    await publishedBuild(t, product.id, { version: '5.4', releasedOn: '2026-03-01' }, [theirs]);
    // A draft resolving our ticket is not yet provided to the customer.
    const draft = await call<{ id: string }>(t.as.lead, 'POST', `/api/products/${product.id}/builds`, {
      version: '5.5',
      releasedOn: '2026-03-05',
    });
    await call(t.as.lead, 'PUT', `/api/builds/${draft.id}/tickets`, { numbers: [mine] });
    return t;
  }

  it('names the newest published build fixing our tickets when the incident names an older one', async () => {
    const t = await setup();
    const hint = {
      version: '5.2',
      releasedOn: '2026-02-10',
      message: expect.stringContaining('Вышла сборка 5.2 от 10.02.2026'),
    };
    expect(await file(t, incident('Срок-Сервер', '5.1'))).toEqual({ filed: hint, page: hint });
    // The customer reads the agreement's words, never the rule ids used inside the project.
    expect(JSON.stringify(await file(t, incident('Срок-Сервер', '5.1')))).not.toMatch(/R\d/);
    // A version the portal does not know is compared as text: 4.9 is older. In English for English users.
    await t.db.update(users).set({ lang: 'en' }).where(eq(users.id, t.world.customer.userId));
    expect((await file(t, incident('Срок-Сервер', '4.9'))).filed).toEqual({
      ...hint,
      message: expect.stringContaining('Build 5.2 of 10 February 2026'),
    });
  });

  it('says nothing on the newest build, a newer one, another type, or without product and build', async () => {
    const t = await setup();
    for (const body of [
      incident('Срок-Сервер', '5.2'),
      incident('Срок-Сервер', '5.4'),
      incident('Срок-Сервер', '5.10'),
      incident('Срок-Сервер', '5.1', 'request'),
      incident('Срок-Клиент', '1.0'),
      incident('Срок-Сервер', undefined),
      incident(undefined, '5.1'),
    ]) {
      expect({ body, hint: await file(t, body) }).toEqual({ body, hint: { filed: null, page: null } });
    }
  });

  it("ignores builds that fix only other organizations' tickets", async () => {
    const t = await openProductApp(suite);
    const product = await call<{ id: string }>(t.as.admin, 'POST', '/api/products', { name: 'Срок-Сервер' });
    const theirs = await fileIncident(t, t.stranger.userId);
    await publishedBuild(t, product.id, { version: '6.0', releasedOn: '2026-03-01' }, [theirs]);
    expect(await file(t, incident('Срок-Сервер', '5.0'))).toEqual({ filed: null, page: null });
  });
});
