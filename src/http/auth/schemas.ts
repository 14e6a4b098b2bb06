// The shapes of the account API: bodies in, and the only user fields that ever go out.
import { z } from 'zod';
import type { UserRow } from '../../db/repositories/users.ts';
import { LANGS, USER_ROLES } from '../../db/schema.ts';

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  lang: z.enum(LANGS),
  organizationId: z.uuid().nullable(),
  emailVerified: z
    .boolean()
    .describe('false until the e-mail link is followed; unverified users can read but not file'),
});

export type PresentedUser = z.infer<typeof userSchema>;

/** The public view of a user: never the password hash or other internal columns. */
export function presentUser(user: UserRow): PresentedUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    lang: user.lang,
    organizationId: user.organizationId,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

const errorEnvelope = z.object({
  error: z.object({
    code: z.string().describe('stable machine code, e.g. auth.invalid_credentials'),
    message: z.string().describe("in the user's language"),
    details: z
      .array(z.object({ path: z.string(), message: z.string().optional(), code: z.string().optional() }))
      .optional(),
  }),
});

/** Error responses every route may give, in the envelope of plugins/errors.ts. */
export const errorResponses = { '4xx': errorEnvelope, '5xx': errorEnvelope } as const;

export const noContent = z.null().describe('no content');

const email = z.email().max(320);
const newPassword = z.string().max(1024).describe('at least 10 characters, not the e-mail address');
// One line of text: a line break or another control character in a name would forge lines in
// e-mail headers, logs and CSV exports.
const name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^\P{Cc}*$/u, 'no control characters (line breaks, tabs …) in a name');
const lang = z.enum(LANGS);

export const registerBody = z.strictObject({ name, email, password: newPassword, lang: lang.optional() });
export const loginBody = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export const tokenBody = z.strictObject({ token: z.string().min(1).max(200) });
export const resetRequestBody = z.strictObject({ email: z.string().min(1).max(320) });
export const resetConfirmBody = z.strictObject({ token: z.string().min(1).max(200), password: newPassword });
export const setupBody = z.strictObject({ name, email, password: newPassword, lang: lang.optional() });
export const profileBody = z.strictObject({ name: name.optional(), lang: lang.optional() });
export const passwordChangeBody = z.strictObject({ current: z.string().min(1).max(1024), new: newPassword });
export const apiTokenBody = z.strictObject({ name });

export const sessionResponse = z.object({
  user: userSchema.nullable(),
  csrfToken: z
    .string()
    .nullable()
    .describe('send it back in the x-csrf-token header on state-changing calls'),
});
export const loginResponse = z.object({ user: userSchema, csrfToken: z.string() });
export const userResponse = z.object({ user: userSchema });

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('the first characters of the token, to recognise it'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export const issuedApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('the secret, shown only once: send it as "Authorization: Bearer <token>"'),
});
