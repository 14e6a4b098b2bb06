import { describe, expect, it } from 'vitest';
import { formatInstant, formatMinutes } from './format-time.ts';

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

  it('working minutes as hours and minutes', () => {
    expect(formatMinutes(150, 'ru')).toBe('2 ч 30 мин');
    expect(formatMinutes(120, 'en')).toBe('2 h');
    expect(formatMinutes(45, 'ru')).toBe('45 мин');
    expect(formatMinutes(-90, 'ru')).toBe('−1 ч 30 мин');
  });
});
