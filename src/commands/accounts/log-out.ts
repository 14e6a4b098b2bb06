// Logging out ends the browser session behind the cookie.
import { deleteSession } from '../../db/repositories/sessions.ts';
import type { CommandDeps } from '../deps.ts';

/** Ends the session with this cookie token; nothing happens when there is none. */
export async function logOut(deps: CommandDeps, token: string | undefined): Promise<void> {
  if (token) await deleteSession(deps.db, token);
}
