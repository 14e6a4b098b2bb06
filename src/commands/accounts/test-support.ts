// Helpers for account tests: the link token an outbox row carries, and errors by code.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { outbox } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';

/** The token of the newest outbox row of this kind addressed to `email`. */
export async function linkTokenFor(
  db: Db,
  email: string,
  kind: 'auth.verify_email' | 'auth.password_reset',
): Promise<string> {
  const [row] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.kind, kind), eq(outbox.recipientEmail, email.toLowerCase())))
    .orderBy(desc(outbox.id))
    .limit(1);
  if (!row) throw new Error(`no ${kind} message for ${email}`);
  return (row.payload as { token: string }).token;
}

/** The DomainError code a promise rejects with, or 'no error'. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return 'no error';
}
