// R10, R22: a representative no contract of their organization lists any more stops being one at
// once: unlinked, signed out everywhere, their API tokens revoked, and the audit trail says so.
// An expired contract still lists them (they may read their history; filing is refused anyway).
import type { Db } from '../../db/database.ts';
import { revokeUserApiTokens, updateAccount } from '../../db/repositories/accounts.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { deleteUserSessions } from '../../db/repositories/sessions.ts';
import { getUserByEmail, lockUser, type UserRow } from '../../db/repositories/users.ts';
import { contractsListing } from '../contract-terms.ts';

export interface RemovedContact {
  /** The e-mail of the contact just removed (or changed away from). */
  email: string;
  /** The organization of the contract it was removed from. */
  organizationId: string;
  /** Who removed it (the administrator), for the audit trail. */
  actorId: string | null;
  /** What removed it, e.g. 'contact.deleted', with its id. */
  cause: { action: string; contactId: string };
  now: number;
}

/**
 * In the removal's transaction: unlinks the user with that e-mail from the organization when no
 * contract of it lists them any more; returns the unlinked user, or undefined when nothing changed.
 */
export async function unlinkUnlistedRepresentative(
  tx: Db,
  removed: RemovedContact,
): Promise<UserRow | undefined> {
  const found = await getUserByEmail(tx, removed.email);
  if (!found || found.organizationId !== removed.organizationId) return undefined;
  // Locked, then read again: a concurrent link or removal of the same person waits its turn.
  const user = await lockUser(tx, found.id);
  if (user?.role !== 'customer' || user.organizationId !== removed.organizationId) return undefined;
  const listed = await contractsListing(tx, user.email);
  if (listed.some((c) => c.organizationId === removed.organizationId)) return undefined;
  const at = new Date(removed.now);
  const unlinked = await updateAccount(tx, user.id, { organizationId: null });
  await deleteUserSessions(tx, user.id);
  const revokedTokens = await revokeUserApiTokens(tx, user.id, at);
  await recordAudit(tx, {
    actorId: removed.actorId,
    action: 'representative.unlinked',
    entity: 'user',
    entityId: user.id,
    payload: {
      email: user.email,
      organizationId: removed.organizationId,
      because: removed.cause,
      revokedTokens,
    },
    at,
  });
  return unlinked;
}
