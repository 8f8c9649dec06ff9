import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import { currentLang, defaultLang, type Lang, languages, localeInfo } from './language.ts';

/** Every UI string key in the English dictionary. */
export type UIKey = keyof typeof en;

/** Plural categories Intl gives; a dictionary holds `key.<category>` for those its language uses. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The UI strings of each language: `src/i18n/<lang>.json`. */
const dictionaries: Record<Lang, Record<string, string>> = { en, fr, ar };

/** Line of `key` in a dictionary file, for error messages that point at it. */
function lineOf(lang: Lang, key: string): number | undefined {
  const keys = Object.keys(dictionaries[lang]);
  const index = keys.indexOf(key);
  return index === -1 ? undefined : index + 2;
}

/** The base of a plural key (`search.count` of `search.count.one`), or undefined. */
const pluralBase = (key: string) => {
  const match = /^(.+)\.(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1];
};

/**
 * What is wrong with the dictionaries, one line each with `file:line` and the key: a key of en.json
 * that a translation lacks or leaves empty, a key a translation has that English does not, and a
 * `{placeholder}` a translation drops or invents. Plural keys may have the categories their language
 * uses (`.zero` … `.many` in Arabic) as long as `.other` is there.
 */
export function dictionaryProblems(all: Record<Lang, Record<string, string>> = dictionaries): string[] {
  const problems: string[] = [];
  const english = all.en;
  const placeholders = (text: string) =>
    [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
  const enPluralBases = new Set(
    Object.keys(english)
      .map(pluralBase)
      .filter((b) => b !== undefined),
  );
  for (const lang of languages) {
    if (lang === defaultLang) continue;
    const dictionary = all[lang];
    const file = `src/i18n/${lang}.json`;
    const keys = Object.keys(dictionary);
    for (const [index, key] of Object.keys(english).entries()) {
      const value = dictionary[key];
      if (value === undefined) problems.push(`${file}: missing "${key}" (src/i18n/en.json:${index + 2})`);
      else if (value.trim() === '') problems.push(`${file}:${keys.indexOf(key) + 2}: "${key}" is empty`);
      else if (placeholders(value) !== placeholders(english[key] as string))
        problems.push(
          `${file}:${keys.indexOf(key) + 2}: "${key}" has placeholders {${placeholders(value)}}, English has {${placeholders(english[key] as string)}}`,
        );
    }
    for (const [index, key] of keys.entries()) {
      if (key in english) continue;
      const base = pluralBase(key);
      if (base && enPluralBases.has(base)) continue;
      problems.push(`${file}:${index + 2}: "${key}" is not a key of src/i18n/en.json`);
    }
  }
  return problems;
}

const problems = dictionaryProblems();
if (problems.length > 0) throw new Error(`UI strings are missing or wrong:\n${problems.join('\n')}`);

/**
 * Language and writing direction of the page being built, and the locale its numbers and dates are
 * formatted in (src/i18n/language.ts says how the language is set).
 */
export const locale = {
  get lang(): Lang {
    return currentLang();
  },
  get dir(): 'ltr' | 'rtl' {
    return localeInfo[currentLang()].dir;
  },
  get intl(): string {
    return localeInfo[currentLang()].intl;
  },
};

/** The template of `key` in the current language; throws naming the file and line when it has none. */
function template(key: string): string {
  const lang = currentLang();
  const value = dictionaries[lang][key];
  if (value === undefined) {
    const line = lineOf(defaultLang, key);
    throw new Error(
      `src/i18n/${lang}.json: no string "${key}"${line ? ` (src/i18n/en.json:${line})` : ' (and no such key in src/i18n/en.json)'}`,
    );
  }
  return value;
}

/**
 * Looks up a UI string in the language of the page being built and fills `{name}` placeholders from
 * `vars`. Throws when a placeholder has no value, so a missing variable is caught at build time.
 */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  return template(key).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new Error(`UI string "${key}" needs a value for {${name}}, but none was given.`);
    }
    return String(value);
  });
}

/** Keys of plural strings: the part before `.one` / `.other` in en.json. */
type PluralKey = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * A plural string for `count` in the current language: `key.<category>` for the Intl plural category
 * of `count` (Arabic has six), else `key.other`. `{count}` is filled with the formatted number.
 */
