/**
 * The language a page is being built in. English is the source and is served at the root; French under
 * `/fr/`, Arabic under `/ar/`. The language of a page follows from its address: src/middleware.ts runs
 * every page and file of the build inside {@link withLanguage}, so that UI strings, number and date
 * formats, addresses and content all read the same language without passing it through every call.
 * Code that runs outside a page (scripts, tests) wraps its work in `withLanguage` itself; with no
 * language set, English is used.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Languages of the site; the first is the default, served without a prefix. */
export const languages = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/** Languages other than English, in the order the site lists them. */
export const translatedLanguages = languages.filter((lang): lang is Exclude<Lang, 'en'> => lang !== defaultLang);

export const isLang = (value: unknown): value is Lang => languages.includes(value as Lang);

/**
 * What each language needs beyond its strings: writing direction, and the locale Intl formats numbers
 * and dates with. Arabic pages and charts use Western digits (0–9): the Maghreb States the paper
 * studies write them, as do UNODC's and UN's Arabic web pages for article numbers, and one rule for
 * text, tables and charts keeps a figure and its table identical. `nu-latn` makes Intl do the same.
 */
export const localeInfo = {
  en: { lang: 'en', dir: 'ltr', intl: 'en-GB', name: 'English', og: 'en_GB' },
  fr: { lang: 'fr', dir: 'ltr', intl: 'fr-FR', name: 'Français', og: 'fr_FR' },
  ar: { lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-latn', name: 'العربية', og: 'ar_AR' },
} as const satisfies Record<Lang, { lang: Lang; dir: 'ltr' | 'rtl'; intl: string; name: string; og: string }>;

const storage = new AsyncLocalStorage<Lang>();

/** The language of the page or file being built (English outside any). */
export const currentLang = (): Lang => storage.getStore() ?? defaultLang;

/** Runs `work` with `lang` as the current language; what it starts (promises included) keeps it. */
export const withLanguage = <T>(lang: Lang, work: () => T): T => storage.run(lang, work);

/** The language of a site path (`/fr/report/` → fr, `/report/` → en), with the base already removed. */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return isLang(first) && first !== defaultLang ? first : defaultLang;
}

/**
 * `make()` once per language, for values that hold text: a chart's labels, a cache of built files. The
 * value made for one language is never served to a page in another.
 */
export function perLanguage<T>(make: () => T): () => T {
  const made = new Map<Lang, T>();
  return () => {
    const lang = currentLang();
    if (!made.has(lang)) made.set(lang, make());
    return made.get(lang) as T;
  };
}

/**
 * An object whose properties are those of `make()` in the language of the page being built: a module
 * can export one object (a chart definition, say) whose labels follow the page's language.
 */
export function localized<T extends object>(make: () => T): T {
  const current = perLanguage(make);
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(current(), key),
    has: (_, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(current(), key),
  });
}
