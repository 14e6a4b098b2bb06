// Products, their builds, the tickets each build resolves and the files it ships (R13, R19).
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../database.ts';
import { buildFiles, builds, buildTickets, products, tickets } from '../schema.ts';
import type { TicketRow } from './tickets.ts';

export type ProductRow = typeof products.$inferSelect;
export type BuildRow = typeof builds.$inferSelect;
export type BuildFileRow = typeof buildFiles.$inferSelect;
export type NewBuild = Omit<typeof builds.$inferInsert, 'id' | 'publishedAt'>;
export type BuildPatch = Partial<Pick<BuildRow, 'version' | 'releasedOn' | 'notes'>>;

/** Every product, by name. */
export function listProducts(db: Db): Promise<ProductRow[]> {
  return db.select().from(products).orderBy(asc(products.name));
}

/** One product by id. */
export async function getProduct(db: Db, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}

/** One product by its exact name. */
export async function getProductByName(db: Db, name: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.name, name));
  return row;
}

/** Adds a product. */
export async function insertProduct(db: Db, input: { name: string; createdAt: Date }): Promise<ProductRow> {
  const [row] = await db.insert(products).values(input).returning();
  if (!row) throw new Error('insert into products returned no row');
  return row;
}

/** A product's builds, newest release first; drafts only when asked. */
export function listBuilds(db: Db, productId: string, withDrafts: boolean): Promise<BuildRow[]> {
  return db
    .select()
    .from(builds)
    .where(and(eq(builds.productId, productId), withDrafts ? undefined : isNotNull(builds.publishedAt)))
    .orderBy(desc(builds.releasedOn), desc(builds.createdAt), desc(builds.version));
}

/** One build by id. */
export async function getBuild(db: Db, id: string): Promise<BuildRow | undefined> {
  const [row] = await db.select().from(builds).where(eq(builds.id, id));
  return row;
}

/** A product's build of this version. */
export async function getBuildByVersion(
  db: Db,
  productId: string,
  version: string,
): Promise<BuildRow | undefined> {
  const [row] = await db
    .select()
    .from(builds)
    .where(and(eq(builds.productId, productId), eq(builds.version, version)));
  return row;
}

/** Adds a build (a draft until published). */
export async function insertBuild(db: Db, input: NewBuild): Promise<BuildRow> {
  const [row] = await db.insert(builds).values(input).returning();
  if (!row) throw new Error('insert into builds returned no row');
  return row;
}

/** Changes a build's version, date or notes. */
export async function updateBuild(db: Db, id: string, patch: BuildPatch): Promise<BuildRow> {
  const [row] = await db.update(builds).set(patch).where(eq(builds.id, id)).returning();
  if (!row) throw new Error(`build ${id} vanished during update`);
  return row;
}

/** Marks the build published unless it already is; undefined when someone published it first. */
export async function markBuildPublished(db: Db, id: string, at: Date): Promise<BuildRow | undefined> {
  const [row] = await db
    .update(builds)
    .set({ publishedAt: at })
    .where(and(eq(builds.id, id), isNull(builds.publishedAt)))
    .returning();
  return row;
}

/** Tickets by number: id, number, organization and requester; unknown numbers are simply absent. */
export function ticketsByNumbers(db: Db, numbers: readonly number[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: tickets.id,
      number: tickets.number,
      organizationId: tickets.organizationId,
      requesterId: tickets.requesterId,
    })
    .from(tickets)
    .where(inArray(tickets.number, [...numbers]));
}

/** Replaces the set of tickets the build resolves. */
export async function replaceBuildTickets(
  db: Db,
  buildId: string,
  ticketIds: readonly string[],
): Promise<void> {
  await db.delete(buildTickets).where(eq(buildTickets.buildId, buildId));
  if (ticketIds.length === 0) return;
  await db.insert(buildTickets).values(ticketIds.map((ticketId) => ({ buildId, ticketId })));
}

/**
 * The ticket rows a build resolves, locked for this transaction (in id order, so two publications
 * never deadlock) so that each can record the publication without a version conflict.
 */
export async function lockResolvedTickets(db: Db, buildId: string): Promise<TicketRow[]> {
  const rows = await db
    .select()
    .from(tickets)
    .where(
      inArray(
        tickets.id,
        db.select({ id: buildTickets.ticketId }).from(buildTickets).where(eq(buildTickets.buildId, buildId)),
      ),
    )
    .orderBy(asc(tickets.id))
    .for('no key update');
  return rows.sort((a, b) => a.number - b.number);
}

/** Ticket numbers per build; with an organization, only that organization's tickets (R22). */
export async function ticketNumbersOf(
  db: Db,
  buildIds: readonly string[],
  organizationId?: string,
): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>(buildIds.map((id) => [id, []]));
  if (buildIds.length === 0) return out;
  const rows = await db
    .select({ buildId: buildTickets.buildId, number: tickets.number })
    .from(buildTickets)
    .innerJoin(tickets, eq(tickets.id, buildTickets.ticketId))
    .where(
      and(
        inArray(buildTickets.buildId, [...buildIds]),
        organizationId ? eq(tickets.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(tickets.number));
  for (const r of rows) out.get(r.buildId)?.push(r.number);
  return out;
}

/** Records a stored file of a build. */
export async function insertBuildFile(
  db: Db,
  input: Omit<typeof buildFiles.$inferInsert, 'id'>,
): Promise<BuildFileRow> {
  const [row] = await db.insert(buildFiles).values(input).returning();
  if (!row) throw new Error('insert into build_files returned no row');
  return row;
}

/** The files of the builds, oldest first. */
export function listBuildFiles(db: Db, buildIds: readonly string[]): Promise<BuildFileRow[]> {
  if (buildIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(buildFiles)
    .where(inArray(buildFiles.buildId, [...buildIds]))
    .orderBy(asc(buildFiles.createdAt), asc(buildFiles.id));
}

/** One file of one build. */
export async function getBuildFile(
  db: Db,
  buildId: string,
  fileId: string,
): Promise<BuildFileRow | undefined> {
  const [row] = await db
    .select()
    .from(buildFiles)
    .where(and(eq(buildFiles.id, fileId), eq(buildFiles.buildId, buildId)));
  return row;
}

/** The newest published build of the product that resolves one of the organization's tickets. */
export interface FixingBuild {
  version: string;
  releasedOn: string;
  /** The release date of the build the customer named, when the portal knows that build. */
  namedReleasedOn: string | null;
}

/**
 * One query (R19): the product by its unique name, its published builds by the
 * (product, version) index, each checked for a resolved ticket of the organization by key.
 */
export async function newestFixingBuild(
  db: Db,
  query: { organizationId: string; product: string; build: string },
): Promise<FixingBuild | undefined> {
  const [row] = await queryRows<{ version: string; releasedOn: string; namedReleasedOn: string | null }>(
    db,
    sql`select b.version, b.released_on as "releasedOn",
          (select n.released_on from builds n where n.product_id = b.product_id and n.version = ${query.build})
            as "namedReleasedOn"
        from products p
        join builds b on b.product_id = p.id
        where p.name = ${query.product} and b.published_at is not null
          and exists (select 1 from build_tickets bt join tickets t on t.id = bt.ticket_id
                      where bt.build_id = b.id and t.organization_id = ${query.organizationId})
        order by b.released_on desc, b.created_at desc
        limit 1`,
  );
  return row;
}
