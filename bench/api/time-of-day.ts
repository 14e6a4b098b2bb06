// What a filing costs depends on the hour: in working time its "new ticket" alert mails every
// engineer and lead at once; outside it (the plan's night rule) only the customer is mailed, and the
// staff's mails wait for working time. The bench says which case its figures are.
import { getBuiltinCalendar } from '../../src/domain/calendar/ru-standard.ts';
import { compileCalendar, isWorking } from '../../src/domain/time/index.ts';

/** A line naming the Moscow time and the mails a filing causes now, for `staff` engineers and leads. */
export function timeOfDayLine(now: number, staff: number): string {
  const calendar = compileCalendar(getBuiltinCalendar('ru-standard')!);
  const moscow = new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(now);
  return isWorking(calendar, now)
    ? `time: ${moscow} Moscow, working time: each filing mails the customer and all ${staff} staff at once`
    : `time: ${moscow} Moscow, outside working time: each filing mails the customer only; the mails to the ${staff} ` +
        `staff wait for working time (night rule), so a run in working time costs more per filing`;
}
