// Srok's own engine (src/domain/time) as a bench engine: the full calendar, working Saturday
// and short days included, compiled once.
import { add, between, compileCalendar } from '../../src/domain/time/index.ts';
import { srokCalendar } from '../calendar.ts';
import type { Engine } from '../engine.ts';

export function srokEngine(): Engine {
  const wc = compileCalendar(srokCalendar());
  return {
    name: 'srok',
    calendarNote: 'full calendar: days off, working Saturday 2025-11-01, short days',
    add: (fromMs, amountMs) => add(wc, fromMs, amountMs),
    between: (aMs, bMs) => between(wc, aMs, bMs),
  };
}
