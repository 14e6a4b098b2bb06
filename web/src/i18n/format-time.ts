// Instants and durations in words the user reads at a glance: «14 января, 12:30», «2 ч 30 мин».
import type { Lang } from '../api/types.ts';

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * The portal's one zone (R5: service hours are Moscow time): every instant reads the same for every
 * user, whatever the browser's zone; a ticket's own calendar zone is passed where it differs.
 */
export const PORTAL_ZONE = 'Europe/Moscow';

/** «14 января, 12:30» (the year only when it is not the current one), in the given zone or the portal's. */
export function formatInstant(iso: string, lang: Lang, options: { zone?: string; now?: Date } = {}): string {
  const date = new Date(iso);
  const timeZone = options.zone ?? PORTAL_ZONE;
  const yearOf = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(d);
  const sameYear = yearOf(date) === yearOf(options.now ?? new Date());
  const day = new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(date);
  const time = new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${day}, ${time}`;
}

/** «14.01.2026» style date only, in the given zone or the portal's. */
export function formatDate(iso: string, lang: Lang, zone: string = PORTAL_ZONE): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: zone,
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
