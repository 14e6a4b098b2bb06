// One place that turns a message code and its parameters into text in the user's language.
import { en } from './en.ts';
import { mail } from './mail.ts';
import { nameOf } from './names.ts';
import { products } from './products.ts';
import { ru } from './ru.ts';

export type Lang = 'ru' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;
/** Every message code: the core set (ru.ts) plus each area's own file (mail.ts, products.ts). */
export type MessageCode = keyof typeof ru | keyof typeof mail.ru | keyof typeof products.ru;

const texts: Record<Lang, Record<MessageCode, string>> = {
  ru: { ...ru, ...mail.ru, ...products.ru },
  en: { ...en, ...mail.en, ...products.en },
};

/** Formats a message; `{name}` placeholders take their values from `params`, codes by their names. */
export function formatMessage(lang: Lang, code: MessageCode, params: MessageParams = {}): string {
  return texts[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(nameOf(lang, name, params[name] as string | number)) : whole,
  );
}

/** Picks the language from an Accept-Language-like hint: English only when asked, else Russian. */
export function pickLang(hint: string | undefined | null): Lang {
  if (!hint) return 'ru';
  const first = hint.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ru';
}
