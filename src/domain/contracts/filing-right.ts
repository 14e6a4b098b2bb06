// Who may file a ticket (R10): an authorized contact of a contract that is valid today.
import { DomainError } from '../errors.ts';
import { formatIsoDate } from '../time/days.ts';
import { getZone } from '../time/zone.ts';

export interface ContractContact {
  name: string;
  email: string;
  phone?: string | null;
  position?: string | null;
}

export interface ContractTerms {
  id: string;
  organizationId: string;
  number: string;
  planId: string;
  validFrom: string; // YYYY-MM-DD, Moscow dates, inclusive
  validTo: string | null; // null: open-ended
  contacts: readonly ContractContact[];
}

/** Contract dates are Moscow dates: the vendor's legal time. */
const CONTRACT_ZONE = 'Europe/Moscow';

/** The contract under which `email` may file now, or a DomainError saying why not and whom to ask. */
export function checkFilingRight(
  email: string,
  contracts: readonly ContractTerms[],
  now: number,
): ContractTerms {
  const wanted = email.trim().toLowerCase();
  const listed = contracts.filter((c) => c.contacts.some((p) => p.email.trim().toLowerCase() === wanted));
  if (listed.length === 0) throw new DomainError('ticket.not_authorized_contact', { email: wanted });
  const today = contractToday(now);
  const valid = listed.filter((c) => c.validFrom <= today && (c.validTo === null || today <= c.validTo));
  if (valid.length > 0) return [...valid].sort((a, b) => a.number.localeCompare(b.number))[0]!;
  const latest = [...listed].sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'))[0]!;
  throw new DomainError('ticket.contract_not_valid', {
    number: latest.number,
    from: latest.validFrom,
    to: latest.validTo ?? '—',
  });
}

/** Today's Moscow date for contract checks. */
export function contractToday(now: number): string {
  return formatIsoDate(Math.floor(getZone(CONTRACT_ZONE).utcToLocal(now) / 86_400_000));
}
