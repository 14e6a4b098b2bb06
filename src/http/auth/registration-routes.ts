// Registration, e-mail verification and password reset: the routes anyone may call.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAccount } from '../../commands/accounts/register-account.ts';
import { requestPasswordReset } from '../../commands/accounts/request-password-reset.ts';
import { resendVerification } from '../../commands/accounts/resend-verification.ts';
import { resetPassword } from '../../commands/accounts/reset-password.ts';
import { verifyEmail } from '../../commands/accounts/verify-email.ts';
import { requireRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import type { AuthContext } from './context.ts';
import {
  errorResponses,
  noContent,
  presentUser,
  registerBody,
  resetConfirmBody,
  resetRequestBody,
  tokenBody,
  userResponse,
} from './schemas.ts';

/** POST /api/auth/register, /verify, /verify/resend, /password-reset, /password-reset/confirm. */
export function registrationRoutes(app: FastifyInstance, { deps, limits }: AuthContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: limits.perIp };

  r.post(
    '/api/auth/register',
    {
      config,
      schema: {
        tags: ['auth'],
        summary: 'Регистрация: учётная запись и письмо со ссылкой подтверждения (48 часов)',
        body: registerBody,
        response: { 201: userResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { lang, ...rest } = request.body;
      const user = await registerAccount(deps, { ...rest, lang: lang ?? langOf(request) });
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  r.post(
    '/api/auth/verify',
    {
      config,
      schema: {
        tags: ['auth'],
        summary:
          'Подтверждение адреса; уполномоченный контакт договора становится представителем организации (R10)',
        body: tokenBody,
        response: { 200: userResponse, ...errorResponses },
      },
    },
    async (request) => ({ user: presentUser(await verifyEmail(deps, request.body.token)) }),
  );

  r.post(
    '/api/auth/verify/resend',
    {
      config,
      preHandler: requireRole(),
      schema: {
        tags: ['auth'],
        summary: 'Новая ссылка подтверждения адреса для вошедшего пользователя',
        response: { 202: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await resendVerification(deps, request.user!.id);
      return reply.code(202).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset',
    {
      config,
      schema: {
        tags: ['auth'],
        summary: 'Сброс пароля: письмо со ссылкой (2 часа); ответ одинаков для любого адреса',
        body: resetRequestBody,
        response: { 202: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (await limits.resetMails.take(request, request.body.email))
        await requestPasswordReset(deps, request.body.email);
      return reply.code(202).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/confirm',
    {
      config,
      schema: {
        tags: ['auth'],
        summary: 'Новый пароль по ссылке сброса; все сессии завершаются',
        body: resetConfirmBody,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await resetPassword(deps, request.body);
      return reply.code(204).send(null);
    },
  );
}
