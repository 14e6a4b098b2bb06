// The period of a report: calendar days [from, to) read in one zone, the current month by default.
import { DomainError } from '../errors.ts';
import { DAY_MS, formatIsoDate, parseIsoDate } from '../time/days.ts';
import { getZone } from '../time/zone.ts';

/** The zone a report's days and months are read in unless told otherwise (the standard calendar's). */
export const REPORT_ZONE = 'Europe/Moscow';

/** The longest period one report covers, in days. */
export const MAX_PERIOD_DAYS = 732;

/** Days as YYYY-MM-DD ([from, to): `to` is the first day not included) and their UTC instants. */
export interface Period {
  from: string;
  to: string;
  fromAt: number;
  toAt: number;
}

/** The period from the given days, each defaulting to the current month at `now`; throws on a bad one. */
export function resolvePeriod(
  input: { from?: string | undefined; to?: string | undefined },
  now: number,
  zone = REPORT_ZONE,
): Period {
  const z = getZone(zone);
  const today = new Date(z.utcToLocal(now));
  const monthStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1) / DAY_MS;
  const nextMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1) / DAY_MS;
  const fromDay = input.from === undefined ? monthStart : parseIsoDate(input.from);
  const toDay = input.to === undefined ? nextMonth : parseIsoDate(input.to);
  if (fromDay === undefined || toDay === undefined || toDay <= fromDay || toDay - fromDay > MAX_PERIOD_DAYS) {
    throw new DomainError('report.bad_period', { value: `${input.from ?? ''}..${input.to ?? ''}` });
  }
  return {
    from: formatIsoDate(fromDay),
    to: formatIsoDate(toDay),
    fromAt: z.localToUtc(fromDay * DAY_MS),
    toAt: z.localToUtc(toDay * DAY_MS),
  };
}
