// Counts per status as toggle chips that filter the list: «Все 42», «Открытые 12», «В работе 5» …
import { defineTexts, useT } from '../i18n/i18n.tsx';
import { useLabels } from './labels.ts';
import type { StatusChoice } from './list-filter.ts';
import { OPEN_STATUSES, STATUSES, type TicketStatus } from './types.ts';
import { totalOf } from './use-ticket-list.ts';
import './ticket-list.css';

const texts = defineTexts({
  ru: { group: 'Статус обращений', all: 'Все', open: 'Открытые' },
  en: { group: 'Ticket status', all: 'All', open: 'Open' },
});

/** Shows how many tickets each status holds and picks the one to list. */
export function StatusTabs({
  counts,
  value,
  onChange,
  showOpen = true,
}: {
  counts: Record<TicketStatus, number> | null;
  value: StatusChoice;
  onChange: (next: StatusChoice) => void;
  showOpen?: boolean;
}) {
  const t = useT(texts);
  const labels = useLabels();
  const count = (choice: StatusChoice): number | null => {
    if (!counts) return null;
    if (choice === 'all') return totalOf(counts);
    if (choice === 'open') return OPEN_STATUSES.reduce((n, s) => n + counts[s], 0);
    return counts[choice];
  };
  const choices: StatusChoice[] = ['all', ...(showOpen ? (['open'] as const) : []), ...STATUSES];
  const word = (c: StatusChoice) => (c === 'all' || c === 'open' ? t(c) : labels.status[c]);
  return (
    <fieldset className="status-tabs">
      <legend className="visually-hidden">{t('group')}</legend>
      {choices.map((c) => {
        const n = count(c);
        return (
          <button
            key={c}
            type="button"
            className="status-tab"
            aria-pressed={value === c}
            onClick={() => onChange(c)}
          >
            {word(c)}
            {n === null ? null : <span className="status-tab-count">{n}</span>}
          </button>
        );
      })}
    </fieldset>
  );
}
