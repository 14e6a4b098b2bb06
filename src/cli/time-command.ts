// `srok time …`: working-time arithmetic from the command line, one query or a JSON-lines batch.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { getBuiltinCalendar } from '../domain/calendar/ru-standard.ts';
import type { Calendar } from '../domain/calendar/types.ts';
import { DomainError } from '../domain/errors.ts';
import {
  add,
  between,
  compileCalendar,
  explain,
  formatInstant,
  isWorking,
  nextWorking,
  type Pause,
  parseInstant,
  previousWorking,
  subtract,
  type WorkingCalendar,
} from '../domain/time/index.ts';
import { formatMessage } from '../i18n/index.ts';
import { type CliIo, UsageError } from './io.ts';
import { loadCalendar } from './load-calendar.ts';

const USAGE = `srok time add|sub --from ISO (--minutes N | --seconds N) [--calendar FILE|ru-standard] [--pause FROM/TO]…
srok time between --from ISO --to ISO [--calendar …] [--pause FROM/TO]…
srok time is-working|next-working|previous-working --at ISO [--calendar …]
srok time explain --from ISO --to ISO [--calendar …]
srok time batch [--calendar …]   (JSON lines on stdin → JSON lines on stdout)`;

/** Runs one `srok time` subcommand; returns the exit code. */
export async function runTimeCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      calendar: { type: 'string', default: 'ru-standard' },
      from: { type: 'string' },
      to: { type: 'string' },
      at: { type: 'string' },
      minutes: { type: 'string' },
      seconds: { type: 'string' },
      pause: { type: 'string', multiple: true },
    },
    strict: true,
  });
  if (sub === 'batch') return runBatch(io, await loadCalendar(values.calendar));
  const cal = compileCalendar(await loadCalendar(values.calendar));
  const instant = (name: 'from' | 'to' | 'at') => {
    const v = values[name];
    if (v === undefined)
      throw new UsageError(formatMessage(io.lang, 'cli.missing_argument', { value: `--${name}` }));
    return parseInstant(v, cal.zone);
  };
  const pauses = (values.pause ?? []).map((p) => parsePause(p.split('/'), cal));
  const amount = () => amountOf(values.minutes, values.seconds, io);
  const print = (v: unknown) => io.out(`${v}\n`);
  switch (sub) {
    case 'add':
      print(formatInstant(add(cal, instant('from'), amount(), pauses), cal.zone));
      return 0;
    case 'sub':
    case 'subtract':
      print(formatInstant(subtract(cal, instant('from'), amount(), pauses), cal.zone));
      return 0;
    case 'between':
      print(toMinutes(between(cal, instant('from'), instant('to'), pauses)));
      return 0;
    case 'is-working':
      print(isWorking(cal, instant('at'), pauses));
      return 0;
    case 'next-working':
      print(formatInstant(nextWorking(cal, instant('at'), pauses), cal.zone));
      return 0;
    case 'previous-working':
      print(formatInstant(previousWorking(cal, instant('at'), pauses), cal.zone));
      return 0;
    case 'explain':
      print(JSON.stringify(explainReadable(cal, instant('from'), instant('to'), pauses), null, 2));
      return 0;
    default:
      throw new UsageError(USAGE);
  }
}

interface BatchLine {
  id?: unknown;
  op?: unknown;
  calendar?: unknown;
  from?: unknown;
  to?: unknown;
  at?: unknown;
  minutes?: unknown;
  seconds?: unknown;
  pauses?: unknown;
}

/** Reads JSON lines, answers each in order; a bad line yields an error line and the batch goes on. */
async function runBatch(io: CliIo, defaultCalendar: Calendar): Promise<number> {
  const compiledByJson = new Map<string, WorkingCalendar>();
  const calendarOf = (spec: unknown): WorkingCalendar => {
    if (spec === undefined || spec === null) return compileCalendar(defaultCalendar);
    if (typeof spec === 'string') {
      const builtin = getBuiltinCalendar(spec);
      if (!builtin) throw new DomainError('calendar.unknown', { value: spec });
      spec = builtin;
    }
    const key = JSON.stringify(spec);
    let wc = compiledByJson.get(key);
    if (!wc) {
      wc = compileCalendar(spec as Calendar);
      if (compiledByJson.size > 256) compiledByJson.clear();
      compiledByJson.set(key, wc);
    }
    return wc;
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    let id: unknown = null;
    try {
      const line = JSON.parse(raw) as BatchLine;
      if (typeof line !== 'object' || line === null || Array.isArray(line))
        throw new SyntaxError('not an object');
      id = line.id ?? null;
      const result = answer(line, calendarOf(line.calendar), io);
      io.out(`${JSON.stringify({ id, result })}\n`);
    } catch (err) {
      io.out(`${JSON.stringify({ id, error: describe(err, io, raw) })}\n`);
    }
  }
  return 0;
}

