// The signed-in user's own account: profile and language (R2), password, API tokens.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issueApiToken, listOwnApiTokens, revokeOwnApiToken } from '../../commands/accounts/api-tokens.ts';
import { changePassword } from '../../commands/accounts/change-password.ts';
import { updateProfile } from '../../commands/accounts/update-profile.ts';
import type { ApiTokenRow } from '../../db/repositories/accounts.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole, SESSION_COOKIE } from '../plugins/auth.ts';
import type { AuthContext } from './context.ts';
import { rateLimited } from './rate-limits.ts';
import {
  apiTokenBody,
  apiTokenSchema,
  errorResponses,
  issuedApiTokenSchema,
  noContent,
  passwordChangeBody,
  presentUser,
  profileBody,
  userResponse,
} from './schemas.ts';

const presentToken = (row: ApiTokenRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** A token cannot mint or revoke tokens: a leaked one must not outlive its revocation. */
async function requireBrowserSession(request: FastifyRequest): Promise<void> {
  if (request.via !== 'session') throw new DomainError('auth.forbidden_session_only');
}

/**
 * The password is changed from a browser session only: a leaked API token must not be a way to
 * guess the current password, nor to replace it.
 */
async function requirePasswordSession(request: FastifyRequest): Promise<void> {
  if (request.via !== 'session') throw new DomainError('auth.forbidden_password_change_session_only');
}

/** PATCH /api/auth/me, POST /api/auth/me/password, GET|POST /api/auth/tokens, DELETE /api/auth/tokens/{id}. */
export function profileRoutes(app: FastifyInstance, { deps, limits }: AuthContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = requireRole();

  r.patch(
    '/api/auth/me',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'Имя и язык интерфейса и писем (ru, en)',
        body: profileBody,
        response: { 200: userResponse, ...errorResponses },
      },
    },
    async (request) => ({ user: presentUser(await updateProfile(deps, request.user!.id, request.body)) }),
  );

  r.post(
    '/api/auth/me/password',
    {
      config: { rateLimit: limits.perIp },
      preHandler: [signedIn, requirePasswordSession],
      schema: {
        tags: ['auth'],
        summary: 'Смена пароля (только из сессии портала); остальные сессии завершаются, токены API остаются',
        description:
          'Неверный текущий пароль считается неудачной попыткой входа в эту учётную запись: после пяти за 15 минут — 429.',
        body: passwordChangeBody,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      // One counter with the login: guessing through this route locks the login, and the reverse.
      const { email } = request.user!;
      const wait = await limits.loginFailures.blockedMinutes(request, email);
      if (wait > 0) throw rateLimited(wait);
      try {
        await changePassword(deps, {
          userId: request.user!.id,
          current: request.body.current,
          next: request.body.new,
          keepSessionToken: request.cookies[SESSION_COOKIE],
        });
      } catch (err) {
        if (err instanceof DomainError && err.code === 'auth.wrong_password') {
          await limits.loginFailures.take(request, email);
        }
        throw err;
      }
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/tokens',
    {
      preHandler: signedIn,
      schema: {
        tags: ['auth'],
        summary: 'Действующие токены API пользователя (без секретов)',
        response: { 200: z.object({ tokens: z.array(apiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ tokens: (await listOwnApiTokens(deps, request.user!.id)).map(presentToken) }),
  );

  r.post(
    '/api/auth/tokens',
    {
      preHandler: [signedIn, requireBrowserSession],
      schema: {
        tags: ['auth'],
        summary: 'Новый токен API; секрет показывается один раз',
        body: apiTokenBody,
        response: { 201: issuedApiTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, token } = await issueApiToken(deps, request.user!.id, request.body.name);
      return reply.code(201).send({ ...presentToken(row), token });
    },
  );

  r.delete(
    '/api/auth/tokens/:id',
    {
      preHandler: [signedIn, requireBrowserSession],
      schema: {
        tags: ['auth'],
        summary: 'Отзыв своего токена API',
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeOwnApiToken(deps, request.user!.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
