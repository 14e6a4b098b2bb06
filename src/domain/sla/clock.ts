// One SLA clock's recorded state and its transitions; due instants are derived, never stored here.

export type ClockStatus = 'inactive' | 'running' | 'paused' | 'stopped';

export interface ClockState {
  status: ClockStatus;
  startedAt: number | null; // start of the current run (a solution cycle restarts it, R8)
  pauses: Array<[number, number]>; // closed pauses [from, to) inside the run (R9)
  pausedAt: number | null; // start of the open pause
  stoppedAt: number | null;
  targetMs: number; // working ms (reaction, solution, progress) or calendar ms (auto_close)
  manualDueAt: number | null; // a deadline set by support overrides the computed one (R15)
  warned: boolean;
  breached: boolean;
}

/** A clock that has not started. */
export function inactiveClock(targetMs = 0): ClockState {
  return {
    status: 'inactive',
    startedAt: null,
    pauses: [],
    pausedAt: null,
    stoppedAt: null,
    targetMs,
    manualDueAt: null,
    warned: false,
    breached: false,
  };
}

/** A fresh run from `at` (any previous run is forgotten, its events stay in the history). */
export function startClock(targetMs: number, at: number): ClockState {
  return { ...inactiveClock(targetMs), status: 'running', startedAt: at };
}

/** Pauses a running clock. */
export function pauseClock(c: ClockState, at: number): ClockState {
  return c.status === 'running' ? { ...c, status: 'paused', pausedAt: at } : c;
}

/** Resumes a paused clock: the pause is kept so consumed time excludes it. */
export function resumeClock(c: ClockState, at: number): ClockState {
  if (c.status !== 'paused' || c.pausedAt === null) return c;
  return { ...c, status: 'running', pauses: [...c.pauses, [c.pausedAt, at]], pausedAt: null };
}

/** Stops a running or paused clock at `at`. */
export function stopClock(c: ClockState, at: number): ClockState {
  if (c.status === 'running') return { ...c, status: 'stopped', stoppedAt: at };
  if (c.status === 'paused' && c.pausedAt !== null) {
    return { ...c, status: 'stopped', stoppedAt: c.pausedAt, pauses: c.pauses, pausedAt: null };
  }
  return c;
}

/** New target or manual deadline; the start and pauses stay, so consumed time is kept (R15). */
export function retargetClock(c: ClockState, targetMs: number, manualDueAt: number | null): ClockState {
  return { ...c, targetMs, manualDueAt, warned: false, breached: false };
}

/** All pauses of the run, the open one closed at `until`. */
export function pausesUntil(c: ClockState, until: number): Array<[number, number]> {
  return c.pausedAt === null ? c.pauses : [...c.pauses, [c.pausedAt, Math.max(c.pausedAt, until)]];
}
