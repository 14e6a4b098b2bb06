// The password policy and hashing: Argon2id (the default algorithm of @node-rs/argon2, here with
// its default costs: 19 MiB, 2 passes), so a leaked database does not reveal passwords.
import { hash, verify } from '@node-rs/argon2';
import { normalizeEmail } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';

export const MIN_PASSWORD_LENGTH = 10;

/** Throws a DomainError naming the broken rule: at least 10 characters, not the e-mail address. */
export function checkPasswordPolicy(password: string, email: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('auth.weak_password', { min: MIN_PASSWORD_LENGTH });
  }
  if (password.trim().toLowerCase() === normalizeEmail(email))
    throw new DomainError('auth.password_is_email');
}

/** The Argon2id hash of a password, as a PHC string with its own salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash ahead, so even the first check of an unknown account takes the usual time. */
export function preparePasswordChecks(): Promise<string> {
  dummyHash ??= hash('srok: no such account, only the timing matters');
  return dummyHash;
}

/**
 * Whether the password matches the stored hash. Without a hash (unknown account, or one with no
 * password) a dummy hash is checked instead, so both answers take the same time.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const dummy = await preparePasswordChecks();
  const against = stored ?? dummy;
  const ok = await verify(against, password).catch(() => false);
  return ok && stored != null;
}
