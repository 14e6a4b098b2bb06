// Natural batching (group commit): calls that arrive while a batch is in flight wait and then go
// together as the next batch, so a busy server sends one statement and one commit for many requests,
// while a lone call goes at once and waits for nothing.

export interface BatchOptions {
  /** The most inputs one batch carries. */
  maxBatch?: number;
  /** How many batches may be in flight at once. */
  concurrency?: number;
  /**
   * Let the event loop turn once before each batch goes: requests already received are read
   * meanwhile and queue up for the next batch. Needed on the embedded database, which answers in
   * microtasks alone: without the turn no request is read while batches run, and each holds one.
   */
  gather?: boolean;
}

/**
 * A function of one input that runs `run` on batches of inputs; `run` returns one output per input,
 * in order. When a batch of several fails, each of its inputs is run alone, so a bad input fails its
 * own call only.
 */
export function batched<I, O>(
  run: (inputs: readonly I[]) => Promise<readonly O[]>,
  { maxBatch = 64, concurrency = 1, gather = false }: BatchOptions = {},
): (input: I) => Promise<O> {
  type Waiting = { input: I; resolve: (o: O) => void; reject: (e: unknown) => void };
  const queue: Waiting[] = [];
  let inFlight = 0;

  const runOne = async (input: I): Promise<O> => {
    const [output] = await run([input]);
    return output as O;
  };

  const settle = async (batch: Waiting[]) => {
    try {
      if (gather) await new Promise<void>((resolve) => setImmediate(resolve));
      const outputs = await run(batch.map((w) => w.input));
      if (outputs.length !== batch.length)
        throw new Error(`a batch of ${batch.length} gave ${outputs.length}`);
      for (const [i, w] of batch.entries()) w.resolve(outputs[i] as O);
    } catch (err) {
      if (batch.length === 1) batch[0]!.reject(err);
      else await Promise.all(batch.map((w) => runOne(w.input).then(w.resolve, w.reject)));
    }
  };

  const pump = () => {
    while (inFlight < concurrency && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      void settle(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return (input) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      pump();
    });
}

/** One batcher per database handle (a transaction is its own handle, so batches never cross one). */
export function batcherPerDb<D extends object, I, O>(
  make: (db: D) => (input: I) => Promise<O>,
): (db: D, input: I) => Promise<O> {
  const byDb = new WeakMap<D, (input: I) => Promise<O>>();
  return (db, input) => {
    let call = byDb.get(db);
    if (!call) {
      call = make(db);
      byDb.set(db, call);
    }
    return call(input);
  };
}
