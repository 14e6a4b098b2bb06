// The contracts that list an e-mail as an authorized contact, in the shape the filing rule reads (R10).

import type { Db } from '../db/database.ts';
import { findContactsByEmail } from '../db/repositories/organizations.ts';
import type { ContractTerms } from '../domain/contracts/filing-right.ts';

/** Every contract naming `email` as a contact, each with that contact. */
export async function contractsListing(db: Db, email: string): Promise<ContractTerms[]> {
  const found = await findContactsByEmail(db, email);
  return found.map(({ contact, contract }) => ({
    id: contract.id,
    organizationId: contract.organizationId,
    number: contract.number,
    planId: contract.planId,
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    contacts: [{ name: contact.name, email: contact.email }],
  }));
}
