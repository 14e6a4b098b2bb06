// dayjs-business-time 1.x as a bench engine. It works in the process's local zone (TZ is set to
// Europe/Moscow by ../tz.ts) and knows a per-weekday schedule plus a list of holiday dates: it
// cannot express a working Saturday or a shortened day, so it gets the holidays only.
import '../tz.ts';
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { CLOSE, DAYS_OFF, OPEN } from '../calendar.ts';
import { type Engine, MINUTE_MS, wholeMinutes } from '../engine.ts';

export function dayjsBusinessTimeEngine(): Engine {
  dayjs.extend(dayjsBusinessTime);
  const day = [{ start: `${OPEN}:00`, end: `${CLOSE}:00` }];
  dayjs.setBusinessTime({
    sunday: null,
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: null,
  });
  dayjs.setHolidays([...DAYS_OFF]);
  return {
    name: 'dayjs-bt',
    calendarNote: 'Mon–Fri 09:00–17:00 + days off; no working Saturday, no short days',
    add: (fromMs, amountMs) => dayjs(fromMs).addBusinessMinutes(wholeMinutes(amountMs)).valueOf(),
    // The plugin counts whole minutes.
    between: (aMs, bMs) => dayjs(aMs).businessMinutesDiff(dayjs(bMs)) * MINUTE_MS,
  };
}
