// A bar chart of compliance per group drawn with inline SVG; the table beside it is its text equivalent.
import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useNumberFormats } from './number-format.ts';
import type { ComplianceGroup } from './reports-api.ts';
import { texts } from './reports-texts.ts';

const ROW = 34;
const LABEL_W = 190;
const BAR_W = 300;

/** Two bars per group (reaction, solution), 0–100 %; `describedBy` names the table with the numbers. */
export function ComplianceChart({
  groups,
  labelOf,
  describedBy,
}: {
  groups: ComplianceGroup[];
  labelOf: (g: ComplianceGroup) => string;
  describedBy: string;
}) {
  const t = useT(texts);
  const id = useId();
  const format = useNumberFormats();
  const height = groups.length * ROW + 28;
  const bar = (value: number | null, y: number, cls: string) => (
    <g>
      <rect x={LABEL_W} y={y} width={BAR_W} height={10} className="chart-track" />
      {value === null ? null : (
        <rect x={LABEL_W} y={y} width={(BAR_W * value) / 100} height={10} className={cls} />
      )}
      <text x={LABEL_W + BAR_W + 8} y={y + 9} className="chart-value">
        {value === null ? t('noData') : format.percent(value)}
      </text>
    </g>
  );
  return (
    <figure className="report-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc ${describedBy}`}
        viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
        width="100%"
      >
        <title id={`${id}-title`}>{t('chartTitle')}</title>
        <desc id={`${id}-desc`}>{t('chartDesc')}</desc>
        {groups.map((g, i) => {
          const y = i * ROW + 4;
          return (
            <g key={g.key}>
              <text x={LABEL_W - 8} y={y + 15} textAnchor="end" className="chart-label">
                {shorten(labelOf(g))}
              </text>
              {bar(g.reaction.compliance, y, 'chart-bar chart-reaction')}
              {bar(g.solution.compliance, y + 12, 'chart-bar chart-solution')}
            </g>
          );
        })}
        <g transform={`translate(${LABEL_W}, ${height - 8})`} className="chart-legend">
          <rect width={10} height={10} y={-9} className="chart-reaction" />
          <text x={14}>{t('reaction')}</text>
          <rect x={110} width={10} height={10} y={-9} className="chart-solution" />
          <text x={124}>{t('solution')}</text>
        </g>
      </svg>
    </figure>
  );
}

function shorten(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}