export function tCount(key: PluralKey, count: number, vars: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(locale.intl).select(count);
  const dictionary = dictionaries[currentLang()];
  const chosen = `${key}.${category}` in dictionary ? `${key}.${category}` : `${key}.other`;
  return t(chosen as UIKey, { count: formatNumber(count), ...vars });
}

/** Every plural form of `key` in the current language, by Intl category, for code that counts in the browser. */
export function pluralForms(key: PluralKey, vars: Record<string, string | number> = {}): Record<string, string> {
  const dictionary = dictionaries[currentLang()];
  return Object.fromEntries(
    PLURAL_CATEGORIES.filter((category) => `${key}.${category}` in dictionary).map((category) => [
      category,
      t(`${key}.${category}` as UIKey, vars),
    ]),
  );
}

/** Formats a number in the language of the page (181,376 · 181 376 · 181,376 in Western digits for Arabic). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale.intl).format(value);
}

/** Formats an ISO date (YYYY-MM-DD) as "28 November 2026", "28 novembre 2026", "28 نوفمبر 2026", in UTC so the build is deterministic. */
export function formatDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(`${iso}T00:00:00Z`) : iso;
  return new Intl.DateTimeFormat(locale.intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A file size as shown next to every download on the site (figures and data alike): "840 B", "6.3 kB",
 * "32 kB", "2.4 MB" (1 kB = 1,000 bytes; one decimal under 10 kB and for MB). Numbers and unit
 * symbols come from Intl, so they follow the page language.
 */
export function formatBytes(bytes: number): string {
  // Intl's short name for a byte is "byte" in English; "B" matches the kB and MB symbols.
  if (bytes < 1000) return `${new Intl.NumberFormat(locale.intl).format(bytes)} B`;
  const [unit, value] =
    bytes < 1_000_000 ? (['kilobyte', bytes / 1000] as const) : (['megabyte', bytes / 1_000_000] as const);
  const digits = unit === 'kilobyte' && bytes >= 10_000 ? 0 : 1;
  return new Intl.NumberFormat(locale.intl, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * The only markup a UI string may hold: `<strong>`, `<em>`, `<code>` and a link `<a href="{name}">` whose
 * address is a placeholder. Anything else in the string is text.
 */
const ALLOWED_MARKUP = /<(strong|em|code)>|<\/(strong|em|code|a)>|<a href="\{(\w+)\}">/g;

/** Link addresses a UI string may point to: this site's own paths and fragments. */
const OWN_ADDRESS = /^(\/(?!\/)|#)/;

/**
 * Looks up a UI string that holds inline markup and returns it as HTML, for `set:html`. Only the site's
 * own markup is kept (see {@link ALLOWED_MARKUP}): every other character of the string, and every
 * placeholder value, is escaped. Links must point to this site, and tags must be balanced; otherwise it throws.
 */
export function tHtml(key: UIKey, vars: Record<string, string | number> = {}): string {
  return markupToHtml(template(key), vars, key);
}

/** {@link tHtml} for a given string: `key` names it in error messages. */
export function markupToHtml(template: string, vars: Record<string, string | number>, key: string): string {
  const value = (name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}, but none was given.`);
    return String(v);
  };
  const text = (part: string) => escapeHtml(part).replace(/\{(\w+)\}/g, (_, name: string) => escapeHtml(value(name)));
  const open: string[] = [];
  let html = '';
  let last = 0;
  for (const match of template.matchAll(ALLOWED_MARKUP)) {
    html += text(template.slice(last, match.index));
    last = match.index + match[0].length;
    const [, opening, closing, href] = match;
    if (opening) {
      open.push(opening);
      html += `<${opening}>`;
    } else if (href) {
      const address = value(href);
      if (!OWN_ADDRESS.test(address))
        throw new Error(`UI string "${key}": a link must point to this site, found "${address}".`);
      open.push('a');
      html += `<a href="${escapeHtml(address)}">`;
    } else if (closing) {
      if (open.pop() !== closing)
        throw new Error(`UI string "${key}": </${closing}> does not close the last tag opened.`);
      html += `</${closing}>`;
    }
  }
  if (open.length > 0) throw new Error(`UI string "${key}": <${open.join('>, <')}> is not closed.`);
  return html + text(template.slice(last));
}
