// Opaque page cursors: where a list page ended, as base64url JSON that clients pass back unchanged.
import type { TicketCursor } from '../../db/repositories/ticket-queries.ts';

/** The cursor text for a page that ended at this row. */
export function encodeCursor(c: TicketCursor): string {
  const body = { o: c.order, d: c.dueAt?.getTime() ?? null, n: c.number };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** The cursor a text stands for, or undefined when it is not one this API issued. */
export function decodeCursor(text: string): TicketCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { o, d, n } = body as Record<string, unknown>;
  if (o !== 'due' && o !== 'created') return undefined;
  if (!Number.isSafeInteger(n) || (n as number) < 0) return undefined;
  if (d !== null && !(Number.isSafeInteger(d) && Math.abs(d as number) <= 8.64e15)) return undefined;
  return { order: o, dueAt: d === null ? null : new Date(d as number), number: n as number };
}
