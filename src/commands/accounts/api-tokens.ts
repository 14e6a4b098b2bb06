// API tokens for integrations (Bearer): issued to oneself, shown once, revocable.
import {
  type ApiTokenRow,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../db/repositories/accounts.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';

/** Issues a token named by the user; the secret is in the result only. */
export function issueApiToken(
  deps: CommandDeps,
  userId: string,
  name: string,
): Promise<{ row: ApiTokenRow; token: string }> {
  return createApiToken(deps.db, userId, name.trim(), new Date(deps.clock.now()));
}

/** The user's live tokens, newest first. */
export function listOwnApiTokens(deps: CommandDeps, userId: string): Promise<ApiTokenRow[]> {
  return listApiTokens(deps.db, userId);
}

/** Revokes one of the user's own tokens; another user's token is simply not found. */
export async function revokeOwnApiToken(deps: CommandDeps, userId: string, id: string): Promise<void> {
  const revoked = await revokeApiToken(deps.db, userId, id, new Date(deps.clock.now()));
  if (!revoked) throw new DomainError('auth.api_token_not_found', { value: id });
}
