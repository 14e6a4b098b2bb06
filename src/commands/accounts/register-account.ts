// Registration (R1): a customer account with a hashed password and a verification link by e-mail.
import { withTransaction } from '../../db/database.ts';
import { insertAccount } from '../../db/repositories/accounts.ts';
import { normalizeEmail, type UserRow } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import type { CommandDeps } from '../deps.ts';
import { auditAccount } from './audit-account.ts';
import { queueEmailLink } from './email-links.ts';
import { checkPasswordPolicy, hashPassword } from './passwords.ts';

export interface RegisterAccountInput {
  name: string;
  email: string;
  password: string;
  lang: Lang;
}

/** Creates an unverified customer and queues the verification e-mail; 'auth.email_taken' when the address is registered. */
export async function registerAccount(deps: CommandDeps, input: RegisterAccountInput): Promise<UserRow> {
  checkPasswordPolicy(input.password, input.email);
  const passwordHash = await hashPassword(input.password); // before the transaction: hashing is slow
  return withTransaction(deps.db, async (tx) => {
    const now = new Date(deps.clock.now());
    const user = await insertAccount(tx, {
      email: input.email,
      name: input.name.trim(),
      role: 'customer',
      lang: input.lang,
      passwordHash,
      createdAt: now,
    });
    if (!user) throw new DomainError('auth.email_taken', { email: normalizeEmail(input.email) });
    await auditAccount(tx, user.id, 'user.registered', now, { email: user.email, lang: user.lang });
    await queueEmailLink(tx, user, 'verify', now);
    return user;
  });
}
