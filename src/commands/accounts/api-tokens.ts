// API tokens for integrations (Bearer): issued to oneself, shown once, revocable; each issue and
// revocation is in the audit trail (R22), without the secret.
import { withTransaction } from '../../db/database.ts';
import {
  type ApiTokenRow,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../db/repositories/accounts.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';

/** Issues a token named by the user; the secret is in the result only. */
export function issueApiToken(
  deps: CommandDeps,
  userId: string,
  name: string,
): Promise<{ row: ApiTokenRow; token: string }> {
  return withTransaction(deps.db, async (tx) => {
    const at = new Date(deps.clock.now());
    const issued = await createApiToken(tx, userId, name.trim(), at);
    await auditAccount(tx, userId, 'user.api_token_issued', at, {
      tokenId: issued.row.id,
      name: issued.row.name,
    });
    return issued;
  });
}

/** The user's live tokens, newest first. */
export function listOwnApiTokens(deps: CommandDeps, userId: string): Promise<ApiTokenRow[]> {
  return listApiTokens(deps.db, userId);
}

/** Revokes one of the user's own tokens; another user's token is simply not found. */
export async function revokeOwnApiToken(deps: CommandDeps, userId: string, id: string): Promise<void> {
  await withTransaction(deps.db, async (tx) => {
    const at = new Date(deps.clock.now());
    if (!(await revokeApiToken(tx, userId, id, at))) {
      throw new DomainError('auth.api_token_not_found', { value: id });
    }
    await auditAccount(tx, userId, 'user.api_token_revoked', at, { tokenId: id });
  });
}
