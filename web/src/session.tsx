// Who is signed in: read once from /api/auth/session and refreshed after login, logout and profile changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from './api/client.ts';
import type { SessionInfo, User } from './api/types.ts';

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
