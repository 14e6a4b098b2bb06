// Customer organizations, their contracts and the contracts' authorized contacts (R10).
import { asc, eq, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { batched, batcherPerDb } from '../batcher.ts';
import type { Db } from '../database.ts';
import { prepared } from '../prepared.ts';
import { calendars, contacts, contracts, organizations, plans, users } from '../schema.ts';
import { normalizeEmail, type UserRow } from './users.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type NewContract = typeof contracts.$inferInsert;
export type NewContact = typeof contacts.$inferInsert;

/** A contact together with the contract that authorizes it. */
export interface ContactWithContract {
  contact: ContactRow;
  contract: ContractRow;
}

/** Creates an organization, or renames the one with the given id. */
export async function upsertOrganization(
  db: Db,
  input: { id?: string; name: string },
): Promise<OrganizationRow> {
  const [row] = await db
    .insert(organizations)
    .values(input)
    .onConflictDoUpdate({ target: organizations.id, set: { name: input.name } })
    .returning();
  if (!row) throw new Error('upsert into organizations returned no row');
  return row;
}

/** The organization with this id, if any. */
export async function getOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Every organization, by name. */
export function listOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.select().from(organizations).orderBy(asc(organizations.name), asc(organizations.id));
}

/** Creates a contract, or updates the one with the same number. */
export async function upsertContract(db: Db, input: NewContract): Promise<ContractRow> {
  const { id: _id, ...changes } = input;
  const [row] = await db
    .insert(contracts)
    .values(input)
    .onConflictDoUpdate({ target: contracts.number, set: changes })
    .returning();
  if (!row) throw new Error('upsert into contracts returned no row');
  return row;
}

/** The contract with this id, if any. */
export async function getContract(db: Db, id: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.id, id));
  return row;
}

/** The contract with this number, if any. */
export async function getContractByNumber(db: Db, number: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.number, number));
  return row;
}

/** An organization's contracts, by number. */
export function listContracts(db: Db, organizationId: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(eq(contracts.organizationId, organizationId))
    .orderBy(asc(contracts.number));
}

/** Creates a contact, or replaces the one with the given id; the e-mail is stored lower-cased. */
export async function upsertContact(db: Db, input: NewContact): Promise<ContactRow> {
  const value = { ...input, email: normalizeEmail(input.email) };
  const { id: _id, ...changes } = value;
  const [row] = await db
    .insert(contacts)
    .values(value)
    .onConflictDoUpdate({ target: contacts.id, set: changes })
    .returning();
  if (!row) throw new Error('upsert into contacts returned no row');
  return row;
}

/** Removes a contact; returns it as it was, or undefined when there was none. */
export async function deleteContact(db: Db, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.delete(contacts).where(eq(contacts.id, id)).returning();
  return row;
}

/** A contract's contacts, by name. */
export function listContacts(db: Db, contractId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(eq(contacts.contractId, contractId))
    .orderBy(asc(contacts.name), asc(contacts.id));
}

/** Every contact with this e-mail (any letter case) and the contract each belongs to (R10). */
export interface UserWithContact {
  user: UserRow;
  contact: ContactRow | null;
  contract: ContractRow | null;
  plan: typeof plans.$inferSelect | null;
  calendarUpdatedAt: Date | null;
}

/** What a query on users selects to read the contracts naming the user (with withUserContracts). */
export const userContractColumns = {
  user: users,
  contact: contacts,
  contract: contracts,
  plan: plans,
  calendarUpdatedAt: calendars.updatedAt,
};

/** Joins, to a query on users, every contract listing the user's e-mail, its plan and calendar. */
export function withUserContracts<Q extends PgSelect>(query: Q) {
  return query
    .leftJoin(contacts, eq(contacts.email, users.email))
    .leftJoin(contracts, eq(contacts.contractId, contracts.id))
    .leftJoin(plans, eq(plans.id, contracts.planId))
    .leftJoin(calendars, eq(calendars.id, plans.calendarId));
}

/**
 * A user and every contract listing their e-mail as a contact, with each contract's plan and its
 * calendar's last change, in one query (the filing hot path):
 * one row per contact, or one row with null contact and contract when there is none.
 */
export function findUserWithContacts(db: Db, userId: string): Promise<UserWithContact[]> {
  return findUsersWithContactsSoon(db, userId);
}

// Every filing reads its requester: concurrent reads go as one query.
const findUsersWithContactsSoon = batcherPerDb((db: Db) =>
  batched(
    async (userIds: readonly string[]) => {
      const query = prepared(db, 'srok_users_with_contacts', (db, name) =>
        withUserContracts(db.select(userContractColumns).from(users).$dynamic())
          .where(sql`${users.id} = any(${sql.placeholder('userIds')}::uuid[])`)
          .orderBy(asc(contracts.number))
          .prepare(name),
      );
      const rows = await query.execute({ userIds: [...new Set(userIds)] });
      return userIds.map((id) => rows.filter((r) => r.user.id === id));
    },
    { maxBatch: 100 },
  ),
);

export async function findContactsByEmail(db: Db, email: string): Promise<ContactWithContract[]> {
  return db
    .select({ contact: contacts, contract: contracts })
    .from(contacts)
    .innerJoin(contracts, eq(contacts.contractId, contracts.id))
    .where(eq(contacts.email, normalizeEmail(email)))
    .orderBy(asc(contracts.number));
}
