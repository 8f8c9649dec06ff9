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
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A file size as shown next to every download on the site (figures and data alike): "840 B", "6.3 kB",
 * "32 kB", "2.4 MB" (1 kB = 1,000 bytes; one decimal under 10 kB and for MB). Numbers and unit
 * symbols come from Intl, so they follow the page language.
 */
export function formatBytes(bytes: number): string {
  // Intl's short name for a byte is "byte" in English; "B" matches the kB and MB symbols.
  if (bytes < 1000) return `${new Intl.NumberFormat(locale.lang).format(bytes)} B`;
  const [unit, value] =
    bytes < 1_000_000 ? (['kilobyte', bytes / 1000] as const) : (['megabyte', bytes / 1_000_000] as const);
  const digits = unit === 'kilobyte' && bytes >= 10_000 ? 0 : 1;
  return new Intl.NumberFormat(locale.lang, {
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
  return markupToHtml(dictionary[key], vars, key);
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
