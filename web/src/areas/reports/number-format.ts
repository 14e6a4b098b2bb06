// Numbers of the reports in the reader's language: «66,7 %» and «1 234» in Russian, «66.7%» in English.
import { useMemo } from 'react';
import type { Lang } from '../../api/types.ts';
import { useLang } from '../../i18n/i18n.tsx';

export interface NumberFormats {
  /** A count of tickets or clocks, grouped by thousands. */
  count: (n: number) => string;
  /** A share given in percent (0…100), to one decimal at most. */
  percent: (p: number) => string;
}

/** The formats of `lang`. */
export function numberFormats(lang: Lang): NumberFormats {
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return { count: (n) => count.format(n), percent: (p) => percent.format(p / 100) };
}

/** The formats of the current language. */
export function useNumberFormats(): NumberFormats {
  const { lang } = useLang();
  return useMemo(() => numberFormats(lang), [lang]);
}
