// Changing one's own password: the current one is asked again; other sessions end. API tokens
// stay: integrations keep working (a reset, which suggests a compromise, revokes them).
import { withTransaction } from '../../db/database.ts';
import { deleteOtherSessions, updateAccount } from '../../db/repositories/accounts.ts';
import { deleteUserSessions } from '../../db/repositories/sessions.ts';
import { getUserById } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';

export interface ChangePasswordInput {
  userId: string;
  current: string;
  next: string;
  /** The session making the change stays open; without it every session ends. */
  keepSessionToken?: string;
}

/** Replaces the password after checking the current one ('auth.wrong_password') and the policy. */
export async function changePassword(deps: CommandDeps, input: ChangePasswordInput): Promise<void> {
  const user = await getUserById(deps.db, input.userId);
  if (!user) throw new DomainError('auth.unauthenticated');
  if (!(await verifyPassword(user.passwordHash, input.current))) throw new DomainError('auth.wrong_password');
  checkPasswordPolicy(input.next, user.email);
  const passwordHash = await hashPassword(input.next);
  await withTransaction(deps.db, async (tx) => {
    await updateAccount(tx, user.id, { passwordHash });
    await auditAccount(tx, user.id, 'user.password_changed', new Date(deps.clock.now()));
    if (input.keepSessionToken) await deleteOtherSessions(tx, user.id, input.keepSessionToken);
    else await deleteUserSessions(tx, user.id);
  });
}
