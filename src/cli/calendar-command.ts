// `srok calendar …`: import an xmlcalendar.ru year into a calendar file, or show one year of a calendar.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Calendar, HoursInterval } from '../domain/calendar/types.ts';
import { validateCalendar } from '../domain/calendar/validate-calendar.ts';
import { applyXmlCalendarYear, parseXmlCalendar } from '../domain/calendar/xmlcalendar.ts';
import { formatYearSummary, summarizeYear } from '../domain/calendar/year-summary.ts';
import { DomainError } from '../domain/errors.ts';
import { formatMessage, type Lang, type MessageCode, type MessageParams } from '../i18n/index.ts';
import { type CliIo, UsageError } from './io.ts';
import { loadCalendar } from './load-calendar.ts';

/** Runs one `srok calendar` subcommand; returns the exit code (0 done, 2 refused with a message). */
export async function runCalendarCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'import':
        return await runImport(rest, io);
      case 'show':
        return await runShow(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.out(`${formatMessage(io.lang, 'cli.calendar_usage')}\n`);
        return 0;
      default:
        io.err(`${formatMessage(io.lang, 'cli.calendar_usage')}\n`);
        return 2;
    }
  } catch (err) {
    io.err(`${describeFailure(err, io.lang)}\n`);
    return 2;
  }
}

/** `import --xml FILE [--year Y] [--base FILE|ru-standard] --out FILE.json` */
async function runImport(args: string[], io: CliIo): Promise<number> {
  const values = readOptions(args, io.lang, ['xml', 'year', 'base', 'out']);
  const xmlPath = required(values, 'xml', io.lang);
  const outPath = required(values, 'out', io.lang);
  const year = values.year === undefined ? undefined : parseYear(values.year, io.lang);
  const base = values.base === undefined ? plainWeek() : await loadCalendar(values.base);
  const xml = await readText(xmlPath, io.lang);

  const parsed = parseXmlCalendar(xml, { path: xmlPath, ...(year === undefined ? {} : { year }) });
  const calendar = validateCalendar(applyXmlCalendarYear(parsed, base));
  try {
    await writeFile(outPath, `${JSON.stringify(calendar, null, 2)}\n`, 'utf8');
  } catch {
    throw new UsageError(formatMessage(io.lang, 'cli.file_unwritable', { value: outPath }));
  }

  const summary = summarizeYear(calendar, parsed.year);
  io.out(
    `${formatMessage(io.lang, 'cli.calendar_imported', {
      file: outPath,
      year: parsed.year,
      days: summary.workingDays,
      hours: formatHours(summary.workingHours, io.lang),
      off: summary.daysOff.length,
      weekends: summary.workingWeekends.length,
      short: summary.shortDays.length,
    })}\n`,
  );
  return 0;
}

/** `show --calendar FILE|ru-standard --year Y` */
async function runShow(args: string[], io: CliIo): Promise<number> {
  const values = readOptions(args, io.lang, ['calendar', 'year']);
  const spec = required(values, 'calendar', io.lang);
  const year = parseYear(required(values, 'year', io.lang), io.lang);
  const calendar = await loadCalendar(spec);
  io.out(formatYearSummary(summarizeYear(calendar, year), io.lang));
  return 0;
}

type Options = Partial<Record<string, string>>;

function readOptions(args: string[], lang: Lang, names: readonly string[]): Options {
  const options = Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return values as Options;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw err;
    // Node names the offending token in quotes: "Unknown option '--yaer'", "Option '--xml <value>' …".
    const token = /'([^']+)'/.exec((err as Error).message)?.[1] ?? args.join(' ');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usage(lang, 'cli.missing_argument', { value: token.replace(/ <value>$/, '') });
    }
    throw usage(lang, 'cli.bad_argument', { value: token });
  }
}

function required(values: Options, name: string, lang: Lang): string {
  const value = values[name];
  if (value === undefined || value.trim() === '')
    throw usage(lang, 'cli.missing_argument', { value: `--${name}` });
  return value;
}

function parseYear(value: string, lang: Lang): number {
  if (!/^\d{4}$/.test(value.trim())) throw usage(lang, 'cli.bad_argument', { value: `--year ${value}` });
  return Number(value.trim());
}

function usage(lang: Lang, code: MessageCode, params: MessageParams): UsageError {
  return new UsageError(formatMessage(lang, code, params));
}

async function readText(path: string, lang: Lang): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw usage(lang, 'cli.file_unreadable', { value: path });
  }
}

/** The default base: Moscow, Monday to Friday 09:00–17:00, no exceptions. */
function plainWeek(): Calendar {
  const day = (): HoursInterval[] => [['09:00', '17:00']];
  return {
    timeZone: 'Europe/Moscow',
    week: { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] },
  };
}

function formatHours(hours: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(hours);
}

function describeFailure(err: unknown, lang: Lang): string {
  if (err instanceof DomainError) return err.localize(lang);
  if (err instanceof UsageError) return err.message;
  throw err;
}
