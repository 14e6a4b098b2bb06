// The audit row of an account event (R22): the user acts on their own account, so they are both
// the actor and the entity. Payloads never carry a password, a token or a hash of either.
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../db/repositories/audit.ts';

export type AccountAction =
  | 'user.registered'
  | 'user.email_verified'
  | 'user.password_changed'
  | 'user.password_reset'
  | 'user.api_token_issued'
  | 'user.api_token_revoked'
  | 'user.profile_updated'
  | 'user.mail_preferences_changed';

/** Records the event; call it inside the transaction that makes the change. */
export async function auditAccount(
  tx: Db,
  userId: string,
  action: AccountAction,
  at: Date,
  payload: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(tx, { actorId: userId, action, entity: 'user', entityId: userId, payload, at });
}
