// A list's filter, kept in the address (so it survives reload, back and sharing) and turned into the
// query of GET /api/tickets.
import { query } from '../api/client.ts';
import { OPEN_STATUSES, STATUSES, TICKET_TYPES, type TicketStatus, type TicketType } from './types.ts';

/** «all», «open» (everything not closed), or one status. */
export type StatusChoice = 'all' | 'open' | TicketStatus;

export interface ListFilter {
  status: StatusChoice;
  type?: TicketType;
  /** Words from the subject, description and conversation, or a number (SR-1042 or 1042). */
  q?: string;
  assignee?: 'me' | 'none';
  organization?: string;
  dispute?: boolean;
}

const CHOICES: readonly string[] = ['all', 'open', ...STATUSES];

/** Reads a filter from the address's search part; unknown values fall back to the defaults. */
export function parseFilter(search: string, defaults: ListFilter): ListFilter {
  const p = new URLSearchParams(search);
  const status = p.get('status');
  const type = p.get('type');
  const assignee = p.get('assignee');
  const q = p.get('q')?.trim();
  const organization = p.get('organization');
  const filter: ListFilter = {
    ...defaults,
    status: status && CHOICES.includes(status) ? (status as StatusChoice) : defaults.status,
  };
  if (type && (TICKET_TYPES as readonly string[]).includes(type)) filter.type = type as TicketType;
  if (assignee === 'me' || assignee === 'none') filter.assignee = assignee;
  if (q) filter.q = q.slice(0, 200);
  if (organization) filter.organization = organization;
  if (p.get('dispute') === 'open') filter.dispute = true;
  return filter;
}

/** The search part (without «?») that `parseFilter` reads back; defaults are left out. */
export function filterSearch(filter: ListFilter, defaults: ListFilter): string {
  return query({
    status: filter.status === defaults.status ? undefined : filter.status,
    type: filter.type,
    assignee: filter.assignee,
    organization: filter.organization,
    dispute: filter.dispute ? 'open' : undefined,
    q: filter.q,
  }).replace(/^\?/, '');
}

/** The API's query for the filter (without cursor). */
export function apiParams(filter: ListFilter): Record<string, string | undefined> {
  const statuses =
    filter.status === 'all' ? undefined : filter.status === 'open' ? OPEN_STATUSES : [filter.status];
  return {
    status: statuses?.join(','),
    type: filter.type,
    assignee: filter.assignee,
    organization: filter.organization,
    dispute: filter.dispute ? 'open' : undefined,
    q: searchText(filter.q),
  };
}

/** «SR-1042» is searched as the number 1042; other text as it is. */
export function searchText(q: string | undefined): string | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const ref = /^sr[-\s]?(\d{1,15})$/i.exec(text);
  return ref ? ref[1] : text;
}
