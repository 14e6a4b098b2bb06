// The auto-close timer counts calendar days, not working time (R16): the same wall-clock time in the
// calendar's zone N days later, whatever the weekends, holidays or clock changes in between.
import { DAY_MS } from '../time/days.ts';
import type { Zone } from '../time/index.ts';

/** The instant `ms` of calendar time after `from`, read on the zone's wall clock. */
export function addCalendarTime(zone: Zone, from: number, ms: number): number {
  return zone.localToUtc(zone.utcToLocal(from) + ms);
}

/** The instant `days` calendar days before `at` on the zone's wall clock. */
export function subtractCalendarDays(zone: Zone, at: number, days: number): number {
  return zone.localToUtc(zone.utcToLocal(at) - days * DAY_MS);
}
