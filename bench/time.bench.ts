// Working-time engines compared on one calendar: Srok's engine against moment-business-time and
// dayjs-business-time. Run: npm run bench:time [-- --ms 300]
//
// Calendar: Europe/Moscow, Mon–Fri 09:00–17:00, with the 2025–2026 Russian days off, the working
// Saturday 2025-11-01 and the short (09:00–16:00) days. The peers know only a weekly schedule and
// holiday dates, so they get the days off only. Operations: `add` (the instant N working hours
// after a start) and `between` (working time from a start to the instant N working hours later,
// the end computed by Srok so every engine measures the same interval), N = 1, 100, 1,000, 10,000.
import './tz.ts';
import { parseArgs } from 'node:util';
import { DAYS_OFF } from './calendar.ts';
import { type Engine, HOUR_MS, MINUTE_MS } from './engine.ts';
import { FEW_CALLS, type Measurement, measure, seededRandom, sinkValue } from './measure.ts';
import { dayjsBusinessTimeEngine } from './peers/dayjs-business-time.ts';
import { momentBusinessTime } from './peers/moment-business-time.ts';
import { srokEngine } from './peers/srok.ts';

const SPANS_H = [1, 100, 1_000, 10_000] as const;
const OPS = ['add', 'between'] as const;
type Op = (typeof OPS)[number];
const INPUTS = 64; // a power of two: inputs are picked with `i & (INPUTS - 1)`
const SEED = 20250101;
const TARGET_SPEEDUP = 100; // Srok vs the faster peer at 1,000 h
const TARGET_SPEEDUP_SPAN = 1_000;
const TARGET_COST_RATIO = 2; // Srok's cost at 10,000 h vs at 1 h

const { values: args } = parseArgs({
  options: {
    ms: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
  },
});
const budgetMs = Number(args.ms);
const rounds = Number(args.rounds);
if (!(budgetMs > 0) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: tsx bench/time.bench.ts [--ms <budget per measurement, ms>] [--rounds <n>]');
  process.exit(2);
}
const measureOptions = { budgetMs, rounds, minRounds: Math.min(3, rounds), maxCallsPerRound: 50_000_000 };

const benchStart = performance.now();
// Moscow has been UTC+3 all year since 2014; the peers rely on the local zone being it.
const offsetMin = new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset();
if (offsetMin !== -180) console.log(`WARNING: local zone is not Europe/Moscow (offset ${-offsetMin} min)`);

const srok = srokEngine();
const peers: Engine[] = [momentBusinessTime(), dayjsBusinessTimeEngine()];
const engines: Engine[] = [srok, ...peers];

// Start instants: whole minutes (the peers count whole minutes) anywhere in 2025, local time.
const random = seededRandom(SEED);
const yearStart = Date.parse('2025-01-01T00:00:00+03:00');
const yearEnd = Date.parse('2026-01-01T00:00:00+03:00');
const starts = Array.from(
  { length: INPUTS },
  () => yearStart + Math.floor((random() * (yearEnd - yearStart)) / MINUTE_MS) * MINUTE_MS,
);
// For `between`: the instant N working hours after each start, by Srok's full calendar.
const ends = new Map<number, number[]>(SPANS_H.map((h) => [h, starts.map((s) => srok.add(s, h * HOUR_MS))]));

console.log('Working-time engines: add / between on one calendar');
console.log(`calendar: Europe/Moscow, Mon–Fri 09:00–17:00, ${DAYS_OFF.length} days off 2025–2026`);
for (const e of engines) console.log(`  ${e.name.padEnd(10)} ${e.calendarNote}`);
console.log(
  `inputs: ${INPUTS} seeded start instants in 2025; budget ${budgetMs} ms per measurement ` +
    `(+${budgetMs / 2} ms warm-up), median of up to ${rounds} rounds; Node ${process.version}`,
);
console.log('');

sampleChecks();
console.log('');

// ---- measurements -------------------------------------------------------------------------------

const results = new Map<string, Measurement>();
const key = (op: Op, h: number, engine: Engine) => `${op}/${h}/${engine.name}`;
const mask = INPUTS - 1;

for (const op of OPS) {
  for (const h of SPANS_H) {
    const amount = h * HOUR_MS;
    const spanEnds = ends.get(h)!;
    for (const engine of engines) {
      const fn =
        op === 'add'
          ? (i: number) => engine.add(starts[i & mask]!, amount)
          : (i: number) => engine.between(starts[i & mask]!, spanEnds[i & mask]!);
      results.set(key(op, h, engine), measure(fn, measureOptions));
    }
  }
}

// ---- report -------------------------------------------------------------------------------------

const cols = [8, 9, 14, 17, 16, 20];
const row = (cells: string[]) =>
  cells.map((c, k) => (k < 2 ? c.padEnd(cols[k]!) : c.padStart(cols[k]!))).join(' ');
