// Latency samples and the plain-text tables the database bench prints.

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` (q in 0..1). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samplesMs: readonly number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `fn` `warmup` times untimed, then `samples` times timed one call at a time; returns ms per call. */
export async function sample(
  fn: (i: number) => Promise<unknown>,
  samples: number,
  warmup: number,
): Promise<number[]> {
  let i = 0;
  for (let w = 0; w < warmup; w++) await fn(i++);
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    await fn(i++);
    times.push(performance.now() - start);
  }
  return times;
}

export const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '—');
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

export function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(u === 0 ? 0 : 1)} ${units[u]}`;
}

/** Columns padded to their widest cell; `right` lists the columns aligned right (numbers). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: number[] = []) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
