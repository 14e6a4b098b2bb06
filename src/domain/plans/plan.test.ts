import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { compileCalendar } from '../time/index.ts';
import { EXAMPLE_PLANS, EXTENDED_CALENDAR } from './example-plans.ts';
import { targetsFor, validatePlan } from './plan.ts';

describe('plans (R7)', () => {
  it('the shipped example plans are valid and give targets per type and priority', () => {
    for (const plan of EXAMPLE_PLANS) expect(validatePlan(plan)).toEqual(plan);
    const standard = EXAMPLE_PLANS.find((p) => p.name === 'Стандартный')!;
    expect(standard.calendarId).toBe('ru-standard');
    expect(targetsFor(standard, 'incident', 'critical').reactionMinutes).toBeLessThan(
      targetsFor(standard, 'incident', 'low').reactionMinutes,
    );
    expect(() => compileCalendar(EXTENDED_CALENDAR)).not.toThrow();
  });

  it('applies defaults and reports every bad field by path', () => {
    const { autoCloseDays: _a, ...rest } = EXAMPLE_PLANS[0]!;
    expect(validatePlan(rest).autoCloseDays).toBe(15);
    try {
      validatePlan({
        ...EXAMPLE_PLANS[0],
        warningPercent: 150,
        targets: { ...EXAMPLE_PLANS[0]!.targets, request: {} },
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      const paths = (err as DomainError).issues.map((i) => i.path);
      expect(paths).toContain('$.warningPercent');
      expect(paths.some((p) => p.startsWith('$.targets.request'))).toBe(true);
    }
  });
});
