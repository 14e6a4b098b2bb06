// Following the reset link: a new password, every session ended and every API token revoked (a
// forgotten password may mean a compromised account), every other reset link retired.
import { withTransaction } from '../../db/database.ts';
import { retireEmailTokens, revokeUserApiTokens, updateAccount } from '../../db/repositories/accounts.ts';
import { deleteUserSessions } from '../../db/repositories/sessions.ts';
import { getUserById, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { redeemEmailLink } from './email-links.ts';
import { linkRepresentative } from './link-representative.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';
import { markVerified } from './verify-email.ts';

/** Sets the password from a reset token; a policy error leaves the token usable. */
export async function resetPassword(
  deps: CommandDeps,
  input: { token: string; password: string },
): Promise<UserRow> {
  return withTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const at = new Date(now);
    const userId = await redeemEmailLink(tx, input.token, 'reset', at);
    const user = await getUserById(tx, userId);
    if (!user) throw new DomainError('auth.token_invalid');
    checkPasswordPolicy(input.password, user.email); // throwing rolls the redemption back
    await updateAccount(tx, userId, { passwordHash: await hashPassword(input.password) });
    await retireEmailTokens(tx, userId, 'reset', at);
    await deleteUserSessions(tx, userId);
    const apiTokensRevoked = await revokeUserApiTokens(tx, userId, at);
    await auditAccount(tx, userId, 'user.password_reset', at, { apiTokensRevoked });
    // The link reached the mailbox, which proves the address as well as a verification link does.
    return linkRepresentative(tx, await markVerified(tx, userId, at), now);
  });
}
