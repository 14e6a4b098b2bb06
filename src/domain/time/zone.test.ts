// Zone offsets and local→UTC conversion agree with Temporal's 'compatible' rules.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './iso.ts';
import { getZone, isValidTimeZone } from './zone.ts';

const ZONES = [
  'Europe/Moscow',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'UTC',
];

describe('zone', () => {
  it('offsets match Temporal for random instants 1990–2040', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (name, t) => {
          const expected =
            Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(name).offsetNanoseconds / 1e6;
          expect(getZone(name).offsetAt(t)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('local wall-clock times map to UTC as Temporal does (gaps and overlaps included)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        (name, minute) => {
          const local = minute * 60_000;
          const d = new Date(local);
          const expected = Temporal.PlainDateTime.from({
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
            hour: d.getUTCHours(),
            minute: d.getUTCMinutes(),
          }).toZonedDateTime(name, { disambiguation: 'compatible' }).epochMilliseconds;
          expect(getZone(name).localToUtc(local)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the exact clock changes: New York spring gap and autumn overlap', () => {
    const ny = getZone('America/New_York');
    expect(formatInstant(parseInstant('2026-03-08T02:30', ny), ny)).toBe('2026-03-08T03:30:00-04:00');
    expect(formatInstant(parseInstant('2026-11-01T01:30', ny), ny)).toBe('2026-11-01T01:30:00-04:00');
    expect(formatInstant(parseInstant('2026-11-01T01:30-05:00', ny), ny)).toBe('2026-11-01T01:30:00-05:00');
  });

  it('knows valid zone names and rejects others', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('ISO instants', () => {
  const msk = getZone('Europe/Moscow');
  it.each([
    ['2026-01-12T12:30', '2026-01-12T12:30:00+03:00'],
    ['2026-01-12T12:30:00Z', '2026-01-12T15:30:00+03:00'],
    ['2026-01-12T12:30:00.250+03:00', '2026-01-12T12:30:00.250+03:00'],
    ['2026-01-12', '2026-01-12T00:00:00+03:00'],
    ['2026-01-12T24:00', '2026-01-13T00:00:00+03:00'],
    ['2026-01-12 09:00:00+0300', '2026-01-12T09:00:00+03:00'],
  ])('%s → %s', (text, expected) => {
    expect(formatInstant(parseInstant(text, msk), msk)).toBe(expected);
  });

  it.each([
    '2026-02-30T10:00',
    '2026-13-01',
    '2026-01-12T25:00',
    'tomorrow',
    '',
    '2026-01-12T24:01',
    '2026-11-05T12:00+03:99', // offset minutes beyond 59
    '2026-11-05T12:00+99:00', // offset hours beyond 23
  ])('rejects %j', (text) => {
    expect(() => parseInstant(text, msk)).toThrow(/ISO 8601/);
  });

  it('keeps years 0–99 as written and cuts fractions finer than a millisecond, never rounding up', () => {
    expect(new Date(parseInstant('0026-01-01T00:00Z', msk)).getUTCFullYear()).toBe(26);
    expect(parseInstant('2026-01-12T10:00:00.9999Z', msk)).toBe(Date.UTC(2026, 0, 12, 10, 0, 0, 999));
    expect(parseInstant('2026-01-12T10:00:00.5Z', msk)).toBe(Date.UTC(2026, 0, 12, 10, 0, 0, 500));
  });
});
