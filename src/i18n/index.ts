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

/**
 * A file size as shown next to every download on the site (figures and data alike): "840 B", "6.3 kB",
 * "32 kB", "2.4 MB" (1 kB = 1,000 bytes; one decimal under 10 kB and for MB). Numbers and unit
 * symbols come from Intl, so they follow the page language.
 */
export function formatBytes(bytes: number): string {
  // Intl's short name for a byte is "byte" in English; "B" matches the kB and MB symbols.
  if (bytes < 1000) return `${new Intl.NumberFormat(locale.lang).format(bytes)} B`;
  const [unit, value] = bytes < 1_000_000 ? (['kilobyte', bytes / 1000] as const) : (['megabyte', bytes / 1_000_000] as const);
  const digits = unit === 'kilobyte' && bytes >= 10_000 ? 0 : 1;
  return new Intl.NumberFormat(locale.lang, { style: 'unit', unit, unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
