// Russian first, English by a switch (R2). Each area keeps its texts beside its pages with
// `defineTexts`; `useT(texts)` returns a formatter in the current language.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setApiLang } from '../api/client.ts';
import type { Lang } from '../api/types.ts';

const STORAGE_KEY = 'srok.lang';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'ru', setLang: () => {} });

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'ru' || saved === 'en') return saved;
  } catch {
    // storage may be unavailable (private mode): Russian
  }
  return 'ru';
}

/** Holds the interface language; remembered in the browser, and taken from the profile at sign-in. */
export function LangProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang());
  setApiLang(lang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    setApiLang(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered: still switched for this visit
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The current language and the switch. */
export function useLang(): LangState {
  return useContext(LangContext);
}

export type Texts<K extends string> = { ru: Record<K, string>; en: Record<K, string> };
export type Params = Readonly<Record<string, string | number>>;

/** Declares an area's texts; English must have every Russian key (checked by the compiler). */
export function defineTexts<K extends string>(texts: {
  ru: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}) {
  return texts as Texts<K>;
}

/** `t('key', { n: 3 })` in the current language; `{name}` placeholders take the params. */
export function useT<K extends string>(texts: Texts<K>): (key: K, params?: Params) => string {
  const { lang } = useLang();
  return useCallback((key: K, params?: Params) => format(texts[lang][key], params), [texts, lang]);
}

/** Fills `{name}` placeholders. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
