// A user's own profile: the display name and the language of the UI and e-mails (R2); a real
// change leaves an audit row with what it was and what it became (R22).
import { withTransaction } from '../../db/database.ts';
import { updateAccount } from '../../db/repositories/accounts.ts';
import { getUserById, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';

/** Changes the given fields and returns the user; a change to the same values returns the user as is. */
export async function updateProfile(
  deps: CommandDeps,
  userId: string,
  changes: { name?: string; lang?: Lang },
): Promise<UserRow> {
  return withTransaction(deps.db, async (tx) => {
    const user = await getUserById(tx, userId);
    if (!user) throw new DomainError('auth.unauthenticated');
    const name = changes.name?.trim();
    const set = {
      ...(name !== undefined && name !== user.name ? { name } : {}),
      ...(changes.lang !== undefined && changes.lang !== user.lang ? { lang: changes.lang } : {}),
    };
    const fields = Object.keys(set) as Array<keyof typeof set>;
    if (fields.length === 0) return user;
    const before = Object.fromEntries(fields.map((f) => [f, user[f]]));
    await auditAccount(tx, userId, 'user.profile_updated', new Date(deps.clock.now()), {
      before,
      after: set,
    });
    return (await updateAccount(tx, userId, set)) ?? user;
  });
}
