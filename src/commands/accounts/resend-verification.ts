// A new verification link for a signed-in user whose address is not yet confirmed.
import { withTransaction } from '../../db/database.ts';
import { getUserById } from '../../db/repositories/users.ts';
import type { CommandDeps } from '../deps.ts';
import { queueEmailLink } from './email-links.ts';

/** Queues a fresh verification e-mail; does nothing when the address is already verified. */
export async function resendVerification(deps: CommandDeps, userId: string): Promise<void> {
  await withTransaction(deps.db, async (tx) => {
    const user = await getUserById(tx, userId);
    if (!user || user.emailVerifiedAt) return;
    await queueEmailLink(tx, user, 'verify', new Date(deps.clock.now()));
  });
}
