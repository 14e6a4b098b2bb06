// /queue: every ticket support works, nearest due instant first (the API's order for support), with
// counts per status, filters, a «Споры» preset for leads and keyboard shortcuts.
import { useRef } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useSession } from '../../../session.tsx';
import type { ListFilter } from '../../../ticket-list/list-filter.ts';
import { LoadMore } from '../../../ticket-list/load-more.tsx';
import { SearchBox } from '../../../ticket-list/search-box.tsx';
import { StatusTabs } from '../../../ticket-list/status-tabs.tsx';
import { useAddressFilter } from '../../../ticket-list/use-address-filter.ts';
import { useTicketList } from '../../../ticket-list/use-ticket-list.ts';
import { Button, ErrorBox, Loading, Page } from '../../../ui/ui.tsx';
import { QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import { useNow } from './use-now.ts';
import { useOrganizations } from './use-organizations.ts';
import { useQueueKeys } from './use-queue-keys.ts';
import '../support.css';

const DEFAULTS: ListFilter = { status: 'open' };
const DISPUTES: ListFilter = { status: 'open', dispute: true };

const texts = defineTexts({
  ru: {
    title: 'Очередь',
    disputes: 'Споры',
    // R15 (the rule id stays out of the text).
    disputesHint: 'Открытые споры о параметрах обращений, которые ждут ответа',
    reset: 'Сбросить фильтры',
    loading: 'Загрузка очереди…',
    empty: 'Нет обращений, подходящих под условия.',
    keys: 'Клавиши: {j} / {k} — следующее и предыдущее обращение, {enter} — открыть, {slash} — поиск.',
  },
  en: {
    title: 'Queue',
    disputes: 'Disputes',
    disputesHint: 'Open disputes about ticket parameters awaiting an answer',
    reset: 'Clear filters',
    loading: 'Loading the queue…',
    empty: 'No tickets match.',
    keys: 'Keys: {j} / {k} — next and previous ticket, {enter} — open, {slash} — search.',
  },
});

/** Shows the queue with its filters. */
export function QueuePage() {
  const t = useT(texts);
  const { user } = useSession();
  const [filter, setFilter] = useAddressFilter(DEFAULTS);
  const list = useTicketList(filter, { refetchInterval: 60_000 });
  const now = useNow();
  const organizations = useOrganizations(user?.role, list.items, filter.organization);
  const tableRef = useRef<HTMLTableElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useQueueKeys(tableRef, searchRef);
  const isLead = user?.role === 'lead' || user?.role === 'admin';
  const onDisputes = !!filter.dispute;
  const isDefault = JSON.stringify(filter) === JSON.stringify(DEFAULTS);

  return (
    <Page
      title={t('title')}
      actions={
        <>
          {isLead ? (
            <Button
              kind="secondary"
              aria-pressed={onDisputes}
              title={t('disputesHint')}
              onClick={() => setFilter(onDisputes ? DEFAULTS : DISPUTES)}
            >
              {t('disputes')}
            </Button>
          ) : null}
          {isDefault ? null : (
            <Button kind="link" onClick={() => setFilter(DEFAULTS)}>
              {t('reset')}
            </Button>
          )}
        </>
      }
    >
      <StatusTabs
        counts={list.counts}
        value={filter.status}
        onChange={(status) => setFilter({ ...filter, status })}
      />
      <div className="filters">
        <QueueFilters filter={filter} onChange={setFilter} organizations={organizations} />
        <SearchBox
          key={filter.q ?? ''}
          initial={filter.q ?? ''}
          inputRef={searchRef}
          onSearch={(q) => {
            const next = { ...filter };
            if (q) next.q = q;
            else delete next.q;
            setFilter(next);
          }}
        />
      </div>
      <ErrorBox error={list.error} />
      {list.loading ? (
        <Loading label={t('loading')} />
      ) : list.items.length === 0 && !list.error ? (
        <p className="list-empty card">{t('empty')}</p>
      ) : (
        <QueueTable items={list.items} now={now} tableRef={tableRef} />
      )}
      <LoadMore list={list} />
      <p className="list-hint">{t('keys', { j: 'J', k: 'K', enter: 'Enter', slash: '/' })}</p>
    </Page>
  );
}

export default QueuePage;