function answer(line: BatchLine, cal: WorkingCalendar, io: CliIo): string | number | boolean {
  const at = (v: unknown) => parseInstant(v, cal.zone);
  const pauses = parsePauses(line.pauses, cal);
  const when = line.at ?? line.from;
  switch (line.op) {
    case 'add':
      return formatInstant(
        add(cal, at(line.from), amountOf(line.minutes, line.seconds, io), pauses),
        cal.zone,
      );
    case 'sub':
    case 'subtract':
      return formatInstant(
        subtract(cal, at(line.from), amountOf(line.minutes, line.seconds, io), pauses),
        cal.zone,
      );
    case 'between':
      return toMinutes(between(cal, at(line.from), at(line.to), pauses));
    case 'isWorking':
      return isWorking(cal, at(when), pauses);
    case 'nextWorking':
      return formatInstant(nextWorking(cal, at(when), pauses), cal.zone);
    case 'previousWorking':
      return formatInstant(previousWorking(cal, at(when), pauses), cal.zone);
    default:
      throw new UsageError(formatMessage(io.lang, 'cli.bad_op', { value: String(line.op) }));
  }
}

function parsePauses(value: unknown, cal: WorkingCalendar): Pause[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DomainError('time.bad_pause', { value: JSON.stringify(value) });
  return value.map((p) => parsePause(p, cal));
}

function parsePause(p: unknown, cal: WorkingCalendar): Pause {
  if (!Array.isArray(p) || p.length !== 2)
    throw new DomainError('time.bad_pause', { value: JSON.stringify(p) });
  const pause: Pause = [parseInstant(p[0], cal.zone), parseInstant(p[1], cal.zone)];
  if (pause[1] < pause[0]) throw new DomainError('time.bad_pause', { value: JSON.stringify(p) });
  return pause;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Milliseconds from --minutes or --seconds (exactly one of them). */
function amountOf(minutes: unknown, seconds: unknown, io: CliIo): number {
  const pick = minutes ?? seconds;
  if (pick === undefined || pick === null) {
    throw new UsageError(formatMessage(io.lang, 'cli.missing_argument', { value: '--minutes | --seconds' }));
  }
  const n =
    typeof pick === 'number'
      ? pick
      : typeof pick === 'string' && DECIMAL.test(pick.trim()) // not 0x10, 1e3 or Infinity
        ? Number(pick)
        : Number.NaN;
  if (!Number.isFinite(n)) throw new DomainError('time.bad_amount', { value: String(pick) });
  return Math.round(n * (minutes !== undefined && minutes !== null ? 60_000 : 1000));
}

function toMinutes(ms: number): number {
  return ms / 60_000;
}

function explainReadable(cal: WorkingCalendar, a: number, b: number, pauses: Pause[]) {
  const e = explain(cal, a, b, pauses);
  const iso = (t: number) => formatInstant(t, cal.zone);
  return {
    from: iso(e.from),
    to: iso(e.to),
    workingMinutes: toMinutes(e.working),
    intervals: e.intervals.map((i) => [iso(i.start), iso(i.end)]),
    pauses: e.pauses.map((p) => [iso(p.start), iso(p.end)]),
    days: e.days,
  };
}

function describe(err: unknown, io: CliIo, raw: string): string {
  if (err instanceof DomainError) return err.localize(io.lang);
  if (err instanceof UsageError) return err.message;
  if (err instanceof SyntaxError) return formatMessage(io.lang, 'cli.bad_json', { value: raw.slice(0, 80) });
  return String(err instanceof Error ? err.message : err);
}
