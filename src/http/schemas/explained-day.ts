// The schema of one notable day in a deadline's explanation, shared by every route that explains.
import { z } from 'zod';

/** A day that differs from an ordinary working day, with why (weekend, holiday, short day…). */
export const explainedDaySchema = z.object({
  date: z.string(),
  kind: z.enum(['weekend', 'holiday', 'transfer', 'day_off', 'short', 'working_weekend', 'changed_hours']),
  title: z.string().optional(),
  hours: z.array(z.tuple([z.string(), z.string()])),
});
