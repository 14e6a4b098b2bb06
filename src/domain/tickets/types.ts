// The ticket model shared by the domain rules, the commands and the database (R3, R4, R12–R18).

/** Ticket types with their descriptions shown when filing (R3). */
export const TICKET_TYPES = ['request', 'incident', 'problem'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Lifecycle statuses exactly as the design's table. */
export const STATUSES = ['new', 'in_progress', 'waiting_customer', 'solution_proposed', 'closed'] as const;
export type TicketStatus = (typeof STATUSES)[number];

/** What a proposed solution is (R18). */
export const SOLUTION_KINDS = ['solution', 'workaround', 'refusal'] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

/** What support asks of the customer before the final solution (R13). */
export const REQUEST_KINDS = [
  'information',
  'try_build',
  'change_settings',
  'clarify_usage',
  'fix_scenario',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** How a ticket was closed. */
export const CLOSE_REASONS = ['accepted', 'auto_closed', 'withdrawn', 'merged'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The SLA clocks (design.md, "SLA clocks"). */
export const CLOCK_NAMES = ['reaction', 'solution', 'progress', 'auto_close'] as const;
export type ClockName = (typeof CLOCK_NAMES)[number];

export type ActorRole = 'customer' | 'engineer' | 'lead' | 'admin' | 'system';

export interface Actor {
  userId: string | null; // null for the system (sweeper)
  role: ActorRole;
}
