// The R21 report API as src/http/reports/report-routes.ts serves it: GET /api/reports/compliance
// (JSON, or CSV with format=csv) and GET /api/reports/breaches.
import { api, query } from '../../api/client.ts';
import type { Priority, TicketType } from '../../ticket-list/types.ts';

export type GroupBy = 'organization' | 'plan' | 'type' | 'priority' | 'month';
export const GROUP_BY: readonly GroupBy[] = ['organization', 'plan', 'type', 'priority', 'month'];

/** What a report covers: days [from, to) and the optional filters. */
export interface ReportFilter {
  from: string;
  to: string;
  organizationId?: string;
  planId?: string;
  type?: TicketType;
  priority?: Priority;
}

export interface ClockTally {
  met: number;
  breached: number;
  open: number;
  compliance: number | null;
}

export interface ComplianceGroup {
  key: string;
  label: string;
  tickets: number;
  reaction: ClockTally;
  solution: ClockTally;
  compliance: number | null;
}

export interface ComplianceReport {
  from: string;
  to: string;
  groupBy: GroupBy;
  groups: ComplianceGroup[];
  total: ComplianceGroup;
}

export interface Breach {
  ticketNumber: number;
  subject: string;
  organizationName: string;
  clock: 'reaction' | 'solution' | 'progress' | 'auto_close';
  dueAt: string | null;
  recordedAt: string;
  reachedAt: string | null;
  lateMinutes: number | null;
  targetMinutes: number | null;
  manual: boolean;
}

export interface BreachList {
  items: Breach[];
  truncated: boolean;
}

/** The query string of a filter (empty fields left out). */
export function filterQuery(f: ReportFilter, extra: Record<string, string> = {}): string {
  return query({ ...f, ...extra });
}

/** The compliance report grouped by `groupBy`. */
export function fetchCompliance(f: ReportFilter, groupBy: GroupBy): Promise<ComplianceReport> {
  return api.get<ComplianceReport>(`/api/reports/compliance${filterQuery(f, { groupBy })}`);
}

/** The breaches of the period. */
export function fetchBreaches(f: ReportFilter): Promise<BreachList> {
  return api.get<BreachList>(`/api/reports/breaches${filterQuery(f)}`);
}

/** The link that downloads the report as CSV in the interface language. */
export function csvHref(f: ReportFilter, groupBy: GroupBy, lang: 'ru' | 'en'): string {
  return `/api/reports/compliance${filterQuery(f, { groupBy, format: 'csv', lang })}`;
}

/** The current month at `now` in the browser's calendar: first day and the first day after it. */
export function currentMonth(now: Date): { from: string; to: string } {
  const y = now.getFullYear();
  const m = now.getMonth();
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: iso(new Date(y, m, 1)), to: iso(new Date(y, m + 1, 1)) };
}

/** The day after a YYYY-MM-DD date (the inclusive end a person picks → the exclusive `to`). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD date. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
