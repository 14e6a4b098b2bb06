// The unread-notices count for the header: a small badge beside «Уведомления», hidden at zero.
import { useQuery } from '@tanstack/react-query';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { fetchUnreadCount, UNREAD_KEY } from './notifications-api.ts';
import './account.css';

const texts = defineTexts({
  ru: { unread: 'Непрочитанных уведомлений: {n}' },
  en: { unread: 'Unread notices: {n}' },
});

const REFRESH_MS = 60_000;

/** Shows how many notices are unread (refreshed every minute); nothing when signed out or all read. */
export function UnreadBadge() {
  const t = useT(texts);
  const { user } = useSession();
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: fetchUnreadCount,
    enabled: user !== null,
    refetchInterval: REFRESH_MS,
    staleTime: 30_000,
  });
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
