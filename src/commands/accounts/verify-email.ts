// Following the verification link: the address is confirmed, then R10 links the representative.
import { type Db, withTransaction } from '../../db/database.ts';
import { updateAccount } from '../../db/repositories/accounts.ts';
import { getUserById, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { redeemEmailLink } from './email-links.ts';
import { linkRepresentative } from './link-representative.ts';

/** Marks the address verified (once per token) and links the user to their organization when a valid contract lists them. */
export async function verifyEmail(deps: CommandDeps, token: string): Promise<UserRow> {
  return withTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const userId = await redeemEmailLink(tx, token, 'verify', new Date(now));
    const user = await markVerified(tx, userId, new Date(now));
    return linkRepresentative(tx, user, now);
  });
}

/** Sets the verification instant (with its audit row) unless the address was verified before. */
export async function markVerified(tx: Db, userId: string, now: Date): Promise<UserRow> {
  const user = await getUserById(tx, userId);
  if (!user) throw new DomainError('auth.token_invalid');
  if (user.emailVerifiedAt) return user;
  await auditAccount(tx, userId, 'user.email_verified', now, { email: user.email });
  return (await updateAccount(tx, userId, { emailVerifiedAt: now })) ?? user;
}
