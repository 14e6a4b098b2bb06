// One place that turns a message code and its parameters into text in the user's language.
import { en } from './en.ts';
import { type MessageCode, ru } from './ru.ts';

export type { MessageCode };
export type Lang = 'ru' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;

const texts: Record<Lang, Record<MessageCode, string>> = { ru, en };

/** Formats a message; `{name}` placeholders take their values from `params`. */
export function formatMessage(lang: Lang, code: MessageCode, params: MessageParams = {}): string {
  return texts[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the language from an Accept-Language-like hint: English only when asked, else Russian. */
export function pickLang(hint: string | undefined | null): Lang {
  if (!hint) return 'ru';
  const first = hint.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ru';
}
