// The first administrator of a fresh installation, created from the setup page; once any
// administrator exists, setup is closed.
import { withTransaction } from '../../db/database.ts';
import { hasAdmin, insertAccount, lockFirstAdmin } from '../../db/repositories/accounts.ts';
import { normalizeEmail, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';

export interface FirstAdminInput {
  name: string;
  email: string;
  password: string;
  lang: Lang;
}

/** Creates a verified administrator while none exists ('setup.admin_already_exists' after that). */
export async function createFirstAdmin(deps: CommandDeps, input: FirstAdminInput): Promise<UserRow> {
  checkPasswordPolicy(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(deps.db, async (tx) => {
    await lockFirstAdmin(tx); // two setup requests at once: the second sees the first's admin
    if (await hasAdmin(tx)) throw new DomainError('setup.admin_already_exists');
    const now = new Date(deps.clock.now());
    const user = await insertAccount(tx, {
      email: input.email,
      name: input.name.trim(),
      role: 'admin',
      lang: input.lang,
      passwordHash,
      emailVerifiedAt: now,
      createdAt: now,
    });
    // Setup never takes over an existing account (someone else's password would be replaced).
    if (!user) throw new DomainError('auth.email_taken', { email: normalizeEmail(input.email) });
    await auditAccount(tx, user.id, 'user.registered', now, { email: user.email, role: 'admin' });
    return user;
  });
}

/** Whether the installation still waits for its first administrator. */
export async function needsFirstAdmin(deps: CommandDeps): Promise<boolean> {
  return !(await hasAdmin(deps.db));
}
