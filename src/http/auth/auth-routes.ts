// The account API (R1, R2, R20, R22): registration, e-mail verification, login and logout,
// password reset, profile, API tokens, and the first administrator's setup.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../clock.ts';
import { preparePasswordChecks } from '../../commands/accounts/passwords.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { langOf, sendError } from '../plugins/errors.ts';
import type { AuthContext } from './context.ts';
import { loginRoutes } from './login-routes.ts';
import { profileRoutes } from './profile-routes.ts';
import { type AuthLimits, DEFAULT_AUTH_LIMITS, registerAuthRateLimits } from './rate-limits.ts';
import { registrationRoutes } from './registration-routes.ts';
import { setupRoutes } from './setup-routes.ts';

export interface AuthRoutesOptions {
  deps: CommandDeps;
  /** Mark the session cookie Secure even on plain-HTTP requests (TLS ends at a proxy). */
  secureCookies?: boolean;
  limits?: AuthLimits;
  /** The clock of the rate-limit windows; default: the commands' clock. */
  limitsClock?: Clock;
}

/** Statuses of the account codes that the shared code-to-status rule does not know. */
const STATUS: Partial<Record<string, number>> = {
  'auth.invalid_credentials': 401,
  'auth.api_token_not_found': 404,
  'auth.email_taken': 409,
  'setup.admin_already_exists': 409,
};

/** Registers the account routes with their own rate limits. */
export async function authRoutes(app: FastifyInstance, opts: AuthRoutesOptions): Promise<void> {
  app.setErrorHandler((err, request, reply) => {
    const status = err instanceof DomainError ? STATUS[err.code] : undefined;
    if (err instanceof DomainError && status) {
      return sendError(reply, status, err.code, err.localize(langOf(request)));
    }
    throw err; // the application's handler answers everything else
  });
  await preparePasswordChecks();
  const context: AuthContext = {
    deps: opts.deps,
    secureCookies: opts.secureCookies ?? false,
    limits: await registerAuthRateLimits(app, opts.limits ?? DEFAULT_AUTH_LIMITS, {
      db: opts.deps.db,
      clock: opts.limitsClock ?? opts.deps.clock,
    }),
  };
  loginRoutes(app, context);
  registrationRoutes(app, context);
  profileRoutes(app, context);
  setupRoutes(app, context);
}
