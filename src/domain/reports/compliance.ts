// R21: SLA compliance of reaction and solution clocks, per organization, plan, type, priority or month.
// Pure: the facts of each ticket, `now` and the zone of the months are arguments.
import type { ClockOutcome, ClockStatus } from '../sla/clock.ts';
import type { Priority, TicketType } from '../tickets/types.ts';
import { getZone } from '../time/zone.ts';

/** What a report counts for one clock of one ticket: reached in time, too late, still running, or not at all. */
export type ClockResult = 'met' | 'breached' | 'open' | 'none';

/** One clock as stored on the ticket row, plus whether any run of it ever breached (from the history). */
export interface ClockFact {
  status: ClockStatus | null;
  outcome: ClockOutcome | null;
  breached: boolean; // the sweeper's flag on the current run
  dueAt: number | null; // the stored due instant of a running clock
  everBreached: boolean; // a `breached` or `stopped … breached` event of any run (R8 cycles included)
}

/** The facts of one ticket a compliance report needs. */
export interface TicketFacts {
  number: number;
  createdAt: number;
  organization: { id: string; name: string };
  plan: { id: string; name: string };
  type: TicketType;
  priority: Priority;
  reaction: ClockFact;
  solution: ClockFact;
}

export const GROUP_BY = ['organization', 'plan', 'type', 'priority', 'month'] as const;
/** What the rows of a report are. */
export type GroupBy = (typeof GROUP_BY)[number];

/** Counts of one clock over a group, and met / (met + breached) in percent (null with nothing decided). */
export interface ClockTally {
  met: number;
  breached: number;
  open: number;
  compliance: number | null;
}

/** One row of the report. */
export interface ComplianceGroup {
  key: string;
  label: string;
  tickets: number;
  reaction: ClockTally;
  solution: ClockTally;
  compliance: number | null; // both clocks together
}

/** The rows, ordered by label (months and types in their natural order), and the total over all of them. */
export interface ComplianceReport {
  groups: ComplianceGroup[];
  total: ComplianceGroup;
}

const ORDER: Record<string, readonly string[]> = {
  type: ['incident', 'problem', 'request'],
  priority: ['critical', 'high', 'normal', 'low'],
};

/**
 * The result of one clock at `now`. A breach in any run counts, even when a later cycle was met;
 * a running clock past its due instant is breached before the sweeper records it; a run called off
 * in time (withdrawn) and a clock never started count as neither; a goal reached while the calendar
 * knew neither the due instant nor the day (no outcome recorded) stays open, never met by default.
 */
export function classifyClock(fact: ClockFact, now: number): ClockResult {
  if (fact.everBreached) return 'breached';
  switch (fact.status) {
    case 'running':
      return fact.breached || (fact.dueAt !== null && now >= fact.dueAt) ? 'breached' : 'open';
    case 'paused':
      return fact.breached ? 'breached' : 'open';
    case 'stopped':
      if (fact.outcome === 'breached') return 'breached';
      if (fact.outcome === null) return fact.breached ? 'breached' : 'open';
      return fact.outcome === 'cancelled' ? 'none' : 'met';
    default:
      return 'none';
  }
}

/** The group a ticket falls in; months are read in `zone` (e.g. Europe/Moscow) as YYYY-MM. */
export function groupKeyOf(t: TicketFacts, groupBy: GroupBy, zone: string): { key: string; label: string } {
  switch (groupBy) {
    case 'organization':
      return { key: t.organization.id, label: t.organization.name };
    case 'plan':
      return { key: t.plan.id, label: t.plan.name };
    case 'type':
      return { key: t.type, label: t.type };
    case 'priority':
      return { key: t.priority, label: t.priority };
    case 'month': {
      const month = new Date(getZone(zone).utcToLocal(t.createdAt)).toISOString().slice(0, 7);
      return { key: month, label: month };
    }
  }
}

/** Percent with one decimal, or null when nothing was decided. */
export function computePercent(met: number, breached: number): number | null {
  const decided = met + breached;
  return decided === 0 ? null : Math.round((met * 1000) / decided) / 10;
}

/** The compliance report of `facts` at `now`, one row per group. */
export function summarizeCompliance(
  facts: readonly TicketFacts[],
  groupBy: GroupBy,
  now: number,
  zone: string,
): ComplianceReport {
  const rows = new Map<string, Counter>();
  const total = newCounter('total', '');
  for (const t of facts) {
    const { key, label } = groupKeyOf(t, groupBy, zone);
    const row = rows.get(key) ?? newCounter(key, label);
    rows.set(key, row);
    const reaction = classifyClock(t.reaction, now);
    const solution = classifyClock(t.solution, now);
    for (const c of [row, total]) {
      c.tickets++;
      c.reaction[reaction]++;
      c.solution[solution]++;
    }
  }
  const order = ORDER[groupBy];
  const groups = [...rows.values()].sort((a, b) =>
    order
      ? order.indexOf(a.key) - order.indexOf(b.key)
      : groupBy === 'month'
        ? a.key.localeCompare(b.key)
        : a.label.localeCompare(b.label, 'ru') || a.key.localeCompare(b.key),
  );
  return { groups: groups.map(finish), total: finish(total) };
}

type Counts = Record<ClockResult, number>;
interface Counter {
  key: string;
  label: string;
  tickets: number;
  reaction: Counts;
  solution: Counts;
}

function newCounter(key: string, label: string): Counter {
  const zero = (): Counts => ({ met: 0, breached: 0, open: 0, none: 0 });
  return { key, label, tickets: 0, reaction: zero(), solution: zero() };
}

function finish(c: Counter): ComplianceGroup {
  const tally = (n: Counts): ClockTally => ({
    met: n.met,
    breached: n.breached,
    open: n.open,
    compliance: computePercent(n.met, n.breached),
  });
  return {
    key: c.key,
    label: c.label,
    tickets: c.tickets,
    reaction: tally(c.reaction),
    solution: tally(c.solution),
    compliance: computePercent(c.reaction.met + c.solution.met, c.reaction.breached + c.solution.breached),
  };
}
