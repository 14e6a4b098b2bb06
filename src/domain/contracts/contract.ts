// A customer's support contract (R7, R10): its plan, its dates and its authorized representatives.

/** An authorized representative listed in the contract (R10). */
export interface ContractContact {
  name: string;
  email: string;
  phone?: string | null;
  position?: string | null;
}

export interface Contract {
  id: string;
  organizationId: string;
  number: string;
  planId: string;
  validFrom: string; // YYYY-MM-DD, a Moscow date, inclusive
  validTo: string | null; // YYYY-MM-DD, a Moscow date, inclusive; null: open-ended
  contacts: readonly ContractContact[];
}

/** The person in the customer's organization who answers for the contract (signed it, keeps its contacts). */
export interface OrganizationContact {
  name: string;
  email?: string | null;
  phone?: string | null;
}

/** Contract dates are Moscow dates: the vendor's legal time. */
export const CONTRACT_ZONE = 'Europe/Moscow';

/** An e-mail address as contracts compare it: trimmed, case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
