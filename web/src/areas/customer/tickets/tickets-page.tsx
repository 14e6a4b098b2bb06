// /tickets: the customer's organization's tickets, newest first, filtered by status, type and search.
import { Link } from 'wouter';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useLabels } from '../../../ticket-list/labels.ts';
import type { ListFilter } from '../../../ticket-list/list-filter.ts';
import { LoadMore } from '../../../ticket-list/load-more.tsx';
import { SearchBox } from '../../../ticket-list/search-box.tsx';
import { StatusTabs } from '../../../ticket-list/status-tabs.tsx';
import { TICKET_TYPES } from '../../../ticket-list/types.ts';
import { useAddressFilter } from '../../../ticket-list/use-address-filter.ts';
import { useTicketList } from '../../../ticket-list/use-ticket-list.ts';
import { ErrorBox, Field, Loading, Page } from '../../../ui/ui.tsx';
import { CustomerTicketTable } from './customer-ticket-table.tsx';

const DEFAULTS: ListFilter = { status: 'all' };

const texts = defineTexts({
  ru: {
    title: 'Обращения',
    create: 'Новое обращение',
    type: 'Тип',
    anyType: 'Все типы',
    loading: 'Загрузка обращений…',
    none: 'У вашей организации пока нет обращений.',
    noneFiltered: 'Нет обращений, подходящих под условия. Измените фильтр или поиск.',
  },
  en: {
    title: 'Tickets',
    create: 'New ticket',
    type: 'Type',
    anyType: 'All types',
    loading: 'Loading tickets…',
    none: 'Your organization has no tickets yet.',
    noneFiltered: 'No tickets match. Change the filter or the search.',
  },
});

/** Lists the organization's tickets with their status and next deadline. */
export function TicketsPage() {
  const t = useT(texts);
  const labels = useLabels();
  const [filter, setFilter] = useAddressFilter(DEFAULTS);
  const list = useTicketList(filter);
  const filtered = filter.status !== 'all' || filter.type || filter.q;
  return (
    <Page
      title={t('title')}
      actions={
        <Link href="/tickets/new" className="btn btn-primary">
          {t('create')}
        </Link>
      }
    >
      <StatusTabs
        counts={list.counts}
        value={filter.status}
        onChange={(status) => setFilter({ ...filter, status })}
      />
      <div className="filters">
        <Field label={t('type')}>
          {(props) => (
            <select
              {...props}
              value={filter.type ?? ''}
              onChange={(e) => {
                const { type: _, ...rest } = filter;
                const type = TICKET_TYPES.find((x) => x === e.target.value);
                setFilter(type ? { ...rest, type } : rest);
              }}
            >
              <option value="">{t('anyType')}</option>
              {TICKET_TYPES.map((type) => (
                <option key={type} value={type}>
                  {labels.type[type]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SearchBox
          key={filter.q ?? ''}
          initial={filter.q ?? ''}
          onSearch={(q) => {
            const { q: _, ...rest } = filter;
            setFilter(q ? { ...rest, q } : rest);
          }}
        />
      </div>
      <ErrorBox error={list.error} />
      {list.loading ? (
        <Loading label={t('loading')} />
      ) : list.items.length === 0 && !list.error ? (
        <p className="list-empty card">{filtered ? t('noneFiltered') : t('none')}</p>
      ) : (
        <CustomerTicketTable items={list.items} />
      )}
      <LoadMore list={list} />
    </Page>
  );
}

export default TicketsPage;
