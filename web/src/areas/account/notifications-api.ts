// The in-portal notices (R11) and e-mail choices: GET /api/notifications, POST …/{id}/read,
// POST …/read-all, GET|PUT /api/notifications/preferences. Shapes are normalized here, in one place.
import { api, query } from '../../api/client.ts';

export interface PortalNotice {
  id: number;
  kind: string;
  ticketNumber: number | null;
  /** The server's own one-line summary, when it sends one. */
  title: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NoticePage {
  notices: PortalNotice[];
  unread: number;
  /** Pass as `before` to read the next (older) page; null at the end. */
  nextBefore: number | null;
}

export interface MailPreference {
  kind: string;
  email: boolean;
  required: boolean;
}

export const NOTICES_KEY = ['notifications'] as const;
export const UNREAD_KEY = ['notifications', 'unread'] as const;
export const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

export const PAGE_SIZE = 30;

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function toNotice(raw: Raw): PortalNotice {
  const payload = (raw.payload ?? {}) as Raw;
  return {
    id: Number(raw.id),
    kind: String(raw.kind ?? ''),
    ticketNumber: num(raw.ticketNumber) ?? num(payload.ticketNumber) ?? num(payload.number),
    title: str(raw.title) ?? str(raw.summary) ?? str(raw.text) ?? null,
    createdAt: String(raw.createdAt ?? ''),
    readAt: str(raw.readAt),
  };
}

/** One page of the user's notices, newest first, with the unread count. */
export async function fetchNotices(before?: number, limit = PAGE_SIZE): Promise<NoticePage> {
  const body = await api.get<Raw | Raw[]>(`/api/notifications${query({ before, limit })}`);
  const list = (Array.isArray(body) ? body : ((body.notifications ?? body.items ?? []) as Raw[])).map(
    toNotice,
  );
  const meta = Array.isArray(body) ? {} : body;
  const unread = num(meta.unread) ?? num(meta.unreadCount) ?? list.filter((n) => !n.readAt).length;
  const last = list.at(-1);
  const nextBefore =
    num(meta.nextBefore) ?? num(meta.nextCursor) ?? (last && list.length >= limit ? last.id : null);
  return { notices: list, unread, nextBefore };
}

/** How many notices are unread (a one-item page carries the count). */
export async function fetchUnreadCount(): Promise<number> {
  return (await fetchNotices(undefined, 1)).unread;
}

/** Marks one notice read. */
export function markRead(id: number): Promise<unknown> {
  return api.post(`/api/notifications/${id}/read`);
}

/** Marks every notice read. */
export function markAllRead(): Promise<unknown> {
  return api.post('/api/notifications/read-all');
}

/** The kinds this user may choose about, with the required ones marked. */
export async function fetchPreferences(): Promise<MailPreference[]> {
  const body = await api.get<Raw | Raw[]>('/api/notifications/preferences');
  const list = Array.isArray(body) ? body : ((body.preferences ?? body.kinds ?? body.items ?? []) as Raw[]);
  return list.map((p) => ({
    kind: String(p.kind ?? ''),
    email: p.email !== false,
    required: p.required === true,
  }));
}

/** Saves the optional kinds' choices (required kinds are always mailed and are not sent). */
export function savePreferences(prefs: readonly MailPreference[]): Promise<unknown> {
  return api.put('/api/notifications/preferences', {
    preferences: prefs.filter((p) => !p.required).map(({ kind, email }) => ({ kind, email })),
  });
}
