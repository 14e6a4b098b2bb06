// An integration's every call must not become a write: the token's last use is kept to the minute.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildWorld } from '../../commands/test-world.ts';
import { apiTokens } from '../schema.ts';
import { describeDatabases } from '../test-database.ts';
import { createApiToken } from './accounts.ts';
import { findApiTokenCaller, TOKEN_USE_RESOLUTION_MS } from './sessions.ts';

const NOW = Date.UTC(2026, 10, 23, 7);

describeDatabases('API token use', (suite) => {
  it('records the first use, then at most once per minute', async () => {
    const { db } = await suite.create();
    const world = await buildWorld(db, NOW);
    const { row, token } = await createApiToken(db, world.customer.userId, 'CI', new Date(NOW));
    const lastUse = async () =>
      (await db.select().from(apiTokens).where(eq(apiTokens.id, row.id)))[0]?.lastUsedAt?.getTime() ?? null;
    expect(await lastUse()).toBeNull();

    expect((await findApiTokenCaller(db, token, new Date(NOW)))?.user.id).toBe(world.customer.userId);
    expect(await lastUse()).toBe(NOW);
    await findApiTokenCaller(db, token, new Date(NOW + TOKEN_USE_RESOLUTION_MS - 1));
    expect(await lastUse()).toBe(NOW);
    await findApiTokenCaller(db, token, new Date(NOW + TOKEN_USE_RESOLUTION_MS));
    expect(await lastUse()).toBe(NOW + TOKEN_USE_RESOLUTION_MS);
    expect(await findApiTokenCaller(db, 'srok_wrong', new Date(NOW))).toBeUndefined();
  });
});
