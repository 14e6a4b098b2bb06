// Route tests of products and builds: the test app with a file store of its own, a second customer
// organization, and short helpers that file tickets and prepare builds through the API.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { fileTicket } from '../../commands/file-ticket.ts';
import type { Db } from '../../db/database.ts';
import { upsertContact, upsertContract, upsertOrganization } from '../../db/repositories/organizations.ts';
import { upsertUser } from '../../db/repositories/users.ts';
import type { DatabaseSuite } from '../../db/test-database.ts';
import { buildTestApp, type TestApp, type TestClient } from '../test-app.ts';

export const NOW = Date.parse('2026-03-10T10:00:00+03:00');

export interface ProductTestApp extends TestApp {
  db: Db;
  filesDir: string;
  /** A representative of another organization, on the same plan. */
  stranger: { userId: string; organizationId: string };
}

/** The app over a fresh database of the suite, closed when the test ends. */
export async function openProductApp(suite: DatabaseSuite, maxBytes = 1_048_576): Promise<ProductTestApp> {
  const database = await suite.create();
  const filesDir = mkdtempSync(join(tmpdir(), 'srok-builds-test-'));
  const t = await buildTestApp(database, NOW, { files: { dir: filesDir, maxBytes } });
  onTestFinished(() => t.close());
  const tag = randomUUID().slice(0, 8);
  const org = await upsertOrganization(database.db, { name: `АО «Вектор» ${tag}` });
  const contract = await upsertContract(database.db, {
    organizationId: org.id,
    number: `В-${tag}`,
    planId: t.world.planId,
    validFrom: '2023-01-01',
  });
  const email = `rep-${tag}@vector.ru`;
  await upsertContact(database.db, { contractId: contract.id, name: 'Сергей Вектор', email });
  const user = await upsertUser(database.db, {
    email,
    name: 'Сергей Вектор',
    role: 'customer',
    organizationId: org.id,
    emailVerifiedAt: new Date(NOW),
  });
  return { ...t, db: database.db, filesDir, stranger: { userId: user.id, organizationId: org.id } };
}

/** Files an incident for the requester and returns its number. */
export async function fileIncident(
  t: TestApp,
  requesterId: string,
  extra: { product?: string; build?: string } = {},
): Promise<number> {
  const filed = await fileTicket(t.world.deps, {
    requesterId,
    type: 'incident',
    priority: 'normal',
    subject: 'Отчёт пуст',
    description: 'После обновления отчёт не формируется',
    ...extra,
  });
  return filed.number;
}

/** Sends a request and returns the JSON body, failing loudly on an unexpected status. */
export async function call<T = Record<string, unknown>>(
  client: TestClient,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<T> {
  const res = await client.request({ method, url, ...(payload ? { payload } : {}) });
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** A product with one draft build, made by the admin and the lead. */
export async function productWithBuild(
  t: TestApp,
  name = 'Срок-Сервер',
  build = { version: '5.1', releasedOn: '2026-02-01' },
): Promise<{ productId: string; buildId: string }> {
  const product = await call<{ id: string }>(t.as.admin, 'POST', '/api/products', { name });
  const made = await call<{ id: string }>(t.as.lead, 'POST', `/api/products/${product.id}/builds`, build);
  return { productId: product.id, buildId: made.id };
}

/** A published build of the product resolving the tickets. */
export async function publishedBuild(
  t: TestApp,
  productId: string,
  build: { version: string; releasedOn: string },
  numbers: number[],
): Promise<string> {
  const made = await call<{ id: string }>(t.as.lead, 'POST', `/api/products/${productId}/builds`, build);
  await call(t.as.lead, 'PUT', `/api/builds/${made.id}/tickets`, { numbers });
  await call(t.as.lead, 'POST', `/api/builds/${made.id}/publish`, undefined, 200);
  return made.id;
}
