// What the ticket page shows besides the ticket and its history, read in one prepared statement:
// the organization's name, the follow-ups (R17) and the builds that resolve the ticket (R19). One
// round trip instead of three matters on the embedded database, where each statement is planned anew.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { prepared } from '../prepared.ts';
import { buildFiles, builds, buildTickets, organizations, products, tickets } from '../schema.ts';

/** A build that lists a ticket as resolved, as the ticket page shows it (R19). */
export interface ResolvingBuild {
  id: string;
  productId: string;
  product: string;
  version: string;
  releasedOn: string;
  publishedAt: Date | null;
  files: Array<{ id: string; fileName: string; size: number }>;
}

export interface TicketPageExtras {
  organizationName: string | null;
  /** Numbers of the tickets that continue this one (R17), oldest first. */
  followUps: number[];
  /** Newest release first; drafts only when asked (support). */
  builds: ResolvingBuild[];
}

type BuildJson = Omit<ResolvingBuild, 'publishedAt'> & { publishedAt: string | null };

export async function ticketPageExtras(
  db: Db,
  ticket: { id: string; organizationId: string },
  withDrafts: boolean,
): Promise<TicketPageExtras> {
  const query = prepared(db, 'srok_ticket_page_extras', (db, name) =>
    db
      .select({
        organizationName: organizations.name,
        followUps: sql<number[]>`coalesce((
          select array_agg(f.number order by f.number) from ${tickets} f
          where f.follows_up_ticket_id = ${sql.placeholder('ticketId')}), '{}')`,
        // By the build_tickets ticket index; each build's files by the build_files build index.
        builds: sql<BuildJson[]>`coalesce((
          select json_agg(json_build_object(
                   'id', b.id, 'productId', b.product_id, 'product', p.name, 'version', b.version,
                   'releasedOn', b.released_on, 'publishedAt', b.published_at,
                   'files', coalesce((
                     select json_agg(json_build_object('id', bf.id, 'fileName', bf.file_name, 'size', bf.size)
                                     order by bf.created_at, bf.id)
                     from ${buildFiles} bf where bf.build_id = b.id), '[]'::json))
                 order by b.released_on desc, b.created_at desc, b.version desc)
          from ${buildTickets} bt
          join ${builds} b on b.id = bt.build_id
          join ${products} p on p.id = b.product_id
          where bt.ticket_id = ${sql.placeholder('ticketId')}
            and (${sql.placeholder('withDrafts')}::boolean or b.published_at is not null)), '[]'::json)`,
      })
      .from(organizations)
      .where(eq(organizations.id, sql.placeholder('organizationId')))
      .prepare(name),
  );
  const [row] = await query.execute({
    ticketId: ticket.id,
    organizationId: ticket.organizationId,
    withDrafts,
  });
  return {
    organizationName: row?.organizationName ?? null,
    followUps: (row?.followUps ?? []).map(Number),
    builds: (row?.builds ?? []).map((b) => ({
      ...b,
      publishedAt: b.publishedAt === null ? null : new Date(b.publishedAt),
      files: b.files.map((f) => ({ ...f, size: Number(f.size) })),
    })),
  };
}
