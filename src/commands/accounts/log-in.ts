// Logging in with e-mail and password. An unknown address and a wrong password are one error
// and take the same time, so the answer does not tell which addresses have accounts.
import { withTransaction } from '../../db/database.ts';
import { getUserByEmail, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { CommandDeps } from '../deps.ts';
import { linkRepresentative } from './link-representative.ts';
import { verifyPassword } from './passwords.ts';
import { type StartedSession, startSession } from './start-session.ts';

export interface LogInInput {
  email: string;
  password: string;
  /** The session cookie the browser still holds; it is ended, the new session replaces it. */
  replacesToken?: string;
}

/** Checks the password and opens a new session; throws 'auth.invalid_credentials' otherwise. */
export async function logIn(
  deps: CommandDeps,
  input: LogInInput,
): Promise<{ user: UserRow; session: StartedSession }> {
  const found = await getUserByEmail(deps.db, input.email);
  const ok = await verifyPassword(found?.passwordHash, input.password);
  if (!found || !ok) throw new DomainError('auth.invalid_credentials');
  // A contact added to a contract after the user verified is linked at the next login (R10).
  const user = await withTransaction(deps.db, (tx) => linkRepresentative(tx, found, deps.clock.now()));
  const session = await startSession(deps, user.id, input.replacesToken);
  return { user, session };
}
