// Calendar dates (YYYY-MM-DD, no time of day) as the admin pages read and show them.
import type { Lang } from '../../api/types.ts';

/** Today's date in the browser's zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** «14.01.2026» for a YYYY-MM-DD date, whatever the browser's zone. */
export function formatDay(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
