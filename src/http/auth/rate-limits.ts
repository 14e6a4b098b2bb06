// Limits on the public account routes: per client address (every call counts) and per account
// e-mail (only failed logins and wrong current passwords, and reset e-mails, count), so guessing
// passwords is slow both ways. The client address is the socket's, or with trustProxy the one the
// trusted proxies name in X-Forwarded-For.
// The counters are in the database: instances sharing it share the limits.
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandDeps } from '../../commands/deps.ts';
import { normalizeEmail } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';

export interface Limit {
  max: number;
  windowMs: number;
}

export interface AuthLimits {
  /** Calls of each public route (register, login, reset …) from one address. */
  perIp: Limit;
  /** Failed logins, and wrong current passwords on a password change, for one account, from anywhere. */
  loginFailures: Limit;
  /** Reset e-mails for one address (more requests are answered alike but send nothing). */
  resetMails: Limit;
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  perIp: { max: 10, windowMs: 60_000 },
  loginFailures: { max: 5, windowMs: 15 * 60_000 },
  resetMails: { max: 3, windowMs: 60 * 60_000 },
};

/** A counter keyed by an account's e-mail address (as typed: it is normalized here). */
export interface AccountLimiter {
  /** Minutes until the address may be tried again; 0 when it may be now. Counts nothing. */
  blockedMinutes(request: FastifyRequest, email: string): Promise<number>;
  /** Counts one event; false once the limit is passed. */
  take(request: FastifyRequest, email: string): Promise<boolean>;
}

export interface AuthRateLimits {
  /** Route config: `config: { rateLimit: perIp }`. */
  perIp: RateLimitOptions;
  loginFailures: AccountLimiter;
  resetMails: AccountLimiter;
}

const minutesOf = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs / 60_000));

/** The error of every refused call: 429 'auth.rate_limited' with the wait in minutes. */
export function rateLimited(minutes: number): DomainError {
  return new DomainError('auth.rate_limited', { minutes });
}

/** Registers @fastify/rate-limit in this plugin only (global: false) and builds the limiters. */
export async function registerAuthRateLimits(
  app: FastifyInstance,
  limits: AuthLimits,
  deps: CommandDeps,
): Promise<AuthRateLimits> {
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(deps), // shared by every instance on the database
    errorResponseBuilder: (_request, context) => rateLimited(minutesOf(context.ttl)),
  });
  const byEmail = (scope: string, limit: Limit): AccountLimiter => {
    // The plugin's check keys a request, so the account being counted travels with it.
    const accounts = new WeakMap<FastifyRequest, string>();
    const check = app.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: (request) => `${scope}:${accounts.get(request)}`,
    });
    return {
      blockedMinutes: async (request, email) => {
        accounts.set(request, normalizeEmail(email));
        const state = await check(request, { increment: false });
        return !state.isAllowed && state.remaining <= 0 ? minutesOf(state.ttl) : 0;
      },
      take: async (request, email) => {
        accounts.set(request, normalizeEmail(email));
        const state = await check(request);
        return state.isAllowed || !state.isExceeded;
      },
    };
  };
  return {
    perIp: { max: limits.perIp.max, timeWindow: limits.perIp.windowMs },
    loginFailures: byEmail('login-failures', limits.loginFailures),
    resetMails: byEmail('reset-mails', limits.resetMails),
  };
}
