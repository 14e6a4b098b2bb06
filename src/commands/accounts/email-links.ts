// One-time links sent by e-mail: verification (48 hours) and password reset (2 hours). The token
// goes into an outbox row for the mailer; only its hash is stored.
import type { Db } from '../../db/database.ts';
import {
  consumeEmailToken,
  createEmailToken,
  type EmailTokenPurpose,
} from '../../db/repositories/accounts.ts';
import { enqueueOutbox } from '../../db/repositories/outbox.ts';
import type { UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';

const HOUR = 3_600_000;

export const EMAIL_LINKS = {
  verify: { kind: 'auth.verify_email', ttlMs: 48 * HOUR },
  reset: { kind: 'auth.password_reset', ttlMs: 2 * HOUR },
} as const satisfies Record<EmailTokenPurpose, { kind: string; ttlMs: number }>;

/** Issues a link token for the user and queues the e-mail carrying it, in the caller's transaction. */
export async function queueEmailLink(
  tx: Db,
  user: UserRow,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<void> {
  const link = EMAIL_LINKS[purpose];
  const token = await createEmailToken(tx, user.id, purpose, now, link.ttlMs);
  await enqueueOutbox(tx, [
    {
      kind: link.kind,
      recipientUserId: user.id,
      recipientEmail: user.email,
      payload: { token },
      availableAt: now,
    },
  ]);
}

/** Uses up a link token and returns its user's id; a DomainError says whether it is unknown, expired or used. */
export async function redeemEmailLink(
  tx: Db,
  token: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<string> {
  const result = await consumeEmailToken(tx, token, purpose, now);
  if (result.ok) return result.userId;
  if (result.reason === 'expired') throw new DomainError('auth.token_expired');
  if (result.reason === 'used') throw new DomainError('auth.token_used');
  throw new DomainError('auth.token_invalid');
}
