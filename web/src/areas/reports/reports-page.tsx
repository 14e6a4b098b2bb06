// R21: SLA compliance per organization, plan, type, priority or month, as bars and a table, the CSV
// download, and the breaches of the period with links to the tickets.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { useLabels } from '../../ticket-list/labels.ts';
import type { Priority, TicketType } from '../../ticket-list/types.ts';
import { ErrorBox, Loading, Page } from '../../ui/ui.tsx';
import { BreachesList } from './breaches-list.tsx';
import { ComplianceChart } from './compliance-chart.tsx';
import { ComplianceTable } from './compliance-table.tsx';
import { ReportFilters } from './report-filters.tsx';
import {
  type ComplianceGroup,
  csvHref,
  currentMonth,
  fetchBreaches,
  fetchCompliance,
  type GroupBy,
  type ReportFilter,
} from './reports-api.ts';
import { texts } from './reports-texts.ts';
import './reports.css';

/** The reports page; the period starts as the current month. */
export function ReportsPage({ now = new Date() }: { now?: Date }) {
  const t = useT(texts);
  const { lang } = useLang();
  const labels = useLabels();
  const tableId = useId();
  const [state, setState] = useState<{ filter: ReportFilter; groupBy: GroupBy }>(() => ({
    filter: currentMonth(now),
    groupBy: 'organization',
  }));
  const { filter, groupBy } = state;
  const compliance = useQuery({
    queryKey: ['reports', 'compliance', filter, groupBy],
    queryFn: () => fetchCompliance(filter, groupBy),
  });
  const breaches = useQuery({
    queryKey: ['reports', 'breaches', filter],
    queryFn: () => fetchBreaches(filter),
  });
  const labelOf = (g: ComplianceGroup) =>
    groupBy === 'type'
      ? (labels.type[g.key as TicketType] ?? g.label)
      : groupBy === 'priority'
        ? (labels.priority[g.key as Priority] ?? g.label)
        : g.label;
  const report = compliance.data;
  return (
    <Page
      title={t('title')}
      actions={
        <a className="btn btn-secondary" href={csvHref(filter, groupBy, lang)} download>
          {t('csv')}
        </a>
      }
    >
      <p>{t('intro')}</p>
      <ReportFilters
        filter={filter}
        groupBy={groupBy}
        onChange={(f, g) => setState({ filter: f, groupBy: g })}
      />
      <ErrorBox error={compliance.error} />
      {compliance.isPending ? <Loading label={t('loading')} /> : null}
      {report && report.groups.length === 0 ? <p>{t('empty')}</p> : null}
      {report && report.groups.length > 0 ? (
        <>
          <ComplianceChart groups={report.groups} labelOf={labelOf} describedBy={tableId} />
          <ComplianceTable
            id={tableId}
            groups={report.groups}
            total={report.total}
            groupTitle={t(groupBy)}
            labelOf={labelOf}
          />
        </>
      ) : null}
      <ErrorBox error={breaches.error} />
      {breaches.data ? <BreachesList list={breaches.data} /> : null}
    </Page>
  );
}

export default ReportsPage;
