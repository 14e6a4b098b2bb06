// Route tests of the admin group: the test app with the world's contract and contact ids at hand,
// and a password hash planted on every user so a test can prove none ever leaves the server.
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { onTestFinished } from 'vitest';
import { listContacts, listContracts } from '../../db/repositories/organizations.ts';
import type { DatabaseSuite } from '../../db/test-database.ts';
import { buildTestApp, type TestApp, type TestClient } from '../test-app.ts';

export const NOW = Date.parse('2026-03-10T10:00:00+03:00');
export const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$planted-in-tests';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export interface AdminTestApp extends TestApp {
  contractId: string;
  contactId: string;
}

/** The app over a fresh database of the suite, closed when the test ends. */
export async function openAdminApp(suite: DatabaseSuite): Promise<AdminTestApp> {
  const database = await suite.create();
  const t = await buildTestApp(database, NOW);
  onTestFinished(() => t.close());
  await database.db.execute(sql`update users set password_hash = ${PASSWORD_HASH}`);
  const [contract] = await listContracts(database.db, t.world.organizationId);
  const [contact] = await listContacts(database.db, contract!.id);
  return { ...t, contractId: contract!.id, contactId: contact!.id };
}

/** Sends the request and returns its JSON body (null when empty); with `status`, any other one throws. */
export async function send(client: TestClient, request: InjectOptions, status?: number) {
  const res = await client.request(request);
  if (status !== undefined && res.statusCode !== status) {
    throw new Error(`${request.method} ${request.url}: ${res.statusCode} ${res.body}`);
  }
  return res.body ? res.json() : null;
}

/** A product «Срок-Сервер» and its build 1.0, made through the API by `admin`. */
export async function createProductBuild(
  admin: TestClient,
): Promise<{ product: { id: string }; build: { id: string } }> {
  const product = await send(
    admin,
    { method: 'POST', url: '/api/products', payload: { name: 'Срок-Сервер' } },
    201,
  );
  const build = await send(
    admin,
    {
      method: 'POST',
      url: `/api/products/${product.id}/builds`,
      payload: { version: '1.0', releasedOn: '2026-03-01' },
    },
    201,
  );
  return { product, build };
}
