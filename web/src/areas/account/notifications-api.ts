// The in-portal notices (R11) and e-mail choices, as src/http/notifications/notification-routes.ts
// serves them: GET /api/notifications, POST …/{id}/read, POST …/read-all,
// GET|PUT /api/notifications/preferences.
import { api, query } from '../../api/client.ts';

export interface PortalNotice {
  id: number;
  kind: string;
  ticketNumber: number | null;
  /** Every ticket the notice concerns: its own, or the tickets a published build fixes. */
  ticketNumbers: number[];
  /** One line in the reader's language, written when the notice was delivered. */
  title: string;
  /** The ticket's page, when the notice is about one ticket. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NoticePage {
  items: PortalNotice[];
  unread: number;
  /** Pass as `before` to read the next (older) page; null at the end. */
  nextBefore: number | null;
}

export interface MailPreference {
  kind: string;
  title: string;
  email: boolean;
  required: boolean;
}

export const NOTICES_KEY = ['notifications'] as const;
export const UNREAD_KEY = ['notifications', 'unread'] as const;
export const PREFERENCES_KEY = ['mail-preferences'] as const;

export const PAGE_SIZE = 30;

/** One page of the user's notices, newest first, with the unread count. */
export function fetchNotices(before?: number, limit = PAGE_SIZE): Promise<NoticePage> {
  return api.get<NoticePage>(`/api/notifications${query({ before, limit })}`);
}

/** How many notices are unread (a one-item page carries the count). */
export async function fetchUnreadCount(): Promise<number> {
  return (await fetchNotices(undefined, 1)).unread;
}

/** Marks one notice read. */
export function markRead(id: number): Promise<PortalNotice> {
  return api.post<PortalNotice>(`/api/notifications/${id}/read`);
}

/** Marks every notice read. */
export function markAllRead(): Promise<{ marked: number; unread: number }> {
  return api.post('/api/notifications/read-all');
}

/** The kinds this user may choose about, with the required ones marked. */
export async function fetchPreferences(): Promise<MailPreference[]> {
  return (await api.get<{ items: MailPreference[] }>('/api/notifications/preferences')).items;
}

/** Saves the optional kinds' choices (required kinds are always mailed and are not sent). */
export async function savePreferences(prefs: readonly MailPreference[]): Promise<MailPreference[]> {
  const items = prefs.filter((p) => !p.required).map(({ kind, email }) => ({ kind, email }));
  return (await api.put<{ items: MailPreference[] }>('/api/notifications/preferences', { items })).items;
}
