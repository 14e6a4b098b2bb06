// Who is signed in: read once from /api/auth/session and refreshed after login, logout and profile changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from './api/client.ts';
import type { Lang, SessionInfo, User } from './api/types.ts';
import { useLang } from './i18n/i18n.tsx';

export const SESSION_KEY = ['session'] as const;

/** Loads the session; the CSRF token is handed to the API client as soon as it arrives. */
export async function fetchSession(): Promise<SessionInfo> {
  const s = await api.get<SessionInfo>('/api/auth/session');
  setCsrfToken(s.csrfToken);
  return s;
}

export interface SessionState {
  user: User | null;
  loading: boolean;
  /** Re-reads the session (after login, logout, verification, profile changes). */
  refresh: () => Promise<void>;
  /** Stores a session the server just returned (login, setup) without another round trip. */
  adopt: (session: SessionInfo) => void;
}

/** The current user (null when signed out) and ways to update it. */
export function useSession(): SessionState {
  const client = useQueryClient();
  const q = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
  const refresh = useCallback(async () => {
    await client.invalidateQueries({ queryKey: SESSION_KEY });
  }, [client]);
  const adopt = useCallback(
    (session: SessionInfo) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(SESSION_KEY, session);
    },
    [client],
  );
  return { user: q.data?.user ?? null, loading: q.isPending, refresh, adopt };
}

/**
 * Switches the interface language. A signed-in user's saved language follows (PATCH /api/auth/me),
 * so e-mails and the profile agree with the header; what the server words (notices, e-mail
 * choices) is read again in the new language. Resolves once saved; a failed save leaves the
 * interface switched and rejects with the server's error. `saved`: the profile has just stored it.
 */
export function useSwitchLang(): (next: Lang, options?: { saved?: boolean }) => Promise<void> {
  const client = useQueryClient();
  const { setLang } = useLang();
  return useCallback(
    async (next: Lang, options: { saved?: boolean } = {}) => {
      setLang(next);
      try {
        const user = client.getQueryData<SessionInfo>(SESSION_KEY)?.user;
        if (user && user.lang !== next && !options.saved) {
          const saved = await api.patch<{ user: User }>('/api/auth/me', { lang: next });
          client.setQueryData<SessionInfo>(SESSION_KEY, (s) => (s ? { ...s, user: saved.user } : s));
        }
      } finally {
        await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      }
    },
    [client, setLang],
  );
}
