// First start: the built-in calendars and the example plans, added only when missing so an
// administrator's edits are never overwritten.

import type { Db } from '../db/database.ts';
import { getCalendar, getPlan, upsertCalendar, upsertPlan } from '../db/repositories/calendars.ts';
import { buildRuStandardCalendar } from '../domain/calendar/ru-standard.ts';
import { EXAMPLE_PLANS, EXTENDED_CALENDAR } from '../domain/plans/example-plans.ts';

/** Inserts what is missing; returns the ids it added. */
export async function seedReferenceData(db: Db): Promise<string[]> {
  const added: string[] = [];
  const calendars = [
    {
      id: 'ru-standard',
      name: 'Производственный календарь РФ, 09:00–17:00',
      definition: buildRuStandardCalendar(),
    },
    { id: 'extended', name: 'Ежедневно 07:00–22:00', definition: EXTENDED_CALENDAR },
  ];
  for (const c of calendars) {
    if (await getCalendar(db, c.id)) continue;
    await upsertCalendar(db, c);
    added.push(`calendar:${c.id}`);
  }
  for (const { id, name, calendarId, ...definition } of EXAMPLE_PLANS) {
    if (await getPlan(db, id)) continue;
    await upsertPlan(db, { id, name, calendarId, definition });
    added.push(`plan:${id}`);
  }
  return added;
}
