// Ticket shapes the list pages read from GET /api/tickets and POST /api/tickets (mirrors the server's
// response-schemas.ts and products/newer-build.ts).

export const STATUSES = ['new', 'in_progress', 'waiting_customer', 'solution_proposed', 'closed'] as const;
export type TicketStatus = (typeof STATUSES)[number];
export const OPEN_STATUSES: readonly TicketStatus[] = STATUSES.filter((s) => s !== 'closed');

export const TICKET_TYPES = ['request', 'incident', 'problem'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface Deadlines {
  reaction: string | null;
  solution: string | null;
  progress: string | null;
  autoClose: string | null;
}

export interface Person {
  id: string;
  name: string | null;
}

/** One row of the list: parameters, people and the running deadlines (ISO instants, UTC). */
export interface TicketSummary {
  id: string;
  number: number;
  type: TicketType;
  priority: Priority;
  status: TicketStatus;
  subject: string;
  organization: Person;
  requester: Person;
  assignee: Person | null;
  cycle: number;
  openDispute: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The nearest due instant of a running support clock: the queue order. */
  nextDueAt: string | null;
  deadlines: Deadlines;
  /** Support's alert state if the server reports it (see urgency.ts); absent on older servers. */
  alert?: 'warning' | 'breached' | null;
}

/** One page of GET /api/tickets; counts ignore the status filter, so they suit status tabs. */
export interface TicketListPage {
  items: TicketSummary[];
  nextCursor: string | null;
  counts: Record<TicketStatus, number>;
}

/** R19: a newer build with fixes for the organization's tickets. */
export interface NewerBuild {
  version: string;
  releasedOn: string;
  message: string;
}

/** The confirmation of registration (R12) from POST /api/tickets. */
export interface FiledTicket {
  id: string;
  number: number;
  status: TicketStatus;
  deadlines: Deadlines;
  newerBuild?: NewerBuild | null;
}

/** How a ticket number is written for people (R12): SR-1042. */
export function ticketRef(number: number): string {
  return `SR-${number}`;
}
