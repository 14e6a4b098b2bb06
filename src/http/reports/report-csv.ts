// The compliance report as CSV for spreadsheets: UTF-8 with a byte order mark so Excel reads Cyrillic,
// `;` between fields in Russian (what a Russian-locale Excel expects) and `,` in English.
import type { ComplianceGroup, ComplianceReport, GroupBy } from '../../domain/reports/compliance.ts';
import type { Lang } from '../../i18n/index.ts';
import { labelOf } from '../../mail/labels.ts';

const HEADERS: Record<Lang, { group: Record<GroupBy, string>; columns: string[]; total: string }> = {
  ru: {
    group: { organization: 'Организация', plan: 'План', type: 'Тип', priority: 'Приоритет', month: 'Месяц' },
    columns: [
      'Обращений',
      'Реакция: в срок',
      'Реакция: нарушено',
      'Реакция: идёт',
      'Реакция: соблюдение, %',
      'Решение: в срок',
      'Решение: нарушено',
      'Решение: идёт',
      'Решение: соблюдение, %',
      'Соблюдение, %',
    ],
    total: 'Итого',
  },
  en: {
    group: { organization: 'Organization', plan: 'Plan', type: 'Type', priority: 'Priority', month: 'Month' },
    columns: [
      'Tickets',
      'Reaction: met',
      'Reaction: breached',
      'Reaction: open',
      'Reaction: compliance, %',
      'Solution: met',
      'Solution: breached',
      'Solution: open',
      'Solution: compliance, %',
      'Compliance, %',
    ],
    total: 'Total',
  },
};

/** The CSV text of a report, BOM first, header row in `lang`, the total last; lines end with CRLF. */
export function formatComplianceCsv(report: ComplianceReport, groupBy: GroupBy, lang: Lang): string {
  const h = HEADERS[lang];
  const sep = lang === 'ru' ? ';' : ',';
  const percent = (p: number | null) =>
    p === null ? '' : lang === 'ru' ? String(p).replace('.', ',') : String(p);
  const line = (label: string, g: ComplianceGroup) =>
    [
      label,
      g.tickets,
      g.reaction.met,
      g.reaction.breached,
      g.reaction.open,
      percent(g.reaction.compliance),
      g.solution.met,
      g.solution.breached,
      g.solution.open,
      percent(g.solution.compliance),
      percent(g.compliance),
    ]
      .map((cell) => escapeCsvCell(String(cell), sep))
      .join(sep);
  const rows = [
    [h.group[groupBy], ...h.columns].map((c) => escapeCsvCell(c, sep)).join(sep),
    ...report.groups.map((g) => line(labelOfGroup(lang, groupBy, g), g)),
    line(h.total, report.total),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** A cell quoted when it holds the separator, a quote or a line break; a leading = + - @ is defused. */
export function escapeCsvCell(value: string, sep: string): string {
  // A spreadsheet would run a cell starting with these as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The file name: `srok-compliance-<from>-<to>-<groupBy>.csv`. */
export function csvFileName(from: string, to: string, groupBy: GroupBy): string {
  return `srok-compliance-${from}-${to}-${groupBy}.csv`;
}

/** A group's label in `lang`: types and priorities worded; organizations, plans and months as they are. */
export function labelOfGroup(lang: Lang, groupBy: GroupBy, g: ComplianceGroup): string {
  if (groupBy === 'type' || groupBy === 'priority') return labelOf(lang, groupBy, g.key);
  return g.label;
}
