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

type Named = { id: string; name: string };

/**
 * How each kind of entity is named: which ids it can have (uuid, or a slug for plans and calendars)
 * and one query for all of a page's ids.
 */
const LOOKUPS: ReadonlyArray<{
  entity: string;
  slug?: true;
  load: (db: Db, ids: string[]) => Promise<Named[]>;
}> = [
  {
    entity: 'user',
    load: async (db, ids) =>
      (
        await db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, ids))
      ).map((u) => ({ id: u.id, name: `${u.name} (${u.email})` })),
  },
  {
    entity: 'organization',
    load: (db, ids) =>
      db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, ids)),
  },
  {
    entity: 'contract',
    load: (db, ids) =>
      db
        .select({ id: contracts.id, name: contracts.number })
        .from(contracts)
        .where(inArray(contracts.id, ids)),
  },
  {
    entity: 'contact',
    load: async (db, ids) =>
      (
        await db
          .select({ id: contacts.id, name: contacts.name, email: contacts.email })
          .from(contacts)
          .where(inArray(contacts.id, ids))
      ).map((c) => ({ id: c.id, name: `${c.name} (${c.email})` })),
  },
  {
    entity: 'product',
    load: (db, ids) =>
      db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, ids)),
  },
  {
    entity: 'build',
    load: async (db, ids) =>
      (
        await db
          .select({ id: builds.id, version: builds.version, product: products.name })
          .from(builds)
          .innerJoin(products, eq(products.id, builds.productId))
          .where(inArray(builds.id, ids))
      ).map((b) => ({ id: b.id, name: `${b.product} ${b.version}` })),
  },
  {
    entity: 'plan',
    slug: true,
    load: (db, ids) =>
      db.select({ id: plans.id, name: plans.name }).from(plans).where(inArray(plans.id, ids)),
  },
  {
    entity: 'calendar',
    slug: true,
    load: (db, ids) =>
      db.select({ id: calendars.id, name: calendars.name }).from(calendars).where(inArray(calendars.id, ids)),
  },
];

/** Names the entities of the given rows; an entity without a readable name is left out. */
export async function nameAuditEntities(
  db: Db,
  refs: readonly AuditEntityRef[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const idsOf = (entity: string, valid: (id: string) => boolean) => [
    ...new Set(refs.filter((r) => r.entity === entity && valid(r.entityId)).map((r) => r.entityId)),
  ];
  for (const { entity, slug, load } of LOOKUPS) {
    const ids = idsOf(entity, slug ? () => true : (id) => UUID.test(id));
    // One query at a time: `db` may be a transaction, whose single connection must not be shared.
    if (ids.length > 0)
      for (const row of await load(db, ids)) names.set(auditEntityKey(entity, row.id), row.name);
  }
  // Tickets are recorded by their number.
  for (const id of idsOf('ticket', (id) => /^\d+$/.test(id)))
    names.set(auditEntityKey('ticket', id), `SR-${id}`);

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
