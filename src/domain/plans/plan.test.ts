// Plans (R7): validation with typed, localized faults by JSON path; the shipped examples.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { add, compileCalendar, parseInstant } from '../time/index.ts';
import { EXAMPLE_PLANS, EXTENDED_CALENDAR } from './example-plans.ts';
import { type Plan, targetsFor, validatePlan } from './plan.ts';

const standard = EXAMPLE_PLANS.find((p) => p.name === 'Стандартный')!;

function issuesOf(input: unknown): Array<[string, string, object]> {
  try {
    validatePlan(input);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('plan.invalid');
    return (err as DomainError).issues.map((i) => [i.path, i.code, i.params]);
  }
  throw new Error('expected plan.invalid');
}

describe('example plans', () => {
  it('are valid, with «Стандартный» on ru-standard and «Расширенный» on extended', () => {
    for (const plan of EXAMPLE_PLANS) expect(validatePlan(plan)).toEqual(plan);
    expect(EXAMPLE_PLANS.map((p) => [p.name, p.calendarId])).toEqual([
      ['Стандартный', 'ru-standard'],
      ['Расширенный', 'extended'],
    ]);
  });

  it('the extended calendar is 07:00–22:00 every day, Moscow time', () => {
    const cal = compileCalendar(EXTENDED_CALENDAR);
    const sunday = parseInstant('2026-11-22T21:30', cal.zone);
    expect(add(cal, sunday, 3_600_000)).toBe(parseInstant('2026-11-23T07:30', cal.zone));
  });

  it('targetsFor reads the cell of a type and priority', () => {
    expect(targetsFor(standard, 'incident', 'critical')).toBe(standard.targets.incident.critical);
  });
});

describe('validatePlan', () => {
  it('applies the defaults: 15 days to auto-close (R16), a reminder 3 days before, 80 %, working-hour alerts', () => {
    const { autoCloseDays, autoCloseReminderDays, warningPercent, alertsInWorkingHoursOnly, ...bare } =
      standard;
    expect(validatePlan(bare)).toMatchObject({
      autoCloseDays: 15,
      autoCloseReminderDays: 3,
      warningPercent: 80,
      alertsInWorkingHoursOnly: true,
    });
  });

  it.each([
    ['warningPercent', 150, '$.warningPercent', 'plan.bad_number', { min: 1, max: 99 }],
    ['autoCloseDays', 0, '$.autoCloseDays', 'plan.bad_number', { min: 1, max: 365 }],
    ['autoCloseDays', '15', '$.autoCloseDays', 'plan.bad_number', { min: 1, max: 365 }],
    ['name', '  ', '$.name', 'plan.bad_text', { max: 200 }],
    ['alertsInWorkingHoursOnly', 'yes', '$.alertsInWorkingHoursOnly', 'plan.bad_boolean', {}],
    ['calendarId', undefined, '$.calendarId', 'plan.required_field', {}],
    ['colour', 'red', '$.colour', 'plan.unknown_field', { value: 'colour' }],
  ])('%s = %o → %s %s', (field, value, path, code, params) => {
    expect(issuesOf({ ...standard, [field]: value })).toEqual([[path, code, params]]);
  });

  it('names a fault deep in the targets by its path', () => {
    const targets = structuredClone(standard.targets) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    delete targets.request!.low;
    targets.incident!.high!.solutionMinutes = 2.5;
    expect(issuesOf({ ...standard, targets }).sort()).toEqual([
      ['$.targets.incident.high.solutionMinutes', 'plan.bad_number', { min: 1, max: 1_000_000 }],
      ['$.targets.request.low', 'plan.required_field', {}],
    ]);
  });

  it('a reminder must come before the auto-close', () => {
    expect(issuesOf({ ...standard, autoCloseDays: 3, autoCloseReminderDays: 3 })).toEqual([
      ['$.autoCloseReminderDays', 'plan.reminder_too_late', { value: 3, max: 3 }],
    ]);
  });

  it('explains its faults in Russian first, English on request (R2)', () => {
    try {
      validatePlan({ ...standard, warningPercent: 0 } satisfies Plan);
    } catch (err) {
      expect((err as DomainError).localize('ru')).toBe(
        'План обслуживания задан неверно: $.warningPercent: Ожидается целое число от 1 до 99',
      );
      expect((err as DomainError).localize('en')).toBe(
        'The service plan is invalid: $.warningPercent: Expected a whole number from 1 to 99',
      );
    }
  });

  it('refuses what is not an object at all', () => {
    expect(issuesOf(null)).toEqual([['$', 'plan.bad_object', {}]]);
  });
});
