// The unread-notices count for the header: a small badge beside «Уведомления», hidden at zero.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { fetchUnreadCount, UNREAD_KEY } from './notifications-api.ts';
import './account.css';

const texts = defineTexts({
  ru: { unread: 'Непрочитанных уведомлений: {n}' },
  en: { unread: 'Unread notices: {n}' },
});

const REFRESH_MS = 60_000;
/** A count younger than this is not asked again on moving to another page. */
const FRESH_MS = 15_000;

/**
 * Shows how many notices are unread; nothing when signed out or all read. New notices come from
 * other people's actions and the clock's, so the count is asked again every minute, when the
 * window comes back into view, on moving to another page, and after each of the user's own
 * changes (a reply or a mark-read may add or clear notices).
 */
export function UnreadBadge() {
  const t = useT(texts);
  const { user } = useSession();
  const client = useQueryClient();
  const [location] = useLocation();
  const signedIn = user !== null;
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: fetchUnreadCount,
    enabled: signedIn,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: 'always',
    staleTime: FRESH_MS,
  });

  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          void client.invalidateQueries({ queryKey: UNREAD_KEY, exact: true });
        }
      }),
    [client],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again on each page change
  useEffect(() => {
    if (signedIn)
      void client.prefetchQuery({ queryKey: UNREAD_KEY, queryFn: fetchUnreadCount, staleTime: FRESH_MS });
  }, [location, signedIn, client]);

  const n = user ? (unread.data ?? 0) : 0;
  if (n === 0) return null;
  const label = t('unread', { n });
  return (
    <span className="badge badge-bad unread-badge" title={label}>
      <span aria-hidden="true">{n > 99 ? '99+' : n}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
