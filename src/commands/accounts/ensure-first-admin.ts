// The first administrator from the server's configuration (SROK_ADMIN_EMAIL, SROK_ADMIN_PASSWORD).

import { withTransaction } from '../../db/database.ts';
import { hasAdmin, lockFirstAdmin, updateAccount } from '../../db/repositories/accounts.ts';
import { getUserByEmail, upsertUser } from '../../db/repositories/users.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';

export interface EnsureFirstAdminInput {
  email: string;
  password: string;
  name?: string;
}

/**
 * Makes the configured address an administrator with the configured password when no
 * administrator exists yet; once one does, does nothing (the password is not reset at each start).
 */
export async function ensureFirstAdmin(
  deps: CommandDeps,
  input: EnsureFirstAdminInput,
): Promise<{ created: boolean; userId: string | null }> {
  checkPasswordPolicy(input.password, input.email);
  if (await hasAdmin(deps.db)) return { created: false, userId: null };
  const passwordHash = await hashPassword(input.password);
  return withTransaction(deps.db, async (tx) => {
    await lockFirstAdmin(tx);
    if (await hasAdmin(tx)) return { created: false, userId: null };
    const now = new Date(deps.clock.now());
    const existing = await getUserByEmail(tx, input.email);
    const user = await upsertUser(tx, {
      email: input.email,
      name: existing?.name ?? input.name ?? 'Администратор',
      role: 'admin',
      organizationId: null,
      passwordHash,
      createdAt: existing?.createdAt ?? now,
    });
    if (!user.emailVerifiedAt) await updateAccount(tx, user.id, { emailVerifiedAt: now });
    await auditAccount(tx, user.id, 'user.registered', now, {
      email: user.email,
      role: 'admin',
      via: 'SROK_ADMIN_EMAIL',
    });
    return { created: true, userId: user.id };
  });
}
