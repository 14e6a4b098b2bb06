// The queue's filters: assignee (me / unassigned / anyone), organization, type, open disputes.
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useLabels } from '../../../ticket-list/labels.ts';
import type { ListFilter } from '../../../ticket-list/list-filter.ts';
import { TICKET_TYPES } from '../../../ticket-list/types.ts';
import { Field } from '../../../ui/ui.tsx';
import type { OrganizationOption } from './use-organizations.ts';

const texts = defineTexts({
  ru: {
    assignee: 'Исполнитель',
    anyone: 'Любой',
    me: 'Мои',
    none: 'Не назначенные',
    organization: 'Организация',
    anyOrganization: 'Все организации',
    type: 'Тип',
    anyType: 'Все типы',
    dispute: 'Только с открытым спором',
  },
  en: {
    assignee: 'Assignee',
    anyone: 'Anyone',
    me: 'Mine',
    none: 'Unassigned',
    organization: 'Organization',
    anyOrganization: 'All organizations',
    type: 'Type',
    anyType: 'All types',
    dispute: 'Open disputes only',
  },
});

/** Drops a key from the filter (exactOptionalPropertyTypes-friendly). */
function without<K extends keyof ListFilter>(f: ListFilter, key: K): ListFilter {
  const copy = { ...f };
  delete copy[key];
  return copy;
}

/** Shows the selects and the dispute checkbox; each change applies at once. */
export function QueueFilters({
  filter,
  onChange,
  organizations,
}: {
  filter: ListFilter;
  onChange: (next: ListFilter) => void;
  organizations: OrganizationOption[];
}) {
  const t = useT(texts);
  const labels = useLabels();
  return (
    <>
      <Field label={t('assignee')}>
        {(props) => (
          <select
            {...props}
            value={filter.assignee ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              onChange(v === 'me' || v === 'none' ? { ...filter, assignee: v } : without(filter, 'assignee'));
            }}
          >
            <option value="">{t('anyone')}</option>
            <option value="me">{t('me')}</option>
            <option value="none">{t('none')}</option>
          </select>
        )}
      </Field>
      <Field label={t('organization')}>
        {(props) => (
          <select
            {...props}
            value={filter.organization ?? ''}
            onChange={(e) =>
              onChange(
                e.target.value
                  ? { ...filter, organization: e.target.value }
                  : without(filter, 'organization'),
              )
            }
          >
            <option value="">{t('anyOrganization')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('type')}>
        {(props) => (
          <select
            {...props}
            value={filter.type ?? ''}
            onChange={(e) => {
              const type = TICKET_TYPES.find((x) => x === e.target.value);
              onChange(type ? { ...filter, type } : without(filter, 'type'));
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
      <label className="check">
        <input
          type="checkbox"
          checked={!!filter.dispute}
          onChange={(e) =>
            onChange(e.target.checked ? { ...filter, dispute: true } : without(filter, 'dispute'))
          }
        />
        {t('dispute')}
      </label>
    </>
  );
}
