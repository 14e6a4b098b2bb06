// Account commands on PGlite and PostgreSQL: the password policy, one-time links, R10 linking,
// the first administrator.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { listContracts, upsertContact, upsertContract } from '../../db/repositories/organizations.ts';
import { getUserByEmail, getUserById } from '../../db/repositories/users.ts';
import { auditLog, emailTokens, outbox, users } from '../../db/schema.ts';
import { describeDatabases } from '../../db/test-database.ts';
import type { CommandDeps } from '../deps.ts';
import { buildWorld } from '../test-world.ts';
import { createFirstAdmin } from './create-first-admin.ts';
import { ensureFirstAdmin } from './ensure-first-admin.ts';
import { logIn } from './log-in.ts';
import { checkPasswordPolicy, verifyPassword } from './passwords.ts';
import { registerAccount } from './register-account.ts';
import { codeOf, linkTokenFor } from './test-support.ts';
import { verifyEmail } from './verify-email.ts';

const NOW = Date.UTC(2026, 2, 2, 6); // Monday 2 March 2026, 09:00 Moscow
const HOUR = 3_600_000;
const newEmail = () => `user-${randomUUID().slice(0, 8)}@example.ru`;

it.each([
  ['short', 'a@b.ru', 'auth.weak_password'],
  ['123456789', 'a@b.ru', 'auth.weak_password'],
  ['пароль1234', 'a@b.ru', 'no error'], // ten letters, counted as characters not bytes
  ['Long@Example.RU', 'long@example.ru', 'auth.password_is_email'],
  ['correct horse battery', 'a@b.ru', 'no error'],
])('password %j for %s: %s', async (password, email, code) => {
  expect(await codeOf((async () => checkPasswordPolicy(password, email))())).toBe(code);
});

