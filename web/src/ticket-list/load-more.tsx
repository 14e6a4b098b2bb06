// The end of a list: «Показать ещё» while there are more pages, or nothing.
import { defineTexts, useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/ui.tsx';
import type { TicketList } from './use-ticket-list.ts';

const texts = defineTexts({
  ru: { more: 'Показать ещё', loading: 'Загрузка…' },
  en: { more: 'Show more', loading: 'Loading…' },
});

/** Loads the next page on request. */
export function LoadMore({ list }: { list: TicketList }) {
  const t = useT(texts);
  if (!list.hasMore) return null;
  return (
    <div className="list-more">
      <Button kind="secondary" onClick={list.loadMore} disabled={list.loadingMore}>
        {list.loadingMore ? t('loading') : t('more')}
      </Button>
    </div>
  );
}
