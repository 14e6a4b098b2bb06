import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { buildRuStandardCalendar } from './ru-standard.ts';
import type { Calendar, HoursInterval } from './types.ts';
import { importXmlCalendar, parseXmlCalendar, shortenByOneHour, xmlDaysToExceptions } from './xmlcalendar.ts';

const FIXTURE = readFileSync(
  new URL('../../../test/fixtures/xmlcalendar-ru-2024.xml', import.meta.url),
  'utf8',
);

function plainWeek(hours: HoursInterval[]): Calendar {
  return {
    timeZone: 'Europe/Moscow',
    week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [], sun: [] },
  };
}

const NINE_TO_FIVE = plainWeek([['09:00', '17:00']]);

function xmlOf(days: string, attrs = 'year="2025" lang="ru" date="2024.12.01"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<calendar ${attrs}>
  <holidays><holiday id="1" title="Новогодние каникулы"/><holiday id="3" title="День защитника Отечества"/></holidays>
  <days>${days}</days>
</calendar>`;
}

function expectDomainError(run: () => unknown, code: string): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return error as DomainError;
  }
  throw new Error(`expected DomainError ${code}`);
}

describe('parseXmlCalendar', () => {
  it('reads the real 2024 file: month-first dates, types, holiday titles, moved-from dates', () => {
    const parsed = parseXmlCalendar(FIXTURE);
    expect(parsed.year).toBe(2024);
    expect(parsed.days).toHaveLength(26);
    expect(parsed.days[0]).toEqual({ date: '2024-01-01', type: 'off', holidayTitle: 'Новогодние каникулы' });
    const byDate = new Map(parsed.days.map((d) => [d.date, d]));
    expect(byDate.get('2024-01-07')?.holidayTitle).toBe('Рождество Христово');
    expect(byDate.get('2024-02-22')).toEqual({ date: '2024-02-22', type: 'short' });
    expect(byDate.get('2024-04-27')).toEqual({ date: '2024-04-27', type: 'working' });
    expect(byDate.get('2024-04-30')).toEqual({ date: '2024-04-30', type: 'off', from: '2024-11-02' });
    expect(byDate.get('2024-11-02')?.type).toBe('short');
  });

  it('reads a CRLF copy exactly like the original', () => {
    const crlf = FIXTURE.replace(/\r?\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    expect(parseXmlCalendar(crlf)).toEqual(parseXmlCalendar(FIXTURE));
  });

  it.each([
    ['an explicit year beats the path', { year: 2024, path: 'ru/2026/calendar.xml' }, 2024],
    ['a /YYYY/ folder beats a wrong attribute', { path: 'data/ru/2025/calendar.en.xml' }, 2025],
    ['Windows paths count too', { path: 'C:\\data\\ru\\2025\\calendar.en.xml' }, 2025],
    ['a year-like file name is not a folder', { path: '2026.xml' }, 2024],
    ['the attribute is the last resort', {}, 2024],
  ])('year: %s', (_why, opts, year) => {
    const xml = xmlOf('<day d="01.01" t="1" h="1"/>', 'year="2024" lang="en" date="2024.09.27"');
    const parsed = parseXmlCalendar(xml, opts);
    expect(parsed.year).toBe(year);
    expect(parsed.days[0]?.date).toBe(`${year}-01-01`);
  });

  it('takes an explicit year for a file naming none, and refuses one naming another year', () => {
    const yearless = xmlOf('<day d="02.22" t="2"/>', 'lang="ru"');
    expect(parseXmlCalendar(yearless, { year: 2030 }).days[0]?.date).toBe('2030-02-22');
    const of2024 = xmlOf('<day d="02.22" t="2"/>', 'year="2024"');
    expectDomainError(() => parseXmlCalendar(of2024, { year: 2030 }), 'xmlcalendar.year_mismatch');
    expect(parseXmlCalendar(of2024, { year: 2024 }).year).toBe(2024);
  });

  it('accepts a missing country, self-closing tags with spaces and a repeated entry', () => {
    const xml = xmlOf(
      '<day d="02.23" t="1" h="3" /><day  d="03.09"  t="1"  f="03.08" /><day d="02.23" t="1"/>',
    );
    expect(parseXmlCalendar(xml).days).toEqual([
      { date: '2025-02-23', type: 'off', holidayTitle: 'День защитника Отечества' },
      { date: '2025-03-09', type: 'off', from: '2025-03-08' },
    ]);
  });

  it('accepts a file with no <days> and drops a dangling holiday id', () => {
    expect(parseXmlCalendar(xmlOf('')).days).toEqual([]);
    expect(parseXmlCalendar(xmlOf('<day d="05.09" t="1" h="6"/>')).days).toEqual([
      { date: '2025-05-09', type: 'off' },
    ]);
  });

  it.each([
    ['not XML at all', 'hello world'],
    ['an empty file', ''],
    ['unclosed tags', '<calendar year="2024"><days><day d="01.01" t="1"></days></calendar>'],
  ])('rejects %s as bad_xml', (_why, xml) => {
    const error = expectDomainError(() => parseXmlCalendar(xml), 'xmlcalendar.bad_xml');
    expect(error.localize('ru')).toMatch(/^Файл не похож на xmlcalendar: /);
  });

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE c [<!ENTITY e SYSTEM "file:///etc/passwd">]>'],
    ['a parameter entity', '<!DOCTYPE c [<!ENTITY % p SYSTEM "http://example.com/p.dtd"> %p;]>'],
    ['nested internal entities', '<!DOCTYPE c [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'],
    ['a bare doctype in lower case', '<!doctype calendar>'],
  ])('rejects a DOCTYPE with %s as not xmlcalendar', (_why, doctype) => {
    const xml = xmlOf('<day d="01.01" t="1"/>').replace('?>\n', `?>\n${doctype}\n`);
    const error = expectDomainError(() => parseXmlCalendar(xml), 'xmlcalendar.doctype');
    expect(error.localize('ru')).toMatch(/^Файл не является файлом xmlcalendar: /);
  });

  it('rejects well-formed XML of another kind', () => {
    const error = expectDomainError(() => parseXmlCalendar('<holidays year="2024"/>'), 'xmlcalendar.no_root');
    expect(error.localize('en')).toBe('The file has no <calendar> root element: it is not xmlcalendar');
  });

  it.each([
    ['no year anywhere', 'lang="ru"', {}],
    ['a garbled year attribute', 'year="20x4"', {}],
    ['an impossible explicit year', 'year="2024"', { year: 24 }],
  ])('rejects %s as bad_year', (_why, attrs, opts) => {
    expectDomainError(() => parseXmlCalendar(xmlOf('', attrs), opts), 'xmlcalendar.bad_year');
  });

  it.each([
    ['day first instead of month first', '<day d="23.02" t="1"/>'],
    ['no such date', '<day d="02.30" t="1"/>'],
    ['an unknown type', '<day d="02.23" t="7"/>'],
    ['a missing type', '<day d="02.23"/>'],
    ['contradicting entries for one date', '<day d="02.22" t="1"/><day d="02.22" t="2"/>'],
  ])('rejects %s as bad_day', (_why, days) => {
    expectDomainError(() => parseXmlCalendar(xmlOf(days)), 'xmlcalendar.bad_day');
  });
});

describe('shortenByOneHour', () => {
  it.each<[HoursInterval[], HoursInterval[]]>([
    [[['09:00', '17:00']], [['09:00', '16:00']]],
    [
      [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
      [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
    ],
    [
      [
        ['09:00', '13:00'],
        ['16:30', '17:00'],
      ],
      [['09:00', '12:30']],
    ],
    [
      [
        ['09:00', '13:00'],
        ['14:00', '15:00'],
      ],
      [['09:00', '13:00']],
    ],
    [[['00:00', '24:00']], [['00:00', '23:00']]],
    [[['09:00', '10:00']], [['09:00', '10:00']]],
  ])('%j becomes %j', (hours, expected) => {
    expect(shortenByOneHour(hours)).toEqual(expected);
  });
});

describe('xmlDaysToExceptions', () => {
  const parsed = parseXmlCalendar(FIXTURE);

  it('over a split day, short days end an hour early and working Saturdays get a workday', () => {
    const split: HoursInterval[] = [
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ];
    const byDate = new Map(xmlDaysToExceptions(parsed, plainWeek(split).week).map((e) => [e.date, e]));
    expect(byDate.get('2024-02-22')).toEqual({
      date: '2024-02-22',
      kind: 'short',
      hours: [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
    });
    expect(byDate.get('2024-11-02')?.hours).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(byDate.get('2024-04-27')).toEqual({ date: '2024-04-27', kind: 'working', hours: split });
    expect(byDate.get('2024-01-08')).toMatchObject({
      kind: 'holiday',
      hours: [],
      title: 'Новогодние каникулы',
    });
    expect(byDate.get('2024-12-30')).toEqual({ date: '2024-12-30', kind: 'transfer', hours: [] });
  });

  it('uses the weekday’s own hours when the base week works that day', () => {
    const sixDays = { ...NINE_TO_FIVE.week, sat: [['10:00', '14:00']] as HoursInterval[] };
    const byDate = new Map(xmlDaysToExceptions(parsed, sixDays).map((e) => [e.date, e]));
    expect(byDate.get('2024-11-02')?.hours).toEqual([['10:00', '13:00']]);
    expect(byDate.get('2024-12-28')?.hours).toEqual([['10:00', '14:00']]);
  });

  it('drops a t=1 weekend entry that names no holiday: it only repeats a transfer', () => {
    const extra = parseXmlCalendar(xmlOf('<day d="03.09" t="1" f="03.08"/><day d="06.13" t="1" f="03.08"/>'));
    expect(xmlDaysToExceptions(extra, NINE_TO_FIVE.week).map((e) => e.date)).toEqual(['2025-06-13']);
  });
});

describe('importXmlCalendar', () => {
  it('2024 onto a Mon–Fri 09:00–17:00 week matches ru-standard day for day', () => {
    const imported = importXmlCalendar(FIXTURE, NINE_TO_FIVE);
    const of2024 = (cal: Calendar) =>
      (cal.exceptions ?? [])
        .filter((e) => e.date.startsWith('2024-'))
        .map(({ date, hours, kind }) => ({ date, hours, kind }));
    expect(of2024(imported)).toEqual(of2024(buildRuStandardCalendar()));
    expect(imported.validFrom).toBeUndefined();
  });

  it('replaces only that year, keeps order, widens the period and confirms the year', () => {
    const base = buildRuStandardCalendar();
    const replaced = importXmlCalendar(
      xmlOf('<day d="01.01" t="1" h="1"/><day d="11.01" t="3"/>', 'year="2027"'),
      base,
    );
    const dates = replaced.exceptions?.map((e) => e.date) ?? [];
    expect(dates.filter((d) => d.startsWith('2027-'))).toEqual(['2027-01-01', '2027-11-01']);
    expect(dates.filter((d) => d.startsWith('2026-'))).toHaveLength(
      base.exceptions?.filter((e) => e.date.startsWith('2026-')).length ?? 0,
    );
    expect([...dates].sort()).toEqual(dates);
    expect(replaced.unconfirmedYears).toEqual([]);
    expect(base.unconfirmedYears).toEqual([2027]);

    const widened = importXmlCalendar(xmlOf('<day d="01.01" t="1" h="1"/>', 'year="2028"'), base);
    expect([widened.validFrom, widened.validTo]).toEqual(['2023-01-01', '2028-12-31']);
    expect(base.validTo).toBe('2027-12-31');
  });

  it('refuses a year that leaves a gap after or before the known period: its holidays would count as working days', () => {
    const base = { ...NINE_TO_FIVE, validFrom: '2024-01-01', validTo: '2027-12-31' };
    const file = (year: number) => xmlOf('<day d="01.01" t="1" h="1"/>', `year="${year}"`);
    expectDomainError(() => importXmlCalendar(file(2029), base), 'xmlcalendar.year_gap');
    expectDomainError(() => importXmlCalendar(file(2022), base), 'xmlcalendar.year_gap');
    const gap = expectDomainError(() => importXmlCalendar(file(2030), base), 'xmlcalendar.year_gap');
    expect(gap.localize('ru')).toContain('(2028-01-01 — 2029-12-31)');
    // Next to the period on either side, or inside it, a year is taken.
    expect(importXmlCalendar(file(2023), base).validFrom).toBe('2023-01-01');
    expect(importXmlCalendar(file(2026), base).validTo).toBe('2027-12-31');
  });
});
