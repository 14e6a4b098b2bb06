// Setup the browser scenarios need but do not test: the administrator creates an organization with
// a contract and its authorized contact, and staff accounts, over the API; the development mailbox
// gives the links the portal e-mails.
import type { ApiClient } from './api-client.ts';

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** A person with a unique address (one fresh database per file, but addresses stay readable). */
export function person(name: string, tag: string): Person {
  const stamp = Date.now().toString(36);
  return { name, email: `${tag}-${stamp}@example.com`, password: `Пароль-${tag}-2026!` };
}

export interface Customer {
  organizationId: string;
  contractId: string;
  contractNumber: string;
}

/** An organization with a contract on the standard plan, valid from 2020 with no end, listing `contact`. */
export async function createCustomer(
  admin: ApiClient,
  organization: string,
  contact: Person,
): Promise<Customer> {
  const org = await admin.post<{ id: string }>('/api/organizations', { name: organization });
  const contractNumber = `Д-${Date.now().toString(36).toUpperCase()}`;
  const contract = await admin.post<{ id: string }>('/api/contracts', {
    organizationId: org.id,
    number: contractNumber,
    planId: 'standard',
    validFrom: '2020-01-01',
    validTo: null,
  });
  await admin.post(`/api/contracts/${contract.id}/contacts`, { name: contact.name, email: contact.email });
  return { organizationId: org.id, contractId: contract.id, contractNumber };
}

/** Registers an account over the API and gives it a role (as the administrator does on the users page). */
export async function createStaff(
  admin: ApiClient,
  who: Person,
  role: 'engineer' | 'lead' | 'customer',
): Promise<string> {
  const { user } = await admin.post<{ user: { id: string } }>('/api/auth/register', {
    name: who.name,
    email: who.email,
    password: who.password,
  });
  if (role !== 'customer') await admin.patch(`/api/users/${user.id}`, { role });
  return user.id;
}

/** The path and query of the first link to `path` (e.g. '/verify-email') mailed to `email`; waits for the mailer. */
export async function mailedLink(admin: ApiClient, email: string, path: string): Promise<string> {
  const pattern = new RegExp(`${path.replace(/[/-]/g, '\\$&')}\\?token=[\\w.~%-]+`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { items } = await admin.get<{ items: { id: number }[] }>(
      `/api/admin/mailbox?recipient=${encodeURIComponent(email)}`,
    );
    for (const { id } of items) {
      const mail = await admin.get<{ text: string }>(`/api/admin/mailbox/${id}`);
      const found = pattern.exec(mail.text)?.[0];
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`в почтовом ящике разработки нет письма со ссылкой ${path} для ${email}`);
}

/** Confirms the address by the link the portal mailed to it, as its owner would (only a confirmed address files). */
export async function confirmAddress(admin: ApiClient, email: string): Promise<void> {
  const link = await mailedLink(admin, email, '/verify-email');
  const token = new URL(link, admin.baseUrl).searchParams.get('token');
  await admin.post('/api/auth/verify', { token });
}

/** A confirmed customer account linked to the organization by the administrator (setup where verification is not the point). */
export async function createRepresentative(
  admin: ApiClient,
  who: Person,
  organizationId: string,
): Promise<string> {
  const id = await createStaff(admin, who, 'customer');
  await confirmAddress(admin, who.email);
  await admin.patch(`/api/users/${id}`, { organizationId });
  return id;
}
