// moment-business-time 2.x as a bench engine. It works in the process's local zone (TZ is set
// to Europe/Moscow by ../tz.ts) and knows a per-weekday schedule plus a list of holiday dates:
// it cannot express a working Saturday or a shortened day, so it gets the holidays only.
import '../tz.ts';
import moment, { type Moment, type MomentInput } from 'moment';
import 'moment-business-time';
import { CLOSE, DAYS_OFF, OPEN } from '../calendar.ts';
import { type Engine, wholeMinutes } from '../engine.ts';

/** The methods the plugin adds to moment's prototype (it ships no typings). */
interface BusinessMoment extends Moment {
  addWorkingTime(amount: number, unit: 'minutes' | 'hours'): BusinessMoment;
  workingDiff(other: MomentInput, unit?: 'milliseconds' | 'minutes' | 'hours', precise?: boolean): number;
}

const bt = (input: MomentInput): BusinessMoment => moment(input) as BusinessMoment;

export function momentBusinessTime(): Engine {
  const day = [`${OPEN}:00`, `${CLOSE}:00`];
  // The plugin reads `_workinghours` and `_holidays` from the current locale's data.
  moment.updateLocale(moment.locale(), {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays: [...DAYS_OFF],
  } as moment.LocaleSpecification);
  return {
    name: 'moment-bt',
    calendarNote: 'Mon–Fri 09:00–17:00 + days off; no working Saturday, no short days',
    // addWorkingTime mutates the moment it is called on: a fresh one per call.
    add: (fromMs, amountMs) => bt(fromMs).addWorkingTime(wholeMinutes(amountMs), 'minutes').valueOf(),
    // workingDiff is `this − other`, like moment#diff: the later instant goes first.
    between: (aMs, bMs) => bt(bMs).workingDiff(aMs, 'milliseconds'),
  };
}
