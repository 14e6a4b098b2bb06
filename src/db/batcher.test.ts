import { describe, expect, it } from 'vitest';
import { batched } from './batcher.ts';

/** A batch runner that records its batches and finishes each when told to. */
function recorder() {
  const batches: number[][] = [];
  const finish: Array<() => void> = [];
  const run = (inputs: readonly number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push([...inputs]);
      finish.push(() =>
        inputs.includes(13) && inputs.length >= 1
          ? reject(new Error('13'))
          : resolve(inputs.map((n) => n * 10)),
      );
    });
  return { batches, finish, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('natural batching', () => {
  it('runs a lone call at once, alone', async () => {
    const r = recorder();
    const call = batched(r.run);
    const p = call(1);
    expect(r.batches).toEqual([[1]]);
    r.finish[0]!();
    await expect(p).resolves.toBe(10);
  });

  it('sends the calls made while a batch is in flight together as the next batch, each with its own result', async () => {
    const r = recorder();
    const call = batched(r.run);
    const results = [call(1), call(2), call(3), call(4)];
    expect(r.batches).toEqual([[1]]);
    r.finish[0]!();
    await tick();
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    r.finish[1]!();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
  });

  it('keeps batches within maxBatch and in-flight batches within concurrency', async () => {
    const r = recorder();
    const call = batched(r.run, { maxBatch: 2, concurrency: 2 });
    const results = [1, 2, 3, 4, 5, 6].map((n) => call(n));
    expect(r.batches).toEqual([[1], [2]]);
    r.finish[0]!();
    await tick();
    expect(r.batches).toEqual([[1], [2], [3, 4]]);
    r.finish[1]!();
    await tick();
    expect(r.batches).toEqual([[1], [2], [3, 4], [5, 6]]);
    r.finish[2]!();
    r.finish[3]!();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('when a batch fails, runs its inputs one by one, so only the bad input fails', async () => {
    const r = recorder();
    const call = batched(r.run);
    const first = call(1);
    const rest = [call(12), call(13), call(14)].map((p) =>
      p.then(
        (v) => ({ v }),
        (e: Error) => ({ e: e.message }),
      ),
    );
    r.finish[0]!();
    await tick();
    expect(r.batches[1]).toEqual([12, 13, 14]);
    r.finish[1]!(); // fails: 13 is in it
    await tick();
    expect(r.batches.slice(2)).toEqual([[12], [13], [14]]);
    for (const f of r.finish.slice(2)) f();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(rest)).resolves.toEqual([{ v: 120 }, { e: '13' }, { v: 140 }]);
  });

  it('with gather, reads the requests already received before a batch goes, though the database answers in microtasks', async () => {
    // A runner like the embedded database's: it answers without ever giving the event loop a turn.
    const sizes = (gather: boolean) => {
      const batches: number[][] = [];
      const call = batched(
        async (inputs: readonly number[]) => {
          batches.push([...inputs]);
          return inputs.map((n) => n * 10);
        },
        { gather },
      );
      // Three requests already received (their callbacks are queued), then one handled now.
      const received = [2, 3, 4].map((n) => new Promise<number>((res) => setImmediate(() => res(call(n)))));
      return Promise.all([call(1), ...received]).then((results) => ({ batches, results }));
    };
    expect(await sizes(false)).toEqual({ batches: [[1], [2], [3], [4]], results: [10, 20, 30, 40] });
    expect(await sizes(true)).toEqual({ batches: [[1], [2, 3, 4]], results: [10, 20, 30, 40] });
  });
});
