// A deadline typed as wall time is meant in the calendar's zone, whatever the browser's zone is.
import { describe, expect, it } from 'vitest';
import { zonedToIso } from './zoned-time.ts';

describe('zonedToIso', () => {
  it.each([
    ['Moscow is UTC+3 all year', '2026-05-06T16:00', 'Europe/Moscow', '2026-05-06T13:00:00.000Z'],
    ['UTC is itself', '2026-01-14T09:30', 'UTC', '2026-01-14T09:30:00.000Z'],
    ['Berlin in summer is UTC+2', '2026-07-01T12:00', 'Europe/Berlin', '2026-07-01T10:00:00.000Z'],
    ['Berlin in winter is UTC+1', '2026-01-01T12:00', 'Europe/Berlin', '2026-01-01T11:00:00.000Z'],
    ['Vladivostok is UTC+10', '2026-03-02T09:00', 'Asia/Vladivostok', '2026-03-01T23:00:00.000Z'],
  ])('%s', (_title, local, zone, expected) => {
    expect(zonedToIso(local, zone)).toBe(expected);
  });

  it('refuses what is not a wall time', () => {
    expect(zonedToIso('', 'UTC')).toBeNull();
    expect(zonedToIso('6 мая', 'UTC')).toBeNull();
  });
});
