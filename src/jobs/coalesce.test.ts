import { describe, expect, it } from 'vitest';
import { coalesceInstants, coalesceRuns, QUEUED_TRUST_MS, SAFE_MARGIN_MS } from './coalesce.ts';

describe('coalescing job requests', () => {
  it('an instant after one already queued well ahead relies on it; an earlier one, or a near one, is sent', async () => {
    let now = 0;
    const sent: number[] = [];
    const wakeAt = coalesceInstants(
      async (at) => void sent.push(at),
      () => now,
    );
    await wakeAt(60_000);
    await wakeAt(90_000); // the 60 s run reschedules from the database
    await wakeAt(30_000); // earlier: must be sent
    expect(sent).toEqual([60_000, 30_000]);
    now = 30_000 - SAFE_MARGIN_MS; // the queued run may be starting: do not rely on it
    await wakeAt(45_000);
    expect(sent).toEqual([60_000, 30_000, 45_000]);
  });

  it('a failed send is not remembered', async () => {
    let fail = true;
    const sent: number[] = [];
    const wakeAt = coalesceInstants(
      async (at) => {
        if (fail) throw new Error('queue down');
        sent.push(at);
      },
      () => 0,
    );
    await expect(wakeAt(60_000)).rejects.toThrow('queue down');
    fail = false;
    await wakeAt(90_000);
    expect(sent).toEqual([90_000]);
  });

  it('wakes while a run is queued are dropped; wakes while it runs make it go round again', async () => {
    let now = 0;
    let sends = 0;
    const runs = coalesceRuns(
      async () => void sends++,
      () => now,
    );
    await runs.wake();
    await runs.wake();
    expect(sends).toBe(1);
    let drains = 0;
    await runs.run(async () => {
      drains++;
      if (drains === 1) await runs.wake(); // a commit during the run
    });
    expect([sends, drains]).toEqual([1, 2]);
    await runs.wake(); // after the run: a new one
    expect(sends).toBe(2);
    now += QUEUED_TRUST_MS; // that queued run went to another instance long ago
    await runs.wake();
    expect(sends).toBe(3);
  });

  it('a dirty run waits gatherMs before going round again, so what arrives meanwhile goes in one round', async () => {
    const runs = coalesceRuns(async () => {}, undefined, 40);
    const rounds: number[] = [];
    const started = performance.now();
    await runs.run(async () => {
      rounds.push(performance.now() - started);
      if (rounds.length === 1) await runs.wake(); // a commit during the first round
    });
    expect(rounds).toHaveLength(2);
    expect(rounds[1]! - rounds[0]!).toBeGreaterThanOrEqual(39); // timers may fire a hair early
  });
});
