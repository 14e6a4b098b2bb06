// Whether a queue row is close to or past its deadline, for row colours and their text badges.
import type { TicketSummary } from './types.ts';

export type Urgency = 'breached' | 'warning' | null;

/**
 * Wall-clock window before the due instant in which a row is marked as a warning, used only while
 * the list API does not report the plan's own warning (a share of the working-time target).
 */
export const WARNING_WINDOW_MS = 2 * 60 * 60 * 1000;

/** Breached when the nearest support deadline has passed; warning when it is near (or the server says so). */
export function urgencyOf(t: Pick<TicketSummary, 'status' | 'nextDueAt' | 'alert'>, now: number): Urgency {
  if (t.status === 'closed') return null;
  const due = t.nextDueAt ? Date.parse(t.nextDueAt) : Number.NaN;
  if (t.alert === 'breached' || due <= now) return 'breached';
  if (t.alert === 'warning') return 'warning';
  if (t.alert === undefined && due - now <= WARNING_WINDOW_MS) return 'warning';
  return null;
}
