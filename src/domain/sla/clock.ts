// One SLA clock's recorded state and its transitions; due instants are derived, never stored here.

export type ClockStatus = 'inactive' | 'running' | 'paused' | 'stopped';

/** How a run ended: its goal reached in time, too late, or the run was called off (withdrawn, new cycle). */
export type ClockOutcome = 'met' | 'breached' | 'cancelled';

export interface ClockState {
  status: ClockStatus;
  startedAt: number | null; // start of the current run (a solution cycle restarts it, R8)
  pauses: Array<[number, number]>; // closed pauses [from, to) inside the run (R9)
  pausedAt: number | null; // start of the open pause
  stoppedAt: number | null;
  outcome: ClockOutcome | null; // set when stopped
  targetMs: number; // working ms (reaction, solution, progress) or calendar ms (auto_close)
  manualDueAt: number | null; // a deadline set by support overrides the computed one (R15)
  manualSetAt: number | null; // when it was set: waiting for the customer after that moves it (R9)
  /**
   * Working time consumed before `measuredFrom`. A plan change to another calendar freezes what was
   * consumed under the old calendar here, so the new calendar only measures from the change on.
   */
  carriedMs: number;
  measuredFrom: number | null;
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
    outcome: null,
    targetMs,
    manualDueAt: null,
    manualSetAt: null,
    carriedMs: 0,
    measuredFrom: null,
    warned: false,
    breached: false,
  };
}

/** A fresh run from `at` (any previous run is forgotten; its events stay in the history). */
export function startClock(targetMs: number, at: number): ClockState {
  return { ...inactiveClock(targetMs), status: 'running', startedAt: at, measuredFrom: at };
}

/** Pauses a running clock; anything else is unchanged. */
export function pauseClock(c: ClockState, at: number): ClockState {
  return c.status === 'running' ? { ...c, status: 'paused', pausedAt: at } : c;
}

/** Resumes a paused clock: the pause is kept so consumed time excludes it (it does not restart). */
export function resumeClock(c: ClockState, at: number): ClockState {
  if (c.status !== 'paused' || c.pausedAt === null) return c;
  return { ...c, status: 'running', pauses: [...c.pauses, [c.pausedAt, at]], pausedAt: null };
}

/** Stops a running or paused clock at `at`; an open pause is closed there, so it still counts as paused. */
export function stopClock(c: ClockState, at: number, outcome: ClockOutcome | null = null): ClockState {
  if (c.status !== 'running' && c.status !== 'paused') return c;
  return { ...resumeClock(c, at), status: 'stopped', stoppedAt: at, outcome };
}

/**
 * New target or manual deadline; the start and pauses stay, so consumed time is kept (R15).
 * With `carriedMs` the run is re-based at `at`: what was consumed so far is frozen and only later
 * time is measured (used when the new plan has another calendar).
 */
export function retargetClock(
  c: ClockState,
  at: number,
  change: { targetMs: number; manualDueAt: number | null; carriedMs?: number; keepAlerts?: true },
): ClockState {
  const manualSetAt =
    change.manualDueAt === null ? null : change.manualDueAt === c.manualDueAt ? c.manualSetAt : at;
  const rebased = change.carriedMs === undefined ? {} : { carriedMs: change.carriedMs, measuredFrom: at };
  return {
    ...c,
    ...rebased,
    targetMs: change.targetMs,
    manualDueAt: change.manualDueAt,
    manualSetAt,
    warned: change.keepAlerts ? c.warned : false,
    breached: change.keepAlerts ? c.breached : false,
  };
}

/** All pauses of the run, the open one closed at `until`. */
export function pausesUntil(c: ClockState, until: number): Array<[number, number]> {
  return c.pausedAt === null ? c.pauses : [...c.pauses, [c.pausedAt, Math.max(c.pausedAt, until)]];
}

/** Where the current calendar starts measuring the run (older stored states lack the field). */
export function measuredFromOf(c: ClockState): number | null {
  return c.measuredFrom ?? c.startedAt;
}
