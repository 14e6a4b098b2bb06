// The report's period, grouping and filters; every change applies at once.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useLabels } from '../../ticket-list/labels.ts';
import { PRIORITIES, type Priority, TICKET_TYPES, type TicketType } from '../../ticket-list/types.ts';
import { Field } from '../../ui/ui.tsx';
import { GROUP_BY, type GroupBy, nextDay, previousDay, type ReportFilter } from './reports-api.ts';
import { type ReportTextKey, texts } from './reports-texts.ts';

interface Named {
  id: string;
  name: string;
}

/** The form above the report: from, to (inclusive for people, exclusive for the API), group, filters. */
export function ReportFilters({
  filter,
  groupBy,
  onChange,
}: {
  filter: ReportFilter;
  groupBy: GroupBy;
  onChange: (filter: ReportFilter, groupBy: GroupBy) => void;
}) {
  const t = useT(texts);
  const labels = useLabels();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<Named[]>('/api/organizations'),
    staleTime: 300_000,
  });
  const plans = useQuery({
    queryKey: ['plans'],
    queryFn: () => api.get<Named[]>('/api/plans'),
    staleTime: 300_000,
  });
  const set = (patch: Partial<ReportFilter>) => {
    const next: ReportFilter = { ...filter, ...patch };
    for (const k of ['organizationId', 'planId', 'type', 'priority'] as const) if (!next[k]) delete next[k];
    onChange(next, groupBy);
  };
  const pick = (
    label: string,
    value: string | undefined,
    options: Array<[string, string]>,
    key: keyof ReportFilter,
  ) => (
    <Field label={label}>
      {(p) => (
        <select {...p} value={value ?? ''} onChange={(e) => set({ [key]: e.target.value || undefined })}>
          <option value="">{t('any')}</option>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form className="report-filters" onSubmit={(e) => e.preventDefault()}>
      <Field label={t('from')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={filter.from}
            onChange={(e) => e.target.value && set({ from: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('to')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={previousDay(filter.to)}
            onChange={(e) => e.target.value && set({ to: nextDay(e.target.value) })}
          />
        )}
      </Field>
      <Field label={t('groupBy')}>
        {(p) => (
          <select {...p} value={groupBy} onChange={(e) => onChange(filter, e.target.value as GroupBy)}>
            {GROUP_BY.map((g) => (
              <option key={g} value={g}>
                {t(`g_${g}` as ReportTextKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {pick(
        t('organization'),
        filter.organizationId,
        (organizations.data ?? []).map((o) => [o.id, o.name]),
        'organizationId',
      )}
      {pick(
        t('plan'),
        filter.planId,
        (plans.data ?? []).map((p) => [p.id, p.name]),
        'planId',
      )}
      {pick(
        t('type'),
        filter.type,
        TICKET_TYPES.map((v: TicketType) => [v, labels.type[v]]),
        'type',
      )}
      {pick(
        t('priority'),
        filter.priority,
        PRIORITIES.map((v: Priority) => [v, labels.priority[v]]),
        'priority',
      )}
    </form>
  );
}
