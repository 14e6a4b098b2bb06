// What the SLA calculator reads: the plans one may pick, a plan's due instants from now
// (GET /api/plans/{id}/due, public) and its calendar's weekly service hours (GET /api/calendars/{id}).
import { ApiError, api, query } from '../../api/client.ts';
import type { Priority, TicketType } from './public-texts.ts';

export interface CalculatorPlan {
  id: string;
  name: string;
  calendarId: string;
}

export type DayKind =
  | 'weekend'
  | 'holiday'
  | 'transfer'
  | 'day_off'
  | 'short'
  | 'working_weekend'
  | 'changed_hours';

export interface ExplainedDay {
  date: string;
  kind: DayKind;
  title?: string;
  hours: [string, string][];
}

export interface DueSpan {
  minutes: number;
  dueAt: string;
  explanation: { workingMinutes: number; intervals: { start: string; end: string }[]; days: ExplainedDay[] };
}

export interface PlanDue {
  planId: string;
  planName: string;
  calendarId: string;
  timeZone: string;
  type: TicketType;
  priority: Priority;
  from: string;
  reaction: DueSpan;
  solution: DueSpan;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface CalendarDefinition {
  timeZone: string;
  week: Partial<Record<Weekday, [string, string][]>>;
  exceptions?: { date: string }[];
}

export interface CalendarInfo {
  id: string;
  name: string;
  definition: CalendarDefinition;
}

/**
 * The plans shipped as public examples. The plan list needs sign-in, but the agreement is public:
 * a visitor is offered these when the server still has them.
 */
export const PUBLIC_PLAN_IDS = ['standard', 'extended'] as const;

/** The plans a user may pick: every plan when signed in; for a visitor, the public examples that exist. */
export async function fetchCalculatorPlans(): Promise<CalculatorPlan[]> {
  try {
    const plans = await api.get<CalculatorPlan[]>('/api/plans');
    return plans.map(({ id, name, calendarId }) => ({ id, name, calendarId }));
  } catch (err) {
    if (!(err instanceof ApiError) || (err.status !== 401 && err.status !== 403)) throw err;
  }
  const probes = await Promise.allSettled(PUBLIC_PLAN_IDS.map((id) => fetchPlanDue(id, 'request', 'normal')));
  const found = probes.flatMap((p) =>
    p.status === 'fulfilled'
      ? [{ id: p.value.planId, name: p.value.planName, calendarId: p.value.calendarId }]
      : [],
  );
  // A missing example plan is normal; any other failure is the server's to explain.
  const failure = probes.find(
    (p): p is PromiseRejectedResult =>
      p.status === 'rejected' && !(p.reason instanceof ApiError && p.reason.status === 404),
  );
  if (found.length === 0 && failure) throw failure.reason;
  return found;
}

/** When reaction and solution are due under a plan if a ticket of this type and priority is filed now. */
export function fetchPlanDue(planId: string, type: TicketType, priority: Priority): Promise<PlanDue> {
  return api.get<PlanDue>(`/api/plans/${encodeURIComponent(planId)}/due${query({ type, priority })}`);
}

/** A calendar with its weekly schedule (public). */
export function fetchCalendar(id: string): Promise<CalendarInfo> {
  return api.get<CalendarInfo>(`/api/calendars/${encodeURIComponent(id)}`);
}
