// Fewer queue jobs under load: many commits asking for the same work collapse into one job.
// Each skip below is safe because the job already queued will see those commits: it runs later
// than they committed, reads the database afresh, and schedules whatever comes next.

/** How far ahead a queued job must lie for a later instant to rely on it (it is not running yet). */
export const SAFE_MARGIN_MS = 1_000;

/**
 * Wraps "run the job at instant T": skips T when this process already queued a job at an instant
 * P ≤ T that is still more than a margin ahead (that run reschedules from the database).
 */
export function coalesceInstants(
  send: (at: number) => Promise<void>,
  now: () => number,
): (at: number) => Promise<void> {
  let earliest: number | null = null;
  return async (at: number) => {
    const t = now();
    const pending = earliest !== null && earliest > t + SAFE_MARGIN_MS;
    if (pending && earliest !== null && earliest <= at) return;
    const previous = earliest;
    earliest = pending && previous !== null ? Math.min(previous, at) : at;
    try {
      await send(at);
    } catch (err) {
      earliest = previous; // not queued: the next caller must try again
      throw err;
    }
  };
}

/** How long a queued run is trusted to start: another instance may have taken it (then it ran). */
export const QUEUED_TRUST_MS = 2_000;

/**
 * Wraps "run now" for a worker that drains everything due: while a run is queued (and not yet
 * started, for up to QUEUED_TRUST_MS) or running here, further calls only mark it dirty; a dirty
 * run goes round once more when it ends (after `gatherMs`).
 */
export function coalesceRuns(
  send: () => Promise<void>,
  now: () => number = () => performance.now(), // elapsed real time, not the (settable) business clock
  /** Real time a dirty run waits before going round again, so the work of a busy stretch gathers. */
  gatherMs = 0,
): {
  wake: () => Promise<void>;
  /** The job handler's body: runs `drain` until no wake arrived meanwhile. */
  run: (drain: () => Promise<void>) => Promise<void>;
} {
  let queuedAt: number | null = null;
  let running = false;
  let dirty = false;
  return {
    wake: async () => {
      if (running) {
        dirty = true;
        return;
      }
      const t = now();
      if (queuedAt !== null && t - queuedAt < QUEUED_TRUST_MS) return;
      queuedAt = t;
      try {
        await send();
      } catch (err) {
        queuedAt = null;
        throw err;
      }
    },
    run: async (drain) => {
      queuedAt = null;
      running = true;
      try {
        do {
          dirty = false;
          await drain();
          if (dirty && gatherMs > 0) await new Promise((resolve) => setTimeout(resolve, gatherMs));
        } while (dirty);
      } finally {
        running = false;
      }
    },
  };
}
