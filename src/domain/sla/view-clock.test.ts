// What each clock says at an instant: due, warning, consumption, met or breached (R4.2, R6, R9, R16).
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../calendar/types.ts';
import {
  customer,
  engineer,
  HOUR,
  iso,
  lead,
  msk,
  TicketHarness,
  ticketIn,
  uniformPlan,
} from '../tickets/test-support.ts';
import { compileCalendar, formatInstant } from '../time/index.ts';
import { computeClocks } from './view-clock.ts';

describe('met or breached', () => {
  // Filed Friday 16:30 with a 4-hour reaction target: due Monday 12:30.
  it.each([
    ['2026-11-23T12:29', 'met', false],
    ['2026-11-23T12:30', 'met', false], // exactly at the due instant is in time
    ['2026-11-23T12:31', 'breached', true],
    ['2026-11-24T09:00', 'breached', true],
  ])('a first response at %s: %s', (at, status, breached) => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    const [, stop] = t.run(at, engineer, { type: 'reply', text: 'Смотрим' });
    expect(stop).toMatchObject({ clock: 'reaction', action: 'stopped', outcome: status });
    expect(computeClocks(t.s, t.ctx('2026-11-30T09:00')).reaction).toMatchObject({ status, breached });
  });

  it.each([
    ['2026-11-23T12:29', false],
    ['2026-11-23T12:30', true], // a clock still open at its due instant is late
  ])('a running clock viewed at %s is breached: %s (and still running)', (at, breached) => {
    const t = new TicketHarness().file('2026-11-20T16:30');
    expect(computeClocks(t.s, t.ctx(at)).reaction).toMatchObject({ status: 'running', breached });
  });

  it('the warning instant is warningPercent of the target consumed', () => {
    const at80 = new TicketHarness().file('2026-11-23T09:00');
    expect(iso(computeClocks(at80.s, at80.ctx('2026-11-23T09:00')).reaction.warnAt)).toBe(
      '2026-11-23T12:12:00+03:00',
    );
    const at50 = new TicketHarness(uniformPlan(4, 16, 8, { warningPercent: 50 })).file('2026-11-23T09:00');
    expect(iso(computeClocks(at50.s, at50.ctx('2026-11-23T09:00')).reaction.warnAt)).toBe(
      '2026-11-23T11:00:00+03:00',
    );
  });
});

describe('progress: the longest gap between public notices (R4.2)', () => {
  it('each public reply ends one gap (met or breached) and starts the next', () => {
    const t = ticketIn('in_progress'); // reply Monday 10:00; 8 h gap → Tuesday (short day) 10:00
    expect(iso(computeClocks(t.s, t.ctx('2026-11-02T10:00')).progress.dueAt)).toBe(
      '2026-11-03T10:00:00+03:00',
    );
    const events = t.run('2026-11-03T11:00', engineer, { type: 'reply', text: 'Нашли причину' });
    expect(events.slice(1)).toMatchObject([
      { clock: 'progress', action: 'stopped', outcome: 'breached', dueAt: msk('2026-11-03T10:00') },
      { clock: 'progress', action: 'started' },
    ]);
    // 5 h to the end of the short day, the holiday skipped, 3 h on Thursday
    expect(iso(computeClocks(t.s, t.ctx('2026-11-03T11:00')).progress.dueAt)).toBe(
      '2026-11-05T12:00:00+03:00',
    );
  });

  it('asking the customer ends the gap; their answer starts a new one', () => {
    const t = ticketIn('waiting_customer');
    expect(computeClocks(t.s, t.ctx('2026-11-02T12:00')).progress.status).toBe('met');
    t.run('2026-11-05T09:00', customer, { type: 'customer_reply', text: 'Вот журнал' });
    expect(computeClocks(t.s, t.ctx('2026-11-05T09:00')).progress).toMatchObject({
      status: 'running',
      startedAt: msk('2026-11-05T09:00'),
    });
  });
});

describe('pauses (R9)', () => {
  it('a solution proposed while waiting stops the clock then: the wait is excluded, the outcome is met', () => {
    const t = ticketIn('waiting_customer'); // asked Monday 11:00 after 2 h
    t.run('2026-11-09T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Нашли сами' });
    const v = computeClocks(t.s, t.ctx('2026-11-09T10:00')).solution;
    expect(v).toMatchObject({ status: 'met', consumedMs: 2 * HOUR, stoppedAt: msk('2026-11-09T10:00') });
    expect(v.pauses).toEqual([[msk('2026-11-02T11:00'), msk('2026-11-09T10:00')]]);
  });
});

