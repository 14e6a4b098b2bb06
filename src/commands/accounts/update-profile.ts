// A user's own profile: the display name and the language of the UI and e-mails (R2).
import { updateAccount } from '../../db/repositories/accounts.ts';
import { getUserById, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import type { CommandDeps } from '../deps.ts';

/** Changes the given fields and returns the user; an empty change returns the user as is. */
export async function updateProfile(
  deps: CommandDeps,
  userId: string,
  changes: { name?: string; lang?: Lang },
): Promise<UserRow> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.lang !== undefined ? { lang: changes.lang } : {}),
  };
  const user =
    Object.keys(set).length > 0
      ? await updateAccount(deps.db, userId, set)
      : await getUserById(deps.db, userId);
  if (!user) throw new DomainError('auth.unauthenticated');
  return user;
}
