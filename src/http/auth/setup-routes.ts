// The setup page of a fresh installation: the first administrator, once.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFirstAdmin, needsFirstAdmin } from '../../commands/accounts/create-first-admin.ts';
import { startSession } from '../../commands/accounts/start-session.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import type { AuthContext } from './context.ts';
import { errorResponses, loginResponse, presentUser, setupBody } from './schemas.ts';
import { setSessionCookie } from './session-cookie.ts';

/** GET /api/setup, POST /api/setup. */
export function setupRoutes(app: FastifyInstance, { deps, secureCookies, limits }: AuthContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Нужно ли создать первого администратора',
        response: { 200: z.object({ needsAdmin: z.boolean() }), ...errorResponses },
      },
    },
    async () => ({ needsAdmin: await needsFirstAdmin(deps) }),
  );

  r.post(
    '/api/setup',
    {
      config: { rateLimit: limits.perIp },
      schema: {
        tags: ['setup'],
        summary: 'Первый администратор (только пока его нет) и вход под ним',
        body: setupBody,
        response: { 201: loginResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { lang, ...rest } = request.body;
      const user = await createFirstAdmin(deps, { ...rest, lang: lang ?? langOf(request) });
      const session = await startSession(deps, user.id, request.cookies[SESSION_COOKIE]);
      setSessionCookie(request, reply, session, secureCookies);
      return reply.code(201).send({ user: presentUser(user), csrfToken: session.csrfToken });
    },
  );
}
