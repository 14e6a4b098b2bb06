// Уведомления (R11): the user's notices newest first, unread marked, mark one or all read.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Loading, MoreButton, Notice, Page } from '../../ui/ui.tsx';
import { NoticeItem } from './notice-item.tsx';
import { fetchNotices, markAllRead, markRead, NOTICES_KEY } from './notifications-api.ts';
import './account.css';

const texts = defineTexts({
  ru: {
    title: 'Уведомления',
    loading: 'Загрузка…',
    empty:
      'Уведомлений пока нет. Здесь появятся сообщения о ваших обращениях — те же, что приходят по почте.',
    unread: 'Непрочитанных: {n}',
    allRead: 'Всё прочитано',
    markAll: 'Отметить все прочитанными',
    more: 'Показать ещё',
    loadingMore: 'Загружаем…',
    list: 'Список уведомлений',
  },
  en: {
    title: 'Notifications',
    loading: 'Loading…',
    empty: 'No notices yet. Messages about your tickets, the same as those sent by e-mail, will appear here.',
    unread: 'Unread: {n}',
    allRead: 'All read',
    markAll: 'Mark all read',
    more: 'Show more',
    loadingMore: 'Loading…',
    list: 'Notices',
  },
});

/** `/notifications`: newest first, a page at a time. */
export function NotificationsPage() {
  const t = useT(texts);
  const client = useQueryClient();
  const pages = useInfiniteQuery({
    queryKey: NOTICES_KEY,
    queryFn: ({ pageParam }) => fetchNotices(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const refreshAll = () => client.invalidateQueries({ queryKey: NOTICES_KEY });
  const one = useMutation({ mutationFn: markRead, onSuccess: refreshAll });
  const all = useMutation({ mutationFn: markAllRead, onSuccess: refreshAll });
  const notices = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = pages.data?.pages[0]?.unread ?? 0;

  return (
    <Page
      title={t('title')}
      actions={
        unread > 0 ? (
          <Button kind="secondary" onClick={() => all.mutate()} disabled={all.isPending}>
            {t('markAll')}
          </Button>
        ) : null
      }
    >
      <ErrorBox error={pages.error ?? one.error ?? all.error} />
      {pages.isPending ? <Loading label={t('loading')} /> : null}
      {pages.data ? (
        <p className="muted" aria-live="polite">
          {unread > 0 ? t('unread', { n: unread }) : t('allRead')}
        </p>
      ) : null}
      {pages.data && notices.length === 0 ? <Notice>{t('empty')}</Notice> : null}
      {notices.length > 0 ? (
        <ul className="notice-list" aria-label={t('list')}>
          {notices.map((n) => (
            <NoticeItem
              key={n.id}
              notice={n}
              onRead={(id) => one.mutate(id)}
              busy={one.isPending && one.variables === n.id}
            />
          ))}
        </ul>
      ) : null}
      <MoreButton pages={pages} label={t('more')} loadingLabel={t('loadingMore')} />
    </Page>
  );
}
