import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatMinutes } from './format-time.ts';

// Node reads TZ afresh when it changes: a stand-in for the browser's zone (web code has no Node types).
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const browserZone = env.TZ;
afterEach(() => {
  if (browserZone === undefined) delete env.TZ;
  else env.TZ = browserZone;
});

describe('deadlines in words', () => {
  it('«14 января, 12:30» in the calendar zone, with the year only when it is not this one', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(formatInstant('2026-01-14T09:30:00Z', 'ru', { zone: 'Europe/Moscow', now })).toBe(
      '14 января, 12:30',
    );
    expect(formatInstant('2027-01-14T09:30:00Z', 'ru', { zone: 'Europe/Moscow', now })).toBe(
      '14 января 2027 г., 12:30',
    );
    expect(formatInstant('2026-01-14T09:30:00Z', 'en', { zone: 'Europe/Moscow', now })).toBe(
      '14 January, 12:30',
    );
  });

  it('without a zone, the portal’s Moscow time whatever the browser’s zone', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    for (const zone of ['UTC', 'America/New_York', 'Asia/Vladivostok']) {
      env.TZ = zone;
      expect(formatInstant('2026-11-24T07:00:00Z', 'ru', { now })).toBe('24 ноября, 10:00');
      expect(formatInstant('2026-12-31T22:30:00Z', 'en', { now })).toBe('1 January 2027, 01:30');
      expect(formatDate('2026-12-31T22:30:00Z', 'ru')).toBe('01.01.2027');
    }
  });

  it('working minutes as hours and minutes', () => {
    expect(formatMinutes(150, 'ru')).toBe('2 ч 30 мин');
    expect(formatMinutes(120, 'en')).toBe('2 h');
    expect(formatMinutes(45, 'ru')).toBe('45 мин');
    expect(formatMinutes(-90, 'ru')).toBe('−1 ч 30 мин');
  });
});
