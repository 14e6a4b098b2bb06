import { describe, expect, it } from 'vitest';
import { alertOf } from './alert.ts';
import { type ClockState, inactiveClock } from './clock.ts';

const clock = (patch: Partial<ClockState>): ClockState => ({ ...inactiveClock(60_000), ...patch });
const clocks = (patch: Partial<Record<'reaction' | 'solution' | 'progress' | 'auto_close', ClockState>>) => ({
  clocks: {
    reaction: clock({}),
    solution: clock({}),
    progress: clock({}),
    auto_close: clock({}),
    ...patch,
  },
});

describe('the alert a ticket shows in lists', () => {
  it('none while every counting clock is within its threshold', () => {
    expect(alertOf(clocks({ solution: clock({ status: 'running' }) }))).toBeNull();
  });

  it('warning when a running clock passed its warning threshold', () => {
    expect(alertOf(clocks({ solution: clock({ status: 'running', warned: true }) }))).toBe('warning');
  });

  it('breached beats warning, also for a clock paused while waiting for the customer', () => {
    const state = clocks({
      reaction: clock({ status: 'running', warned: true }),
      solution: clock({ status: 'paused', warned: true, breached: true }),
    });
    expect(alertOf(state)).toBe('breached');
  });

  it('live: a running clock past its due instant is breached before the sweeper records it', () => {
    const state = clocks({ solution: clock({ status: 'running', warned: true }) });
    expect(alertOf(state, { nextDueAt: 1_000, now: 999 })).toBe('warning');
    expect(alertOf(state, { nextDueAt: 1_000, now: 1_000 })).toBe('breached');
    expect(alertOf(state, { nextDueAt: null, now: 5_000 })).toBe('warning');
  });

  it('a stopped clock no longer alarms, even if it was breached', () => {
    expect(
      alertOf(clocks({ reaction: clock({ status: 'stopped', warned: true, breached: true }) })),
    ).toBeNull();
  });
});