console.log(
  row(['op', 'span(h)', 'srok ops/s', ...peers.map((p) => `${p.name} ops/s`), 'srok / faster peer']),
);
for (const op of OPS) {
  for (const h of SPANS_H) {
    const own = results.get(key(op, h, srok))!;
    const theirs = peers.map((p) => results.get(key(op, h, p))!);
    const fastest = Math.max(...theirs.map((m) => m.opsPerSec));
    console.log(
      row([op, String(h), fmtOps(own), ...theirs.map(fmtOps), `${fmtRatio(own.opsPerSec / fastest)}x`]),
    );
  }
}
console.log(`(~ = extrapolated from fewer than ${FEW_CALLS} timed calls)`);

const costRatio = (op: Op) =>
  results.get(key(op, SPANS_H[0], srok))!.opsPerSec / results.get(key(op, 10_000, srok))!.opsPerSec;
const costs = OPS.map((op) => `${op} ${costRatio(op).toFixed(1)}x`).join(', ');
console.log(`srok cost at 10000h / cost at 1h: ${costs}`);
console.log('');

const speedups = OPS.map((op) => {
  const own = results.get(key(op, TARGET_SPEEDUP_SPAN, srok))!.opsPerSec;
  const peer = Math.max(...peers.map((p) => results.get(key(op, TARGET_SPEEDUP_SPAN, p))!.opsPerSec));
  return { op, ratio: own / peer };
});
const speedOk = speedups.every((s) => s.ratio >= TARGET_SPEEDUP);
console.log(
  `${speedOk ? 'PASS' : 'FAIL'} srok >= ${TARGET_SPEEDUP}x the faster peer at ${TARGET_SPEEDUP_SPAN} h: ` +
    speedups.map((s) => `${s.op} ${fmtRatio(s.ratio)}x`).join(', '),
);
const costOk = OPS.every((op) => costRatio(op) <= TARGET_COST_RATIO);
console.log(
  `${costOk ? 'PASS' : 'FAIL'} srok cost at 10000 h <= ${TARGET_COST_RATIO}x its cost at 1 h: ${costs}`,
);
console.log(`(${((performance.now() - benchStart) / 1000).toFixed(1)} s; checksum ${sinkValue() % 1000})`);

// ---- sample agreement -----------------------------------------------------------------------------

/**
 * A few cases whose intervals cross no short day and no working Saturday, where every engine
 * should agree. A mismatch is a warning, not a failure: the peers' conventions differ.
 */
function sampleChecks(): void {
  const cases: [string, number][] = [
    ['2025-02-03T10:00', 1], // within one day
    ['2025-02-03T09:00', 8], // ends exactly at the close
    ['2025-02-03T16:30', 1], // over the night
    ['2025-02-08T13:00', 1], // starts on a Saturday
    ['2025-01-09T10:30', 100], // after the New Year days off
    ['2025-05-05T09:00', 100], // over the May 8–9 days off
    ['2025-12-29T12:00', 40], // over 2025-12-31 and the 2026 New Year days off
  ];
  let mismatches = 0;
  for (const [local, h] of cases) {
    const start = Date.parse(`${local}:00+03:00`);
    const amount = h * HOUR_MS;
    const expectedEnd = srok.add(start, amount);
    for (const peer of peers) {
      const end = peer.add(start, amount);
      if (end !== expectedEnd) {
        mismatches++;
        console.log(
          `WARNING: add ${local} + ${h} h: ${peer.name} ${moscow(end)}, srok ${moscow(expectedEnd)}`,
        );
      }
    }
    for (const engine of engines) {
      const span = engine.between(start, expectedEnd);
      if (span !== amount) {
        mismatches++;
        console.log(
          `WARNING: between ${local} and ${moscow(expectedEnd)}: ${engine.name} ${span / HOUR_MS} h, expected ${h} h`,
        );
      }
    }
  }
  const checks = cases.length * (peers.length + engines.length);
  console.log(
    mismatches === 0
      ? `sample check: ${cases.length} cases (add, between) — all engines agree (${checks} comparisons)`
      : `sample check: ${mismatches} of ${checks} comparisons disagree (see warnings above)`,
  );
  console.log(
    'note: over short days or the working Saturday the peers differ from srok by design (they lack them)',
  );
}

// ---- formatting ---------------------------------------------------------------------------------

function fmtOps(m: Measurement): string {
  const v = m.opsPerSec;
  const text =
    v >= 1e6
      ? `${(v / 1e6).toFixed(2)}M`
      : v >= 1e4
        ? `${(v / 1e3).toFixed(0)}k`
        : v >= 1e3
          ? `${(v / 1e3).toFixed(1)}k`
          : v >= 10
            ? v.toFixed(0)
            : v.toFixed(2);
  return m.extrapolated ? `~${text}` : text;
}

function fmtRatio(r: number): string {
  return r >= 100 ? Math.round(r).toLocaleString('en-US') : r >= 10 ? r.toFixed(0) : r.toFixed(1);
}

/** Local Moscow wall time of an instant, for messages. */
function moscow(t: number): string {
  return new Date(t + 3 * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ');
}