describe('auto-close counts calendar days on the calendar zone’s wall clock (R16)', () => {
  it('across a daylight-saving change the same local time 15 days later, one hour less elapsed', () => {
    const berlin: Calendar = {
      timeZone: 'Europe/Berlin',
      week: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    };
    const cal = compileCalendar(berlin);
    const t = new TicketHarness(uniformPlan(4, 16, 8), cal).file('2026-03-16T09:00');
    t.run('2026-03-20T10:00', engineer, { type: 'propose', kind: 'solution', text: 'Готово' });
    const v = computeClocks(t.s, t.ctx('2026-03-20T10:00')).auto_close;
    expect(formatInstant(v.dueAt!, cal.zone)).toBe('2026-04-04T10:00:00+02:00');
    expect(v.dueAt! - v.startedAt!).toBe(15 * 24 * HOUR - HOUR);
    expect(formatInstant(v.reminderAt!, cal.zone)).toBe('2026-04-01T10:00:00+02:00');
  });

  it('no reminder when the plan asks for none', () => {
    const t = ticketIn('solution_proposed', uniformPlan(4, 16, 8, { autoCloseReminderDays: 0 }));
    expect(computeClocks(t.s, t.ctx('2026-11-02T12:00')).auto_close).toMatchObject({
      reminderAt: null,
      warnAt: null,
    });
  });
});

describe('a calendar that ends before the deadline', () => {
  it('is reported on the clock, not thrown, so the ticket still opens', () => {
    const bounded: Calendar = {
      timeZone: 'Europe/Moscow',
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
      validFrom: '2026-01-01',
      validTo: '2026-11-30',
    };
    const t = new TicketHarness(uniformPlan(4, 16, 8), compileCalendar(bounded)).file('2026-11-30T16:00');
    const v = computeClocks(t.s, t.ctx('2026-11-30T16:00'));
    expect(v.solution.status).toBe('running');
    expect(v.solution.dueAt).toBeNull();
    expect(v.solution.problem).toMatch(/^calendar\./);
  });
});

describe('a calendar whose last day has passed (the next year not loaded yet)', () => {
  // Mon–Wed 09:00–17:00, known to the given day; filed Monday 2026-11-30 10:00 (reaction 4 h: 14:00).
  const bounded = (validTo: string): Calendar => ({
    timeZone: 'Europe/Moscow',
    week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] },
    validFrom: '2026-01-01',
    validTo,
  });
  const harness = (validTo = '2026-12-02') =>
    new TicketHarness(uniformPlan(4, 16, 8), compileCalendar(bounded(validTo))).file('2026-11-30T10:00');

  it('a goal reached after the calendar ends, past a due instant it knew, is breached, not met', () => {
    const t = harness(); // reaction due Monday 14:00
    const [, stop] = t.run('2026-12-10T10:00', engineer, { type: 'reply', text: 'Смотрим' });
    expect(stop).toMatchObject({ clock: 'reaction', action: 'stopped', outcome: 'breached' });
    const v = computeClocks(t.s, t.ctx('2026-12-10T10:00')).reaction;
    expect(v).toMatchObject({ status: 'breached', breached: true, dueAt: msk('2026-11-30T14:00') });
    expect(v.problem).toMatch(/^calendar\./);
  });

  it('a running clock past the due instant it knew reads as breached with the instant shown', () => {
    const t = harness();
    const v = computeClocks(t.s, t.ctx('2026-12-10T10:00')).reaction;
    expect(v).toMatchObject({ status: 'running', breached: true, dueAt: msk('2026-11-30T14:00') });
    expect(v.problemParams).toMatchObject({ value: '2026-12-10' });
  });

  it('a breach already recorded stays a breach when the goal is reached later', () => {
    const t = harness();
    t.state = { ...t.s, clocks: { ...t.s.clocks, reaction: { ...t.s.clocks.reaction, breached: true } } };
    const [, stop] = t.run('2026-11-30T13:00', engineer, { type: 'reply', text: 'Смотрим' });
    expect(stop).toMatchObject({ clock: 'reaction', outcome: 'breached' });
  });

  it('with neither the due instant nor the day known, the outcome stays open until the calendar is loaded', () => {
    const t = harness('2026-11-30'); // the solution (16 h) cannot be placed: due after the calendar ends
    const events = t.run('2026-12-10T10:00', engineer, {
      type: 'propose',
      kind: 'solution',
      text: 'Решение',
    });
    const stop = events.find((e) => e.type === 'clock' && e.clock === 'solution' && e.action === 'stopped');
    expect(stop).toMatchObject({ dueAt: null });
    expect(stop).not.toHaveProperty('outcome');
    expect(computeClocks(t.s, t.ctx('2026-12-10T10:00')).solution).toMatchObject({
      status: 'stopped',
      breached: false,
    });
    // Loaded later: the same history reads as met or breached by the instant it now yields.
    t.use(t.plan, compileCalendar(bounded('2026-12-31')));
    expect(computeClocks(t.s, t.ctx('2026-12-10T10:00')).solution).toMatchObject({
      status: 'breached',
      dueAt: msk('2026-12-02T10:00'),
    });
  });

  it('a manual deadline beyond the calendar is still shown and enforced (R15)', () => {
    const t = harness('2026-11-30');
    t.run('2026-11-30T11:00', lead, {
      type: 'set_deadline',
      clock: 'solution',
      dueAt: msk('2027-01-20T12:00'),
      reason: 'Релиз в январе',
    });
    const at = (when: string) => computeClocks(t.s, t.ctx(when)).solution;
    expect(at('2026-11-30T12:00')).toMatchObject({
      dueAt: msk('2027-01-20T12:00'),
      breached: false,
      manual: true,
    });
    expect(at('2027-01-20T12:00')).toMatchObject({ status: 'running', breached: true });
  });
});
