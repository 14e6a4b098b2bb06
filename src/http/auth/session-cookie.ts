// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax, the whole site, Secure
// behind TLS.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StartedSession } from '../../commands/accounts/start-session.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';

function cookieOptions(request: FastifyRequest, secureCookies: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: secureCookies || request.protocol === 'https',
  };
}

/** Sets the cookie of a new session; it expires with the session. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: StartedSession,
  secureCookies: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    ...cookieOptions(request, secureCookies),
    expires: session.expiresAt,
  });
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  secureCookies: boolean,
): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, secureCookies));
}
