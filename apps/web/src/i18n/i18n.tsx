import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { en, Lang, MessageKey, vi } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
interface I18n {
  lang: Lang;
  t: Translate;
  toggle(): void;
}

export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    (lang === 'vi' ? vi : en)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));

const I18nContext = createContext<I18n>({ lang: 'vi', t: translator('vi'), toggle: () => undefined });

/** The language choice is not secret: it is the one thing kept in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('papi.lang') === 'en' ? 'en' : 'vi'));
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem('papi.lang', lang);
  }, [lang]);
  const value: I18n = { lang, t: translator(lang), toggle: () => setLang((l) => (l === 'vi' ? 'en' : 'vi')) };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
