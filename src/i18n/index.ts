import en from './en.json';

/** Every UI string key in the English dictionary. */
export type UIKey = keyof typeof en;

/** Language and writing direction of the site: set once here, read by every page. */
export const locale = { lang: 'en', dir: 'ltr' } as const;

const dictionary: Record<UIKey, string> = en;

/**
 * Looks up a UI string and fills `{name}` placeholders from `vars`.
 * Throws when a placeholder has no value, so a missing variable is caught at build time.
 */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  const template = dictionary[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new Error(`UI string "${key}" needs a value for {${name}}, but none was given.`);
    }
    return String(value);
  });
}

/** Formats a number for display in the site's locale (e.g. 181,376). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale.lang).format(value);
}

/** Formats an ISO date (YYYY-MM-DD) as e.g. "28 November 2026", in UTC so the build is deterministic. */
export function formatDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(`${iso}T00:00:00Z`) : iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
