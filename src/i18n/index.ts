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

/** Whether `s` is one of the message codes (a schema may name one as its message). */
export function isMessageCode(s: string): s is MessageCode {
  return Object.hasOwn(texts.ru, s);
}

/** Formats a message; `{name}` placeholders take their values from `params`, codes by their names. */
export function formatMessage(lang: Lang, code: MessageCode, params: MessageParams = {}): string {
  return texts[lang][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(nameOf(lang, name, params[name] as string | number)) : whole,
  );
}

/**
 * The language an Accept-Language header asks for: the supported one (ru, en) with the highest
 * weight, the earlier on a tie; null when it names neither (or none at all).
 */
export function requestedLang(header: string | undefined | null): Lang | null {
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = range.trim().split('-')[0];
    if (primary !== 'ru' && primary !== 'en') continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    if (!(q > 0)) continue; // q=0 means "not this one"; an unreadable weight counts as a refusal too
    if (best === null || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? null;
}

/** Picks the language from an Accept-Language-like hint: English only when asked, else Russian. */
export function pickLang(hint: string | undefined | null): Lang {
  return requestedLang(hint) ?? 'ru';
}
