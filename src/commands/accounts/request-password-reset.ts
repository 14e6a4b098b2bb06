// "Forgot password": a reset link by e-mail when the address has an account. The caller answers
// the same either way, so no one learns which addresses are registered.
import { withTransaction } from '../../db/database.ts';
import { getUserByEmail } from '../../db/repositories/users.ts';
import type { CommandDeps } from '../deps.ts';
import { queueEmailLink } from './email-links.ts';

/** Queues a reset e-mail (link valid 2 hours) when the address belongs to a user; otherwise does nothing. */
export async function requestPasswordReset(deps: CommandDeps, email: string): Promise<void> {
  await withTransaction(deps.db, async (tx) => {
    const user = await getUserByEmail(tx, email);
    if (!user) return;
    await queueEmailLink(tx, user, 'reset', new Date(deps.clock.now()));
  });
}
