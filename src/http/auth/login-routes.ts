// Logging in and out, and the current session (where the web client reads its CSRF token).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { logIn } from '../../commands/accounts/log-in.ts';
import { logOut } from '../../commands/accounts/log-out.ts';
import { DomainError } from '../../domain/errors.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import type { AuthContext } from './context.ts';
import { rateLimited } from './rate-limits.ts';
import {
  errorResponses,
  loginBody,
  loginResponse,
  noContent,
  presentUser,
  sessionResponse,
} from './schemas.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/session. */
export function loginRoutes(app: FastifyInstance, { deps, secureCookies, limits }: AuthContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      config: { rateLimit: limits.perIp },
      schema: {
        tags: ['auth'],
        summary: 'Вход: новая сессия в cookie srok_session и CSRF-токен',
        body: loginBody,
        response: { 200: loginResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const wait = await limits.loginFailures.blockedMinutes(request, request.body.email);
      if (wait > 0) throw rateLimited(wait);
      try {
        const { user, session } = await logIn(deps, {
          ...request.body,
          replacesToken: request.cookies[SESSION_COOKIE],
        });
        setSessionCookie(request, reply, session, secureCookies);
        return { user: presentUser(user), csrfToken: session.csrfToken };
      } catch (err) {
        if (err instanceof DomainError && err.code === 'auth.invalid_credentials') {
          await limits.loginFailures.take(request, request.body.email);
        }
        throw err;
      }
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Выход: сессия завершается, cookie удаляется',
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.via === 'session') await logOut(deps, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(request, reply, secureCookies);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Текущий пользователь и CSRF-токен сессии (null, если вход не выполнен)',
        response: { 200: sessionResponse, ...errorResponses },
      },
    },
    async (request) => ({
      user: request.user ? presentUser(request.user) : null,
      csrfToken: request.csrfToken,
    }),
  );
}
