// The audit trail of administration (R22): one row per change, written in the change's transaction.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { auditLog, users } from '../schema.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  actorId: string | null;
  action: string; // e.g. 'contract.created'
  entity: string; // e.g. 'contract'
  entityId: string;
  payload?: unknown;
  at: Date;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

/** Where the previous page ended: newest first by instant, then by id. */
export interface AuditCursor {
  at: Date;
  id: number;
}

/** Records one change; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  const [row] = await db
    .insert(auditLog)
    .values({ ...entry, payload: entry.payload ?? {} })
    .returning();
  if (!row) throw new Error('insert into audit_log returned no row');
  return row;
}

/** A page of the trail, newest first, with each actor's name. */
export function listAudit(db: Db, filter: AuditFilter, page: { limit: number; after?: AuditCursor }) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  const after = page.after;
  if (after) {
    conditions.push(
      or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.id, after.id))) as SQL,
    );
  }
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      payload: auditLog.payload,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit);
}

export type AuditListRow = Awaited<ReturnType<typeof listAudit>>[number];
