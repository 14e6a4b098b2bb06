// Who is calling: a session cookie (browser; CSRF token required on state-changing calls) or a
// Bearer API token (integrations). Routes declare the roles they allow.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { UserWithContact } from '../../db/repositories/organizations.ts';
import { findApiTokenCaller, findSession, type SessionUser } from '../../db/repositories/sessions.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/tickets/types.ts';

export const SESSION_COOKIE = 'srok_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type UserRole = SessionUser['role'];

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    /** How the user authenticated: cookie sessions need CSRF tokens, Bearer tokens do not. */
    via: 'session' | 'token' | null;
    csrfToken: string | null;
    /** With a Bearer token: the contracts naming the caller, read with the token (filing uses them). */
    callerContracts: UserWithContact[] | null;
  }
  interface FastifyContextConfig {
    /** The route checks its own Authorization header (GET /metrics); this plugin leaves it alone. */
    ownAuthorization?: boolean;
  }
}

export interface AuthOptions {
  db: Db;
  clock: Clock;
}

export const authPlugin = fp(async (app: FastifyInstance, opts: AuthOptions) => {
  app.decorateRequest('user', null);
  app.decorateRequest('via', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('callerContracts', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.ownAuthorization) return;
    const now = new Date(opts.clock.now());
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const caller = await findApiTokenCaller(opts.db, bearer, now);
      if (!caller) throw new DomainError('auth.unauthenticated');
      request.user = caller.user;
      request.via = 'token';
      request.callerContracts = caller.contracts;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSession(opts.db, token, now);
    if (!found) return;
    request.user = found.user;
    request.via = 'session';
    request.csrfToken = found.session.csrfToken;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== found.session.csrfToken) {
      throw new DomainError('auth.csrf');
    }
  });
});

/** A preHandler that admits only signed-in users with one of the roles (any role when none given). */
export function requireRole(...roles: UserRole[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.user) throw new DomainError('auth.unauthenticated');
    if (roles.length > 0 && !roles.includes(request.user.role)) throw new DomainError('auth.forbidden');
  };
}

/** The domain actor of a signed-in request. */
export function actorOf(request: FastifyRequest): Actor & { userId: string } {
  if (!request.user) throw new DomainError('auth.unauthenticated');
  return { userId: request.user.id, role: request.user.role };
}

export const SUPPORT_ROLES: UserRole[] = ['engineer', 'lead', 'admin'];
