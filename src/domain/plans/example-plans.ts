// The two plans and the extra calendar Srok ships as editable examples; code never assumes their numbers.
import type { Calendar } from '../calendar/types.ts';
import type { Priority, TicketType } from '../tickets/types.ts';
import type { Plan, Targets } from './plan.ts';

/** 07:00–22:00 every day, Moscow time, for the extended plan. */
export const EXTENDED_CALENDAR: Calendar = {
  timeZone: 'Europe/Moscow',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['07:00', '22:00']]]),
  ),
};

const h = (hours: number) => hours * 60;
type Table = Record<TicketType, Record<Priority, Targets>>;

// reaction / solution / progress, in working hours.
const row = (r: number, s: number, p: number): Targets => ({
  reactionMinutes: h(r),
  solutionMinutes: h(s),
  progressMinutes: h(p),
});

const standard: Table = {
  incident: { critical: row(2, 16, 4), high: row(4, 40, 8), normal: row(8, 80, 16), low: row(16, 160, 40) },
  problem: { critical: row(4, 40, 8), high: row(8, 80, 16), normal: row(16, 160, 40), low: row(24, 320, 80) },
  request: { critical: row(4, 24, 8), high: row(8, 40, 16), normal: row(16, 80, 40), low: row(24, 160, 80) },
};

const extended: Table = {
  incident: { critical: row(1, 8, 2), high: row(2, 24, 4), normal: row(4, 48, 8), low: row(8, 96, 24) },
  problem: { critical: row(2, 24, 4), high: row(4, 48, 8), normal: row(8, 96, 24), low: row(16, 192, 48) },
  request: { critical: row(2, 16, 4), high: row(4, 24, 8), normal: row(8, 48, 24), low: row(16, 96, 48) },
};

/** «Стандартный» on ru-standard and «Расширенный» on the 07:00–22:00 calendar. */
export const EXAMPLE_PLANS: readonly Plan[] = [
  {
    id: 'standard',
    name: 'Стандартный',
    calendarId: 'ru-standard',
    targets: standard,
    autoCloseDays: 15,
    autoCloseReminderDays: 3,
    warningPercent: 80,
    alertsInWorkingHoursOnly: true,
  },
  {
    id: 'extended',
    name: 'Расширенный',
    calendarId: 'extended',
    targets: extended,
    autoCloseDays: 15,
    autoCloseReminderDays: 3,
    warningPercent: 80,
    alertsInWorkingHoursOnly: false,
  },
];
