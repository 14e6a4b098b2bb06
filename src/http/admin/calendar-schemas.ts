// How calendars, year summaries and due-date explanations look in the API (OpenAPI and output).
import { z } from 'zod';
import type { CalendarRow } from '../../db/repositories/calendars.ts';
import { WEEKDAYS } from '../../domain/calendar/types.ts';
import { type Explanation, formatInstant, type WorkingCalendar } from '../../domain/time/index.ts';
import { explainedDaySchema } from '../schemas/explained-day.ts';

const interval = z
  .tuple([z.string(), z.string()])
  .describe('["ЧЧ:ММ", "ЧЧ:ММ"], half-open; "24:00" ends the day');
const exceptionKind = z.enum(['holiday', 'transfer', 'short', 'working']);

/** The Calendar JSON, exactly as the CLI reads and writes it. */
export const calendarDefinitionSchema = z.object({
  timeZone: z.string(),
  week: z.partialRecord(z.enum(WEEKDAYS), z.array(interval)),
  exceptions: z
    .array(
      z.object({
        date: z.string(),
        hours: z.array(interval),
        kind: exceptionKind.optional(),
        title: z.string().optional(),
      }),
    )
    .optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  unconfirmedYears: z.array(z.number().int()).optional(),
});

export const calendarListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  unconfirmedYears: z.array(z.number().int()),
  updatedAt: z.string(),
});

export const calendarSchema = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
  definition: calendarDefinitionSchema,
});

export const yearSummarySchema = z.object({
  year: z.number().int(),
  unconfirmed: z.boolean(),
  daysOff: z.array(z.object({ date: z.string(), kind: exceptionKind, title: z.string().optional() })),
  workingWeekends: z.array(z.string()),
  shortDays: z.array(z.object({ date: z.string(), hours: z.array(interval) })),
  workingDays: z.number().int(),
  workingHours: z.number(),
});

export const explanationSchema = z.object({
  workingMinutes: z.number(),
  intervals: z.array(z.object({ start: z.string(), end: z.string() })),
  days: z.array(explainedDaySchema),
});

/** A calendar in a list: what it is and the years it knows. */
export function presentCalendarItem(row: CalendarRow): z.infer<typeof calendarListItemSchema> {
  const d = row.definition;
  return {
    id: row.id,
    name: row.name,
    timeZone: d.timeZone,
    validFrom: d.validFrom ?? null,
    validTo: d.validTo ?? null,
    unconfirmedYears: d.unconfirmedYears ?? [],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A calendar with its whole definition. */
export function presentCalendar(row: CalendarRow): z.infer<typeof calendarSchema> {
  return { id: row.id, name: row.name, updatedAt: row.updatedAt.toISOString(), definition: row.definition };
}

/** Why a deadline falls where it does: working intervals and the days that differ, in the calendar's zone. */
export function presentExplanation(cal: WorkingCalendar, e: Explanation): z.infer<typeof explanationSchema> {
  return {
    workingMinutes: e.working / 60_000,
    intervals: e.intervals.map((i) => ({
      start: formatInstant(i.start, cal.zone),
      end: formatInstant(i.end, cal.zone),
    })),
    days: e.days,
  };
}
