// The contracts that list an e-mail as an authorized contact, in the shape the filing rule reads (R10).

import type { Db } from '../db/database.ts';
import {
  type ContactRow,
  type ContractRow,
  findContactsByEmail,
  findUserWithContacts,
  type UserWithContact,
} from '../db/repositories/organizations.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { ContractTerms } from '../domain/contracts/filing-right.ts';
import type { StampedPlan } from './load-plan.ts';

/** Every contract naming `email` as a contact, each with that contact. */
export async function contractsListing(db: Db, email: string): Promise<ContractTerms[]> {
  return (await findContactsByEmail(db, email)).map(toTerms);
}

/** The user filing, the contracts naming them and their plans, read in one query; undefined for no such user. */
export async function requesterWithContracts(db: Db, userId: string): Promise<Requester | undefined> {
  return requesterOf(await findUserWithContacts(db, userId));
}

/** The requester in rows as findUserWithContacts reads them (one per contact); undefined for none. */
export function requesterOf(rows: readonly UserWithContact[]): Requester | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const listed = rows.flatMap(({ contact, contract }) =>
    contact && contract ? [toTerms({ contact, contract })] : [],
  );
  const plans = new Map<string, StampedPlan>();
  for (const { plan, calendarUpdatedAt } of rows) if (plan) plans.set(plan.id, { plan, calendarUpdatedAt });
  return { user: first.user, contracts: listed, plans };
}

export interface Requester {
  user: UserRow;
  contracts: ContractTerms[];
  /** The plans of those contracts, by id, with their calendars' last change. */
  plans: Map<string, StampedPlan>;
}

function toTerms({ contact, contract }: { contact: ContactRow; contract: ContractRow }): ContractTerms {
  return {
    id: contract.id,
    organizationId: contract.organizationId,
    number: contract.number,
    planId: contract.planId,
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    contacts: [{ name: contact.name, email: contact.email }],
  };
}
