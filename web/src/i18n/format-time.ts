// Instants and durations in words the user reads at a glance: «14 января, 12:30», «2 ч 30 мин».
import type { Lang } from '../api/types.ts';

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

/** «14 января, 12:30» (the year only when it is not the current one), in the given zone or the browser's. */
export function formatInstant(iso: string, lang: Lang, options: { zone?: string; now?: Date } = {}): string {
  const date = new Date(iso);
  const now = options.now ?? new Date();
  const sameYear = date.getUTCFullYear() === now.getUTCFullYear();
  const day = new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    ...(options.zone ? { timeZone: options.zone } : {}),
  }).format(date);
  const time = new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(options.zone ? { timeZone: options.zone } : {}),
  }).format(date);
  return `${day}, ${time}`;
}

/** «14.01.2026» style date only. */
export function formatDate(iso: string, lang: Lang, zone?: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(zone ? { timeZone: zone } : {}),
  }).format(new Date(iso));
}

/** Working minutes as «2 ч 30 мин» / «2 h 30 min»; «0 мин» for zero. */
export function formatMinutes(minutes: number, lang: Lang): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  const [hu, mu] = lang === 'ru' ? ['ч', 'мин'] : ['h', 'min'];
  if (h === 0) return `${sign}${rest} ${mu}`;
  return rest === 0 ? `${sign}${h} ${hu}` : `${sign}${h} ${hu} ${rest} ${mu}`;
}
