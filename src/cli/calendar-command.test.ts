import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Calendar } from '../domain/calendar/types.ts';
import type { Lang } from '../i18n/index.ts';
import { runCalendarCommand } from './calendar-command.ts';
import type { CliIo } from './io.ts';

const FIXTURE = new URL('../../test/fixtures/xmlcalendar-ru-2024.xml', import.meta.url).pathname;

function fakeIo(lang: Lang = 'ru'): CliIo & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdin: Readable.from([]),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    lang,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srok-calendar-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The fixture's days without its year attribute: a file whose year only --year can tell. */
async function yearlessFixture(): Promise<string> {
  const path = join(dir, 'yearless.xml');
  await writeFile(path, (await readFile(FIXTURE, 'utf8')).replace(' year="2024"', ''));
  return path;
}

async function readCalendar(path: string): Promise<Calendar> {
  return JSON.parse(await readFile(path, 'utf8')) as Calendar;
}

describe('srok calendar import', () => {
  it('imports 2024 onto the plain Moscow week and reports the year in one line', async () => {
    const io = fakeIo();
    const out = join(dir, 'cal.json');
    expect(await runCalendarCommand(['import', '--xml', FIXTURE, '--out', out], io)).toBe(0);
    expect(io.stdout()).toBe(
      `Календарь записан в ${out}: 2024 год — рабочих дней 248, рабочих часов 1979; ` +
        'нерабочих будней 17, рабочих выходных 3, сокращённых дней 5\n',
    );
    expect(io.stderr()).toBe('');
    const written = await readFile(out, 'utf8');
    expect(written).toContain('\n  "timeZone": "Europe/Moscow",\n');
    const cal = JSON.parse(written) as Calendar;
    expect(cal.week.mon).toEqual([['09:00', '17:00']]);
    expect(cal.exceptions?.find((e) => e.date === '2024-11-02')).toEqual({
      date: '2024-11-02',
      hours: [['09:00', '16:00']],
      kind: 'short',
    });
  });

  it('takes the year from --year and imports onto a calendar file, in English', async () => {
    const base = join(dir, 'base.json');
    await writeFile(
      base,
      JSON.stringify({
        timeZone: 'Europe/Moscow',
        week: {
          mon: [
            ['08:00', '12:00'],
            ['13:00', '18:00'],
          ],
        },
      }),
    );
    const io = fakeIo('en');
    const out = join(dir, 'out.json');
    const code = await runCalendarCommand(
      ['import', '--xml', await yearlessFixture(), '--year', '2030', '--base', base, '--out', out],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/^Calendar written to .*out\.json: 2030, /);
    const cal = await readCalendar(out);
    // 2030-02-22 is a Friday: the base works only Mondays, so the short day borrows Monday's hours.
    expect(cal.exceptions?.find((e) => e.date === '2030-02-22')?.hours).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
  });

  it('refuses to load a file naming one year as another, and writes nothing', async () => {
    const io = fakeIo();
    const out = join(dir, 'out.json');
    const args = ['import', '--xml', FIXTURE, '--year', '2030', '--base', 'ru-standard', '--out', out];
    expect(await runCalendarCommand(args, io)).not.toBe(0);
    expect(io.stderr()).toContain('на 2024 год, а загрузить его просили как 2030');
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('extends ru-standard by the next year, and refuses a year that would leave years without data', async () => {
    const out = join(dir, 'out.json');
    const xml = await yearlessFixture();
    const next = fakeIo();
    const args = (year: string) => [
      'import',
      '--xml',
      xml,
      '--year',
      year,
      '--base',
      'ru-standard',
      '--out',
      out,
    ];
    expect(await runCalendarCommand(args('2028'), next)).toBe(0);
    const cal = await readCalendar(out);
    expect([cal.validFrom, cal.validTo]).toEqual(['2023-01-01', '2028-12-31']);
    expect(cal.exceptions?.some((e) => e.date.startsWith('2028-'))).toBe(true);
    expect(next.stderr()).toBe('');
    await rm(out);
    const gap = fakeIo();
    expect(await runCalendarCommand(args('2030'), gap)).not.toBe(0);
    expect(gap.stderr()).toContain('(2028-01-01 — 2029-12-31)');
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['import', '--out', 'x.json'], 'Не указан обязательный аргумент --xml\n'],
    [['import', '--xml', 'a.xml'], 'Не указан обязательный аргумент --out\n'],
    [['import', '--xml'], 'Не указан обязательный аргумент --xml\n'],
    [['import', '--xml', 'a.xml', '--out', 'b.json', '--yaer', '2024'], 'Неверный аргумент: --yaer\n'],
    [['import', '--xml', 'a.xml', '--out', 'b.json', '--year', '24'], 'Неверный аргумент: --year 24\n'],
    [['import', '--xml', 'a.xml', '--out', 'b.json', 'extra'], 'Неверный аргумент: extra\n'],
    [['show', '--calendar', 'ru-standard'], 'Не указан обязательный аргумент --year\n'],
    [['show', '--year', '2024'], 'Не указан обязательный аргумент --calendar\n'],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const io = fakeIo();
    expect(await runCalendarCommand(args, io)).toBe(2);
    expect(io.stderr()).toBe(message);
    expect(io.stdout()).toBe('');
  });

  it('refuses a missing file, a malformed file and an invalid base without writing anything', async () => {
    const out = join(dir, 'out.json');
    const missing = fakeIo();
    expect(await runCalendarCommand(['import', '--xml', join(dir, 'none.xml'), '--out', out], missing)).toBe(
      2,
    );
    expect(missing.stderr()).toBe(`Не удалось прочитать файл ${join(dir, 'none.xml')}\n`);

    const broken = join(dir, 'broken.xml');
    await writeFile(broken, '<calendar year="2024"><days><day d="01.01" t="1"></days>');
    const bad = fakeIo('en');
    expect(await runCalendarCommand(['import', '--xml', broken, '--out', out], bad)).toBe(2);
    expect(bad.stderr()).toMatch(/^The file does not look like xmlcalendar: /);

    const wrongDay = join(dir, 'day.xml');
    await writeFile(wrongDay, '<calendar year="2024"><days><day d="23.02" t="1"/></days></calendar>');
    const day = fakeIo();
    expect(await runCalendarCommand(['import', '--xml', wrongDay, '--out', out], day)).toBe(2);
    expect(day.stderr()).toBe('Запись дня <day d="23.02" t="1"> задана неверно\n');

    const base = join(dir, 'base.json');
    await writeFile(base, JSON.stringify({ timeZone: 'Mars/Olympus', week: {} }));
    const invalid = fakeIo();
    expect(
      await runCalendarCommand(['import', '--xml', FIXTURE, '--base', base, '--out', out], invalid),
    ).toBe(2);
    expect(invalid.stderr()).toMatch(/^Календарь задан неверно: .*Mars\/Olympus/);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe('srok calendar show', () => {
  it('prints the year of the built-in calendar', async () => {
    const io = fakeIo();
    expect(await runCalendarCommand(['show', '--calendar', 'ru-standard', '--year', '2025'], io)).toBe(0);
    expect(io.stdout()).toMatch(
      /^Производственный календарь на 2025 год\nРабочих дней: 247; рабочих часов: 1972\n/,
    );
    expect(io.stdout()).toContain('Рабочие выходные (1): 01.11 сб\n');
  });

  it('prints a calendar file written by import, in English', async () => {
    const out = join(dir, 'cal.json');
    expect(await runCalendarCommand(['import', '--xml', FIXTURE, '--out', out], fakeIo())).toBe(0);
    const io = fakeIo('en');
    expect(await runCalendarCommand(['show', '--calendar', out, '--year', '2024'], io)).toBe(0);
    expect(io.stdout()).toContain('Working days: 248; working hours: 1979\n');
    expect(io.stdout()).toContain('Working weekends (3): Apr 27 Sat, Nov 02 Sat, Dec 28 Sat\n');
  });

  it('warns about an unconfirmed year and refuses a year the calendar does not know', async () => {
    const io = fakeIo();
    expect(await runCalendarCommand(['show', '--calendar', 'ru-standard', '--year', '2027'], io)).toBe(0);
    expect(io.stdout()).toContain('Внимание: данные за 2027 год официально не подтверждены');
    const late = fakeIo();
    expect(await runCalendarCommand(['show', '--calendar', 'ru-standard', '--year', '2031'], late)).toBe(2);
    expect(late.stderr()).toContain('Календарь известен только с 2023-01-01 по 2027-12-31; 2031 вне');
  });
});

describe('srok calendar', () => {
  it('prints usage for an unknown or missing subcommand and exits with 2', async () => {
    for (const args of [['frobnicate'], []]) {
      const io = fakeIo();
      expect(await runCalendarCommand(args, io)).toBe(2);
      expect(io.stderr()).toContain('srok calendar import --xml ФАЙЛ.xml');
    }
    const help = fakeIo('en');
    expect(await runCalendarCommand(['--help'], help)).toBe(0);
    expect(help.stdout()).toContain('srok calendar show --calendar FILE.json|ru-standard --year YEAR');
  });
});
