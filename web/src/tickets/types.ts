// The ticket page's shapes, as src/http/tickets/response-schemas.ts declares them (instants are ISO
// strings; `…Local` instants carry the calendar's offset, e.g. 2026-01-14T12:30:00+03:00).

import type {
  Deadlines,
  Person,
  Priority,
  TicketStatus,
  TicketSummary,
  TicketType,
} from '../ticket-list/types.ts';

// The list row's shapes are the ticket's too: one definition (ticket-list/types.ts).
export type { Deadlines, Person, Priority, TicketStatus, TicketType };
export type SolutionKind = 'solution' | 'workaround' | 'refusal';
export type RequestKind = 'information' | 'try_build' | 'change_settings' | 'clarify_usage' | 'fix_scenario';
export type CloseReason = 'accepted' | 'auto_closed' | 'withdrawn' | 'merged';
export type ClockName = 'reaction' | 'solution' | 'progress' | 'auto_close';
export type ClockStatus = 'inactive' | 'running' | 'paused' | 'stopped' | 'met' | 'breached';
export type DayKind =
  | 'weekend'
  | 'holiday'
  | 'transfer'
  | 'day_off'
  | 'short'
  | 'working_weekend'
  | 'changed_hours';

export const TICKET_TYPES: readonly TicketType[] = ['request', 'incident', 'problem'];
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'normal', 'low'];
export const SOLUTION_KINDS: readonly SolutionKind[] = ['solution', 'workaround', 'refusal'];
export const REQUEST_KINDS: readonly RequestKind[] = [
  'information',
  'try_build',
  'change_settings',
  'clarify_usage',
  'fix_scenario',
];

export interface ParameterChanges {
  type?: TicketType;
  priority?: Priority;
  planId?: string;
  deadline?: { clock: ClockName; dueAt: string | null };
}

/** One conversation or history entry; which optional fields are present depends on `type`. */
export interface TicketEvent {
  seq: number;
  type: string;
  at: string;
  actor: {
    id: string | null;
    role: 'customer' | 'engineer' | 'lead' | 'admin' | 'system';
    name: string | null;
  };
  subject?: string;
  text?: string;
  kind?: string;
  ticketType?: TicketType;
  priority?: Priority;
  followsUp?: number;
  assignee?: Person | null;
  cycle?: number;
  autoCloseAt?: string;
  closeReason?: CloseReason;
  changes?: ParameterChanges;
  previous?: ParameterChanges;
  reason?: string;
  clock?: ClockName;
  action?: string;
  dueAt?: string | null;
  outcome?: string | null;
  targetMinutes?: number;
  /** merged_into: the ticket this one was merged into; merged_from: the duplicate merged into this one. */
  mergedInto?: number;
  mergedFrom?: number;
  /** problem_linked: the problem ticket this one is a case of (null: unlinked). */
  problem?: number | null;
  /** build_published: the build that resolves the ticket (R19). */
  build?: { id: string; product: string; version: string };
}

export interface Span {
  start: string;
  end: string;
}

export interface ExplainedDay {
  date: string;
  kind: DayKind;
  title?: string;
  hours: [string, string][];
}

/** "Why this deadline": working intervals, pauses and notable days between `from` and `to`. */
export interface Explanation {
  from: string;
  to: string;
  workingMinutes: number;
  intervals: Span[];
  pauses: Span[];
  days: ExplainedDay[];
  truncated: boolean;
}

export interface Clock {
  name: ClockName;
  status: ClockStatus;
  basis: 'working_time' | 'calendar_days';
  startedAt: string | null;
  startedAtLocal: string | null;
  dueAt: string | null;
  dueAtLocal: string | null;
  stoppedAt: string | null;
  stoppedAtLocal: string | null;
  warnAt: string | null;
  warnAtLocal: string | null;
  targetMinutes: number;
  consumedMinutes: number;
  remainingMinutes: number;
  breached: boolean;
  manual: boolean;
  problem: { code: string; message: string } | null;
  explanation: Explanation | null;
}

export interface Sla {
  /** The server's present instant the clocks were computed at (the test clock in tests). */
  now?: string;
  plan: { id: string; name: string };
  calendar: { id: string; timeZone: string };
  clocks: Clock[];
}

export interface NewerBuild {
  version: string;
  releasedOn: string;
  message: string;
}

/** A build that lists the ticket as resolved (R19); drafts reach support only. */
export interface ResolvedInBuild {
  id: string;
  productId: string;
  product: string;
  version: string;
  releasedOn: string;
  publishedAt: string | null;
  draft: boolean;
  url: string;
  files: Array<{ id: string; fileName: string; size: number; url: string }>;
}

/** The ticket page: the list row plus what only the page shows. */
export interface Ticket extends TicketSummary {
  description: string;
  product: string | null;
  build: string | null;
  newerBuild?: NewerBuild | null;
  resolvedInBuilds: ResolvedInBuild[];
  closeReason: CloseReason | null;
  dispute: { text: string; at: string } | null;
  followsUp: number | null;
  followUps: number[];
  /** The problem ticket this one is a case of. */
  relatedProblem?: number | null;
  /** The ticket this duplicate was merged into (it is closed, reason `merged`). */
  mergedInto?: number | null;
  /** The duplicates merged into this ticket. */
  mergedFrom?: number[];
  conversation: TicketEvent[];
  sla: Sla;
}

/** A customer's message on a closed ticket registers a new one (R17): POST replies answers 201 with it. */
export interface FollowUp {
  followsUp: number;
  followUp: { id: string; number: number; status: TicketStatus; deadlines: Deadlines };
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  internal: boolean;
  createdAt: string;
  url: string;
}
