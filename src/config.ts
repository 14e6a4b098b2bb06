// Every environment variable Srok reads, validated once at start-up with a readable error.
import { isIP } from 'node:net';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  SROK_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  SROK_FILES_DIR: z.string().min(1).optional(), // default: <SROK_DATA_DIR>/files
  SROK_MAX_UPLOAD_MB: z.coerce.number().positive().max(10_240).default(100),
  SROK_TEST_CLOCK: z.enum(['0', '1']).default('0'),
  SROK_ADMIN_EMAIL: z.string().email().optional(),
  SROK_ADMIN_PASSWORD: z.string().min(10).optional(),
  SROK_PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'smtp://user:pass@host:587 or smtps://…')
    .optional(), // none: the dev mailbox
  MAIL_FROM: z.string().trim().min(3).default('Срок <noreply@localhost>'),
  SROK_WEB_DIR: z.string().min(1).optional(), // the built portal; default dist/web
  // Per-user requests a minute on the ticket API: reading, and filing or acting.
  SROK_RATE_LIMIT_READ: z.coerce.number().int().positive().default(600),
  SROK_RATE_LIMIT_WRITE: z.coerce.number().int().positive().default(120),
  // Days a delivered notice's outbox row and a development-mailbox mail are kept. The outbox's
  // floor outlasts the longest holiday a held alert may wait through, whose delivery still asks
  // which rows its event wrote.
  SROK_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(14).max(3650).default(30),
  SROK_MAILBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Behind a reverse proxy: which proxies' X-Forwarded-For/-Proto to believe (Fastify's trustProxy).
  SROK_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => parseTrustProxy(value, ctx)),
  // Session cookies marked Secure; default: when SROK_PUBLIC_URL is https://.
  SROK_SECURE_COOKIES: z.enum(['0', '1']).optional(),
  // When set, GET /metrics asks for "Authorization: Bearer <this token>".
  SROK_METRICS_TOKEN: z.string().trim().min(16, 'at least 16 characters').optional(),
});

/** Off ('', '0', 'false'), 'true' (every proxy), a hop count, or a comma list of addresses/CIDRs. */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): boolean | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isProxyAddress(entry));
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `'true', a hop count, or addresses/CIDRs separated by commas (not: ${bad.join(', ')})`,
    });
    return z.NEVER;
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true; // proxy-addr's names
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

export type Config = Omit<z.infer<typeof schema>, 'SROK_SECURE_COOKIES'> & {
  /** Resolved: forced by SROK_SECURE_COOKIES, else whether SROK_PUBLIC_URL is https. */
  SROK_SECURE_COOKIES: boolean;
};

/** Parses the environment; throws an Error listing every bad variable by name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) {
    if (parsed.data.SROK_TEST_CLOCK === '1' && parsed.data.NODE_ENV === 'production') {
      throw new Error(
        'SROK_TEST_CLOCK=1 нельзя включать при NODE_ENV=production (the test clock is refused in production)',
      );
    }
    const { SROK_SECURE_COOKIES: secure, ...rest } = parsed.data;
    return {
      ...rest,
      SROK_SECURE_COOKIES:
        secure === undefined ? (rest.SROK_PUBLIC_URL?.startsWith('https://') ?? false) : secure === '1',
    };
  }
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Неверная конфигурация (invalid configuration):\n${lines.join('\n')}`);
}
