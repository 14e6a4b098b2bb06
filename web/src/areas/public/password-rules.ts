// The server's password rules (src/commands/accounts/passwords.ts), checked before sending so the
// user sees the problem at once; the server checks again and its message wins.
import type { ApiError } from '../../api/client.ts';

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = 'short' | 'isEmail' | null;

/** Which rule a new password breaks, if any: at least 10 characters, not the e-mail address. */
export function checkPassword(password: string, email = ''): PasswordProblem {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'short';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'isEmail';
  return null;
}

const FIELD_OF_CODE: Record<string, string> = {
  'auth.weak_password': 'password',
  'auth.password_is_email': 'password',
  'auth.wrong_password': 'current',
  'auth.email_taken': 'email',
  'auth.invalid_credentials': 'password',
};

/** The form field a server error belongs to (by its code, or by the first validation path), if any. */
export function fieldOfError(error: ApiError): string | null {
  const byCode = FIELD_OF_CODE[error.code];
  if (byCode) return byCode;
  const path = error.details[0]?.path ?? '';
  const name = path.replace(/^[/$.]+/, '').split(/[/.]/)[0];
  return name || null;
}
