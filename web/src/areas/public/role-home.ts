// Where each role starts its work after signing in.
import type { Role } from '../../api/types.ts';

const HOME: Record<Role, string> = {
  customer: '/tickets',
  engineer: '/queue',
  lead: '/queue',
  admin: '/admin',
};

/** The first page of a role: customers their tickets, support the queue, administrators the settings. */
export function homeFor(role: Role): string {
  return HOME[role];
}

/** A `?next=` target only when it is a path on this portal (never another site, never back to /login). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?')) return null;
  return next;
}
