// Who may file a ticket (R10): an authorized contact of a contract that is valid today.
import { DomainError } from '../errors.ts';
import { formatIsoDate } from '../time/days.ts';
import { getZone } from '../time/zone.ts';
import { CONTRACT_ZONE, type Contract, normalizeEmail, type OrganizationContact } from './contract.ts';

export type { Contract, ContractContact, OrganizationContact } from './contract.ts';

/** The same shape as Contract, under the name the command layer imports. */
export type ContractTerms = Contract;

/**
 * The contract under which `email` may file at `now`, or a DomainError saying why not and whom to ask:
 * 'ticket.not_authorized_contact' (not listed in any contract: the portal administrator adds contacts
 * at the request of the person who answers for the contract) or 'ticket.contract_expired' (listed, but
 * no contract is valid on today's Moscow date: the person who signed it renews it). With `askPerson`
 * the message names that person ('…_ask_person' codes).
 */
export function checkFilingRight(
  email: string,
  contracts: readonly Contract[],
  now: number,
  askPerson?: OrganizationContact,
): Contract {
  const wanted = normalizeEmail(email);
  const person = askPerson ? describePerson(askPerson) : null;
  const listed = contracts.filter((c) => c.contacts.some((p) => normalizeEmail(p.email) === wanted));
  if (listed.length === 0) {
    throw person
      ? new DomainError('ticket.not_authorized_ask_person', { email: wanted, person })
      : new DomainError('ticket.not_authorized_contact', { email: wanted });
  }
  const today = contractToday(now);
  const valid = listed.filter((c) => c.validFrom <= today && (c.validTo === null || today <= c.validTo));
  // Several valid contracts: the most recent one, then by number, so the answer never depends on order.
  const newestFirst = (a: Contract, b: Contract) =>
    b.validFrom.localeCompare(a.validFrom) || a.number.localeCompare(b.number);
  const chosen = [...valid].sort(newestFirst)[0];
  if (chosen) return chosen;
  const nearest = [...listed].sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'))[0]!;
  const params = { number: nearest.number, from: nearest.validFrom, to: nearest.validTo ?? '—', today };
  throw person
    ? new DomainError('ticket.contract_expired_ask_person', { ...params, person })
    : new DomainError('ticket.contract_expired', params);
}

/** Today's Moscow date (YYYY-MM-DD) for contract checks. */
export function contractToday(now: number): string {
  return formatIsoDate(Math.floor(getZone(CONTRACT_ZONE).utcToLocal(now) / 86_400_000));
}

function describePerson(p: OrganizationContact): string {
  const reach = [p.email, p.phone].filter((x): x is string => Boolean(x?.trim()));
  return reach.length > 0 ? `${p.name.trim()} (${reach.join(', ')})` : p.name.trim();
}
