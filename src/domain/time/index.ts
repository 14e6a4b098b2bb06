// The working-time engine: compile a calendar once, then ask add/subtract/between/… in O(log n).
import type { Calendar } from '../calendar/types.ts';
import { validateCalendar } from '../calendar/validate-calendar.ts';
import { WorkingCalendar } from './timeline.ts';

export { type DayKind, describeDay, type ExplainedDay, type Explanation, explain } from './explain.ts';
export { formatInstant, parseInstant } from './iso.ts';
export { WorkingCalendar } from './timeline.ts';
export {
  add,
  between,
  isWorking,
  nextWorking,
  normalizePauses,
  type Pause,
  previousWorking,
  subtract,
} from './working-time.ts';
export { getZone, isValidTimeZone, type Zone } from './zone.ts';

const compiled = new WeakMap<Calendar, WorkingCalendar>();

/** Validates a calendar and returns its compiled form (cached per calendar object). */
export function compileCalendar(calendar: Calendar): WorkingCalendar {
  let wc = compiled.get(calendar);
  if (!wc) {
    wc = new WorkingCalendar(validateCalendar(calendar));
    compiled.set(calendar, wc);
  }
  return wc;
}
