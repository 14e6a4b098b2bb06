// A small timing harness: warm up, then a few timed rounds; ops/s is the median of the rounds.
// Fast operations run in calibrated batches so reading the clock does not dominate; slow ones
// (a single call longer than a round) are timed call by call and reported as extrapolated.

export interface MeasureOptions {
  /** Timed budget for the rounds together (ms); warm-up takes half as much again. */
  budgetMs: number;
  /** How many rounds the budget is split into. */
  rounds: number;
  /** Slow operations stop after this many rounds once the budget is spent. */
  minRounds: number;
  /** Upper bound on calls per round, whatever the clock says. */
  maxCallsPerRound: number;
}

export interface Measurement {
  /** Median of the rounds' ops/s. */
  opsPerSec: number;
  /** Timed calls over all rounds (warm-up excluded). */
  calls: number;
  /** Rounds that actually ran. */
  rounds: number;
  /** Too few calls to call it a measurement rather than an extrapolation. */
  extrapolated: boolean;
}

/** Fewer timed calls than this and the figure is marked as extrapolated. */
export const FEW_CALLS = 20;

/** Results are folded in here so the optimizer cannot drop the calls. */
let sink = 0;
export function sinkValue(): number {
  return sink;
}

/** Times `fn(i)` for i = 0, 1, 2, …; `fn` should vary its input with `i`. */
export function measure(fn: (i: number) => number, opts: MeasureOptions): Measurement {
  let i = 0;
  let acc = 0;

  // Warm-up, also sizing the batch so that one batch takes about a millisecond.
  const warmupMs = opts.budgetMs / 2;
  let batch = 1;
  let warmCalls = 0;
  const warmStart = performance.now();
  let now = warmStart;
  do {
    for (let k = 0; k < batch; k++) acc += fn(i++);
    warmCalls += batch;
    now = performance.now();
    if (now - warmStart < 1 && batch < 1 << 20) batch *= 2;
  } while (now - warmStart < warmupMs && warmCalls < opts.maxCallsPerRound);
  const perCall = (now - warmStart) / warmCalls;
  batch = Math.max(1, Math.min(opts.maxCallsPerRound, Math.floor(1 / perCall)));

  const roundMs = opts.budgetMs / opts.rounds;
  const rates: number[] = [];
  let calls = 0;
  let spent = 0;
  for (let r = 0; r < opts.rounds; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (let k = 0; k < batch; k++) acc += fn(i++);
      n += batch;
      elapsed = performance.now() - start;
    } while (elapsed < roundMs && n + batch <= opts.maxCallsPerRound);
    rates.push((n * 1000) / elapsed);
    calls += n;
    spent += elapsed;
    if (r + 1 >= opts.minRounds && spent >= opts.budgetMs) break;
  }
  sink += acc;
  return { opsPerSec: median(rates), calls, rounds: rates.length, extrapolated: calls < FEW_CALLS };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A seeded pseudo-random generator (mulberry32): the same inputs on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
