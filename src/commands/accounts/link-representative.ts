// R10: a verified customer whose e-mail is an authorized contact of a contract valid today becomes
// a representative of that contract's organization.
import type { Db } from '../../db/database.ts';
import { updateAccount } from '../../db/repositories/accounts.ts';
import type { UserRow } from '../../db/repositories/users.ts';
import { type ContractTerms, checkFilingRight } from '../../domain/contracts/filing-right.ts';
import { DomainError } from '../../domain/errors.ts';
import { contractsListing } from '../contract-terms.ts';

/** Links a verified, unattached customer to the organization whose valid contract lists them; returns the user as it now is. */
export async function linkRepresentative(tx: Db, user: UserRow, now: number): Promise<UserRow> {
  if (user.role !== 'customer' || user.organizationId !== null || user.emailVerifiedAt === null) return user;
  const terms = await contractsListing(tx, user.email);
  if (terms.length === 0) return user;
  let contract: ContractTerms;
  try {
    contract = checkFilingRight(user.email, terms, now);
  } catch (err) {
    if (err instanceof DomainError) return user; // listed, but no contract is valid today
    throw err;
  }
  return (await updateAccount(tx, user.id, { organizationId: contract.organizationId })) ?? user;
}
