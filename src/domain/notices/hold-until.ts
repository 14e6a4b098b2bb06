// The night rule: support's own alerts wait for the support calendar's working time, so nobody on
// duty is mailed at 02:00 (a long-standing complaint about other service desks). Customers' mail
// never waits: R11 makes e-mail their channel, and R16's dates run in calendar days.
import { DomainError } from '../errors.ts';
import { nextWorking, type WorkingCalendar } from '../time/index.ts';
import type { NoticeAudience } from './kinds.ts';

/** The plan's say on support alerts, with the calendar that defines working time. */
export interface HoldRule {
  /** The plan's flag (default true); false sends support's alerts at once, day or night. */
  alertsInWorkingHoursOnly: boolean;
  /** The plan's calendar: support's working time. */
  calendar: WorkingCalendar;
}

/** The earliest instant a notice raised at `at` may be mailed: `at`, or the next working instant for support. */
export function holdUntil(at: number, audience: NoticeAudience, rule: HoldRule | null): number {
  if (audience !== 'support' || !rule || !rule.alertsInWorkingHoursOnly) return at;
  try {
    return nextWorking(rule.calendar, at);
  } catch (err) {
    // A calendar that cannot answer (beyond its known years) must not swallow an alert: send it.
    if (err instanceof DomainError) return at;
    throw err;
  }
}
