// The compliance numbers per group: the text equivalent of the chart, with the total last.
import { useT } from '../../i18n/i18n.tsx';
import { useNumberFormats } from './number-format.ts';
import type { ClockTally, ComplianceGroup } from './reports-api.ts';
import { texts } from './reports-texts.ts';

/** A table of tickets, met / breached / open and compliance per clock and group. */
export function ComplianceTable({
  id,
  groups,
  total,
  groupTitle,
  labelOf,
}: {
  id: string;
  groups: ComplianceGroup[];
  total: ComplianceGroup;
  groupTitle: string;
  labelOf: (g: ComplianceGroup) => string;
}) {
  const t = useT(texts);
  const format = useNumberFormats();
  const percent = (p: number | null) => (p === null ? t('noData') : format.percent(p));
  const cells = (c: ClockTally) => (
    <>
      <td>{format.count(c.met)}</td>
      <td>{format.count(c.breached)}</td>
      <td>{format.count(c.open)}</td>
      <td>{percent(c.compliance)}</td>
    </>
  );
  const row = (g: ComplianceGroup, label: string) => (
    <>
      <th scope="row">{label}</th>
      <td>{format.count(g.tickets)}</td>
      {cells(g.reaction)}
      {cells(g.solution)}
      <td>{percent(g.compliance)}</td>
    </>
  );
  const clockHeads = (clock: string) =>
    (['met', 'breached', 'open', 'compliance'] as const).map((k) => (
      <th scope="col" key={`${clock}-${k}`}>
        {t(k)}
      </th>
    ));
  return (
    <div className="table-wrap">
      <table id={id} className="report-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {groupTitle}
            </th>
            <th scope="col" rowSpan={2}>
              {t('tickets')}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t('reaction')}
            </th>
            <th scope="colgroup" colSpan={4}>
              {t('solution')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('overall')}
            </th>
          </tr>
          <tr>
            {clockHeads('reaction')}
            {clockHeads('solution')}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>{row(g, labelOf(g))}</tr>
          ))}
        </tbody>
        <tfoot>
          <tr>{row(total, t('total'))}</tr>
        </tfoot>
      </table>
    </div>
  );
}