describeDatabases('account commands', (suite) => {
  const setup = async () => {
    const database = await suite.create();
    const world = await buildWorld(database.db, NOW);
    return { db: database.db, world, deps: world.deps, clock: world.clock };
  };

  it('registers with an Argon2id hash and queues a 48-hour verification link', async () => {
    const { db, deps } = await setup();
    const email = newEmail();
    const user = await registerAccount(deps, {
      name: 'Пётр',
      email,
      password: 'надёжный пароль',
      lang: 'ru',
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(await verifyPassword(user.passwordHash, 'надёжный пароль')).toBe(true);
    expect(await verifyPassword(user.passwordHash, 'чужой пароль!')).toBe(false);
    const token = await linkTokenFor(db, email, 'auth.verify_email');
    const [stored] = await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored?.tokenHash).not.toBe(token); // only the hash is kept
    expect(stored?.expiresAt.getTime()).toBe(NOW + 48 * HOUR);
    const [message] = await db.select().from(outbox).where(eq(outbox.recipientUserId, user.id));
    expect(message?.availableAt.getTime()).toBe(NOW);
    expect(
      await codeOf(registerAccount(deps, { name: 'Двойник', email, password: 'другой пароль', lang: 'en' })),
    ).toBe('auth.email_taken');
  });

  it('verifies once; a used or expired link says so', async () => {
    const { db, deps, clock } = await setup();
    const first = newEmail();
    await registerAccount(deps, { name: 'Первый', email: first, password: 'надёжный пароль', lang: 'ru' });
    const token = await linkTokenFor(db, first, 'auth.verify_email');
    expect((await verifyEmail(deps, token)).emailVerifiedAt?.getTime()).toBe(NOW);
    expect(await codeOf(verifyEmail(deps, token))).toBe('auth.token_used');
    expect(await codeOf(verifyEmail(deps, 'no-such-token'))).toBe('auth.token_invalid');

    const late = newEmail();
    await registerAccount(deps, { name: 'Поздний', email: late, password: 'надёжный пароль', lang: 'ru' });
    const lateToken = await linkTokenFor(db, late, 'auth.verify_email');
    clock.advance(48 * HOUR);
    expect(await codeOf(verifyEmail(deps, lateToken))).toBe('auth.token_expired');
    expect((await getUserByEmail(db, late))?.emailVerifiedAt).toBeNull();
  });

  it('links an authorized contact of a valid contract to its organization on verification (R10)', async () => {
    const { db, deps, world } = await setup();
    const [contract] = await listContracts(db, world.organizationId);
    const listed = newEmail();
    await upsertContact(db, { contractId: contract!.id, name: 'Новый представитель', email: listed });
    await registerAccount(deps, { name: 'Новый', email: listed, password: 'надёжный пароль', lang: 'ru' });
    const linked = await verifyEmail(deps, await linkTokenFor(db, listed, 'auth.verify_email'));
    expect(linked).toMatchObject({ role: 'customer', organizationId: world.organizationId });

    const stranger = newEmail();
    await registerAccount(deps, { name: 'Чужой', email: stranger, password: 'надёжный пароль', lang: 'ru' });
    const unlinked = await verifyEmail(deps, await linkTokenFor(db, stranger, 'auth.verify_email'));
    expect(unlinked.organizationId).toBeNull();
  });

  it('does not link a contact whose contract has ended', async () => {
    const { db, deps, world } = await setup();
    const ended = await upsertContract(db, {
      organizationId: world.organizationId,
      number: `Д-старый-${randomUUID().slice(0, 6)}`,
      planId: world.planId,
      validFrom: '2020-01-01',
      validTo: '2025-12-31',
    });
    const email = newEmail();
    await upsertContact(db, { contractId: ended.id, name: 'Бывший', email });
    await registerAccount(deps, { name: 'Бывший', email, password: 'надёжный пароль', lang: 'ru' });
    const user = await verifyEmail(deps, await linkTokenFor(db, email, 'auth.verify_email'));
    expect(user.organizationId).toBeNull();
  });

  it('creates the first administrator from the configuration once, and never again', async () => {
    const database = await suite.create();
    const deps: CommandDeps = { db: database.db, clock: new ManualClock(NOW) };
    const email = newEmail();
    const made = await ensureFirstAdmin(deps, { email, password: 'пароль администратора' });
    expect(made.created).toBe(true);
    const admin = await getUserById(database.db, made.userId!);
    expect(admin).toMatchObject({ role: 'admin', email });
    expect(admin?.emailVerifiedAt?.getTime()).toBe(NOW);
    expect(await verifyPassword(admin?.passwordHash, 'пароль администратора')).toBe(true);
    const audited = await database.db.select().from(auditLog).where(eq(auditLog.entityId, admin!.id));
    expect(audited.map((r) => [r.action, r.actorId])).toEqual([['user.registered', admin!.id]]);
    const again = await ensureFirstAdmin(deps, { email, password: 'другой пароль админа' });
    expect(again.created).toBe(false);
    expect(
      await verifyPassword(
        (await getUserById(database.db, admin!.id))?.passwordHash,
        'пароль администратора',
      ),
    ).toBe(true);
    expect(
      await codeOf(
        createFirstAdmin(deps, { name: 'Второй', email: newEmail(), password: 'пароль второго', lang: 'ru' }),
      ),
    ).toBe('setup.admin_already_exists');
  });

  it('lets only one of two simultaneous setups create an administrator', async () => {
    const database = await suite.create();
    const deps: CommandDeps = { db: database.db, clock: new ManualClock(NOW) };
    const attempt = () =>
      codeOf(
        createFirstAdmin(deps, {
          name: 'Админ',
          email: newEmail(),
          password: 'пароль администратора',
          lang: 'ru',
        }),
      );
    const codes = await Promise.all([attempt(), attempt()]);
    expect(codes.sort()).toEqual(['no error', 'setup.admin_already_exists']);
    expect(await database.db.select().from(users).where(eq(users.role, 'admin'))).toHaveLength(1);
  });

  it('links at login a verified user whose address was added to a contract later (R10)', async () => {
    const { db, deps, world } = await setup();
    const email = newEmail();
    await registerAccount(deps, { name: 'Поздний контакт', email, password: 'надёжный пароль', lang: 'ru' });
    await verifyEmail(deps, await linkTokenFor(db, email, 'auth.verify_email'));
    const [contract] = await listContracts(db, world.organizationId);
    await upsertContact(db, { contractId: contract!.id, name: 'Поздний контакт', email });
    const { user, session } = await logIn(deps, { email, password: 'надёжный пароль' });
    expect(user.organizationId).toBe(world.organizationId);
    expect(session.expiresAt.getTime()).toBe(NOW + 14 * 24 * HOUR);
    expect(await codeOf(logIn(deps, { email, password: 'не тот пароль' }))).toBe('auth.invalid_credentials');
  });

  it('makes an existing account the configured administrator when there is none', async () => {
    const database = await suite.create();
    const deps: CommandDeps = { db: database.db, clock: new ManualClock(NOW) };
    const email = newEmail();
    const user = await registerAccount(deps, { name: 'Ирина', email, password: 'старый пароль', lang: 'en' });
    const made = await ensureFirstAdmin(deps, {
      email: email.toUpperCase(),
      password: 'пароль администратора',
    });
    expect(made).toEqual({ created: true, userId: user.id });
    const admin = await getUserById(database.db, user.id);
    expect(admin).toMatchObject({ role: 'admin', name: 'Ирина', lang: 'en' });
    expect(admin?.emailVerifiedAt).not.toBeNull();
  });
});
