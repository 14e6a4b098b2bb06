// Users of the portal; e-mail addresses are stored lower-cased and are unique.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { type USER_ROLES, users } from '../schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof USER_ROLES)[number];

/** The canonical form of an e-mail address as stored. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a user, or updates the one with the same e-mail (name, role, language, organization). */
export async function upsertUser(db: Db, input: NewUser): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  const [row] = await db
    .insert(users)
    .values({ ...input, email })
    .onConflictDoUpdate({
      target: users.email,
      set: {
        name: input.name,
        role: input.role,
        ...(input.lang ? { lang: input.lang } : {}),
        ...(input.organizationId !== undefined ? { organizationId: input.organizationId } : {}),
        ...(input.passwordHash !== undefined ? { passwordHash: input.passwordHash } : {}),
      },
    })
    .returning();
  if (!row) throw new Error('upsert into users returned no row');
  return row;
}

/** The user with this id, if any. */
export async function getUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The user with this id, locked until the transaction ends (linking and unlinking take turns). */
export async function lockUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/** The user with this e-mail (any letter case), if any. */
export async function getUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row;
}

/** Users, optionally of one role and/or organization, by e-mail. */
export function listUsers(
  db: Db,
  filter: { role?: UserRole; organizationId?: string } = {},
): Promise<UserRow[]> {
  const where: SQL[] = [];
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.organizationId) where.push(eq(users.organizationId, filter.organizationId));
  return db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.email));
}
