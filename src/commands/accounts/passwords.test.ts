// An unknown account costs the same Argon2id verification as a wrong password, so timing does not
// tell which addresses are registered.
import * as argon2 from '@node-rs/argon2';
import { beforeEach, expect, it, vi } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

beforeEach(() => {
  vi.mocked(argon2.verify).mockClear();
});

it.each([
  ['a wrong password', true, 'не тот пароль', false],
  ['an unknown account or one without a password', false, 'любой пароль', false],
  ['the right password', true, 'верный пароль 2026', true],
])('runs exactly one Argon2id verification for %s', async (_case, withHash, password, expected) => {
  const stored = withHash ? await hashPassword('верный пароль 2026') : null;
  expect(await verifyPassword(stored, password)).toBe(expected);
  expect(argon2.verify).toHaveBeenCalledTimes(1);
  expect(vi.mocked(argon2.verify).mock.calls[0]?.[0]).toMatch(/^\$argon2id\$v=19\$/);
});
