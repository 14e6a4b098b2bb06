// Resolves a --calendar argument: a built-in name (ru-standard) or a JSON file of the Calendar shape.
import { readFile } from 'node:fs/promises';
import { getBuiltinCalendar } from '../domain/calendar/ru-standard.ts';
import type { Calendar } from '../domain/calendar/types.ts';
import { validateCalendar } from '../domain/calendar/validate-calendar.ts';
import { DomainError } from '../domain/errors.ts';

/** The validated calendar named by `spec`; throws a typed error for a missing or invalid file. */
export async function loadCalendar(spec: string | undefined): Promise<Calendar> {
  const name = spec ?? 'ru-standard';
  const builtin = getBuiltinCalendar(name);
  if (builtin) return builtin;
  let text: string;
  try {
    text = await readFile(name, 'utf8');
  } catch {
    throw new DomainError('calendar.unknown', { value: name });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError('cli.bad_json', { value: name });
  }
  return validateCalendar(json);
}
