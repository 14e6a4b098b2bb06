// R21: a clock counts as met, breached, open or not at all; groups add them up and compliance is
// met / (met + breached).
import { describe, expect, it } from 'vitest';
import { collectBreaches } from './breaches.ts';
import { type ClockFact, classifyClock, summarizeCompliance, type TicketFacts } from './compliance.ts';
import { resolvePeriod } from './period.ts';

const NOW = Date.UTC(2026, 2, 10, 12);
const clock = (over: Partial<ClockFact>): ClockFact => ({
  status: 'inactive',
  outcome: null,
  breached: false,
  dueAt: null,
  everBreached: false,
  ...over,
});

describe('classifyClock', () => {
  it.each([
    ['never started', clock({}), 'none'],
    ['stopped in time', clock({ status: 'stopped', outcome: 'met' }), 'met'],
    ['stopped late', clock({ status: 'stopped', outcome: 'breached' }), 'breached'],
    // Reached while the calendar knew neither the due instant nor the day: undecided, never met by default.
    ['stopped without outcome', clock({ status: 'stopped' }), 'open'],
    [
      'stopped without outcome after a recorded breach',
      clock({ status: 'stopped', breached: true }),
      'breached',
    ],
    ['called off in time', clock({ status: 'stopped', outcome: 'cancelled' }), 'none'],
    ['running before due', clock({ status: 'running', dueAt: NOW + 1 }), 'open'],
    ['running at its due instant', clock({ status: 'running', dueAt: NOW }), 'breached'],
    ['running, breach recorded', clock({ status: 'running', breached: true, dueAt: NOW + 1 }), 'breached'],
    ['paused', clock({ status: 'paused' }), 'open'],
    ['paused after a breach', clock({ status: 'paused', breached: true }), 'breached'],
    [
      'met now, breached in an earlier cycle',
      clock({ status: 'stopped', outcome: 'met', everBreached: true }),
      'breached',
    ],
  ] as const)('%s → %s', (_name, fact, expected) => {
    expect(classifyClock(fact, NOW)).toBe(expected);
  });
});

function ticket(n: number, over: Partial<TicketFacts> = {}): TicketFacts {
  return {
    number: n,
    createdAt: Date.UTC(2026, 2, 1, 10),
    organization: { id: 'o1', name: 'ООО «Ромашка»' },
    plan: { id: 'p1', name: 'Стандарт' },
    type: 'incident',
    priority: 'high',
    reaction: clock({ status: 'stopped', outcome: 'met' }),
    solution: clock({ status: 'running', dueAt: NOW + 1 }),
    ...over,
  };
}

describe('summarizeCompliance', () => {
  const facts = [
    ticket(1),
    ticket(2, { reaction: clock({ status: 'stopped', outcome: 'breached' }) }),
    ticket(3, {
      organization: { id: 'o2', name: 'АО «Вектор»' },
      type: 'request',
      priority: 'critical',
      solution: clock({ status: 'stopped', outcome: 'met' }),
    }),
    ticket(4, { createdAt: Date.UTC(2026, 1, 28, 22), type: 'problem' }), // 1 March 01:00 in Moscow
    ticket(5, { createdAt: Date.UTC(2026, 1, 28, 20) }), // 28 February 23:00 in Moscow
  ];

  it.each([
    ['organization', ['АО «Вектор»', 'ООО «Ромашка»'], [1, 4]],
    ['type', ['incident', 'problem', 'request'], [3, 1, 1]],
    ['priority', ['critical', 'high'], [1, 4]],
    ['month', ['2026-02', '2026-03'], [1, 4]],
    ['plan', ['Стандарт'], [5]],
  ] as const)('groups by %s', (groupBy, labels, counts) => {
    const report = summarizeCompliance(facts, groupBy, NOW, 'Europe/Moscow');
    expect(report.groups.map((g) => g.label)).toEqual(labels);
    expect(report.groups.map((g) => g.tickets)).toEqual(counts);
    expect(report.total.tickets).toBe(5);
  });

  it('counts each clock and computes compliance as met / (met + breached)', () => {
    const { total, groups } = summarizeCompliance(facts, 'organization', NOW, 'Europe/Moscow');
    expect(total.reaction).toEqual({ met: 4, breached: 1, open: 0, compliance: 80 });
    expect(total.solution).toEqual({ met: 1, breached: 0, open: 4, compliance: 100 });
    expect(total.compliance).toBe(83.3);
    expect(groups[0]?.compliance).toBe(100);
  });

  it('has no compliance when nothing was decided', () => {
    const report = summarizeCompliance([ticket(1, { reaction: clock({}) })], 'type', NOW, 'UTC');
    expect(report.total.compliance).toBeNull();
    expect(summarizeCompliance([], 'type', NOW, 'UTC').groups).toEqual([]);
  });
});

describe('collectBreaches', () => {
  const base = { ticketNumber: 7, subject: 'S', organizationName: 'O', targetMs: 3_600_000, manual: false };
  it('merges the sweeper event and the late stop of one run, and measures how late', () => {
    const list = collectBreaches(
      [
        { ...base, clock: 'reaction', action: 'stopped', dueAt: 1000, at: 61_000 },
        { ...base, clock: 'reaction', action: 'breached', dueAt: 1000, at: 2000 },
        { ...base, clock: 'solution', action: 'breached', dueAt: 5000, at: 5000 },
      ],
      NOW,
    );
    expect(list).toEqual([
      expect.objectContaining({ clock: 'solution', reachedAt: null, lateMs: NOW - 5000 }),
      expect.objectContaining({ clock: 'reaction', recordedAt: 2000, reachedAt: 61_000, lateMs: 60_000 }),
    ]);
  });
});

describe('resolvePeriod', () => {
  it.each([
    [{}, '2026-03-01', '2026-04-01', Date.UTC(2026, 1, 28, 21)],
    [{ from: '2026-01-15', to: '2026-02-01' }, '2026-01-15', '2026-02-01', Date.UTC(2026, 0, 14, 21)],
  ])('%j → [%s, %s)', (input, from, to, fromAt) => {
    const p = resolvePeriod(input, NOW);
    expect([p.from, p.to, p.fromAt]).toEqual([from, to, fromAt]);
  });

  it.each([
    { from: '2026-02-01', to: '2026-02-01' },
    { from: '2026-02-30', to: '2026-03-01' },
    { from: '2020-01-01', to: '2026-01-01' },
  ])('refuses %j', (input) => {
    expect(() => resolvePeriod(input, NOW)).toThrow(/report/);
  });
});
