// A browser session: a fresh random cookie token on every login (rotation), never reused.
import { createSession, deleteSession } from '../../db/repositories/sessions.ts';
import type { CommandDeps } from '../deps.ts';

export const SESSION_TTL_MS = 14 * 24 * 3_600_000;

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Opens a new session for the user and ends the one it replaces (the cookie the browser sent), if any. */
export async function startSession(
  deps: CommandDeps,
  userId: string,
  replacesToken?: string,
): Promise<StartedSession> {
  if (replacesToken) await deleteSession(deps.db, replacesToken);
  const clock = deps.sessionClock ?? deps.clock;
  return createSession(deps.db, userId, new Date(clock.now()), SESSION_TTL_MS);
}
