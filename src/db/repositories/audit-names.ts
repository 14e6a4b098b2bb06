// Readable names of what an audit page mentions (R22): «Анна Петрова (anna@example.com)», an
// organization's name, a contract's number, SR-1042. One query per kind of entity on the page;
// a row deleted since is named from its own audit payload when that carries a name.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { calendars, contacts, contracts, organizations, plans, users } from '../schema.ts';
import { builds, products } from '../schema-products.ts';

/** An entity an audit row names, with what the row recorded about it. */
export interface AuditEntityRef {
  entity: string;
  entityId: string;
  payload: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key of an entity in the returned map. */
export function auditEntityKey(entity: string, entityId: string): string {
  return `${entity}:${entityId}`;
}

/** Names the entities of the given rows; an entity without a readable name is left out. */
export async function nameAuditEntities(
  db: Db,
  refs: readonly AuditEntityRef[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const idsOf = (entity: string, valid: (id: string) => boolean = (id) => UUID.test(id)) => [
    ...new Set(refs.filter((r) => r.entity === entity && valid(r.entityId)).map((r) => r.entityId)),
  ];
  const put = (entity: string, id: string, name: string) => names.set(auditEntityKey(entity, id), name);

  const userIds = idsOf('user');
  if (userIds.length > 0) {
    const rows = await db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, userIds));
    for (const u of rows) put('user', u.id, `${u.name} (${u.email})`);
  }
  const organizationIds = idsOf('organization');
  if (organizationIds.length > 0) {
    const rows = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, organizationIds));
    for (const o of rows) put('organization', o.id, o.name);
  }
  const contractIds = idsOf('contract');
  if (contractIds.length > 0) {
    const rows = await db
      .select({ id: contracts.id, number: contracts.number })
      .from(contracts)
      .where(inArray(contracts.id, contractIds));
    for (const c of rows) put('contract', c.id, c.number);
  }
  const contactIds = idsOf('contact');
  if (contactIds.length > 0) {
    const rows = await db
      .select({ id: contacts.id, name: contacts.name, email: contacts.email })
      .from(contacts)
      .where(inArray(contacts.id, contactIds));
    for (const c of rows) put('contact', c.id, `${c.name} (${c.email})`);
  }
  const productIds = idsOf('product');
  if (productIds.length > 0) {
    const rows = await db
      .select({ id: products.id, name: products.name })
      .from(products)
      .where(inArray(products.id, productIds));
    for (const p of rows) put('product', p.id, p.name);
  }
  const buildIds = idsOf('build');
  if (buildIds.length > 0) {
    const rows = await db
      .select({ id: builds.id, version: builds.version, product: products.name })
      .from(builds)
      .innerJoin(products, eq(products.id, builds.productId))
      .where(inArray(builds.id, buildIds));
    for (const b of rows) put('build', b.id, `${b.product} ${b.version}`);
  }
  const anyId = () => true;
  const planIds = idsOf('plan', anyId);
  if (planIds.length > 0) {
    const rows = await db
      .select({ id: plans.id, name: plans.name })
      .from(plans)
      .where(inArray(plans.id, planIds));
    for (const p of rows) put('plan', p.id, p.name);
  }
  const calendarIds = idsOf('calendar', anyId);
  if (calendarIds.length > 0) {
    const rows = await db
      .select({ id: calendars.id, name: calendars.name })
      .from(calendars)
      .where(inArray(calendars.id, calendarIds));
    for (const c of rows) put('calendar', c.id, c.name);
  }
  // Tickets are recorded by their number.
  for (const id of idsOf('ticket', (id) => /^\d+$/.test(id))) put('ticket', id, `SR-${id}`);

  for (const ref of refs) {
    const key = auditEntityKey(ref.entity, ref.entityId);
    if (!names.has(key)) {
      const recorded = nameFromPayload(ref.payload);
      if (recorded) names.set(key, recorded);
    }
  }
  return names;
}

/** What a row recorded about a since-deleted entity: its name (and e-mail), or a contract's number. */
function nameFromPayload(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const name = text(p.name);
  const email = text(p.email);
  if (name && email) return `${name} (${email})`;
  return name ?? email ?? text(p.number);
}
