// R10: a verified customer whose e-mail is an authorized contact of a contract valid today becomes
// a representative of that contract's organization; the audit trail records it (R22).
import type { Db } from '../../db/database.ts';
import { updateAccount } from '../../db/repositories/accounts.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { lockUser, type UserRow } from '../../db/repositories/users.ts';
import { type ContractTerms, checkFilingRight } from '../../domain/contracts/filing-right.ts';
import { DomainError } from '../../domain/errors.ts';
import { contractsListing } from '../contract-terms.ts';

/** Links a verified, unattached customer to the organization whose valid contract lists them; returns the user as it now is. */
export async function linkRepresentative(tx: Db, user: UserRow, now: number): Promise<UserRow> {
  if (!linkable(user)) return user;
  // The row lock makes a concurrent removal of the contact wait, then see this link and undo it.
  const current = await lockUser(tx, user.id);
  if (!current || !linkable(current)) return current ?? user;
  const terms = await contractsListing(tx, current.email);
  if (terms.length === 0) return current;
  let contract: ContractTerms;
  try {
    contract = checkFilingRight(current.email, terms, now);
  } catch (err) {
    if (err instanceof DomainError) return current; // listed, but no contract is valid today
    throw err;
  }
  const linked = await updateAccount(tx, current.id, { organizationId: contract.organizationId });
  // The user's own step (verification, login, filing) links them: they are the actor.
  await recordAudit(tx, {
    actorId: current.id,
    action: 'representative.linked',
    entity: 'user',
    entityId: current.id,
    payload: {
      email: current.email,
      organizationId: contract.organizationId,
      contractId: contract.id,
      contractNumber: contract.number,
    },
    at: new Date(now),
  });
  return linked ?? current;
}

function linkable(user: UserRow): boolean {
  return user.role === 'customer' && user.organizationId === null && user.emailVerifiedAt !== null;
}
