import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import { dictionaryProblems, formatBytes, formatDate, formatNumber, markupToHtml, t, tHtml } from './index.ts';

describe('t', () => {
  test('fills placeholders in UI strings', () => {
    expect(t('figure.label', { number: '2.1' })).toBe('Figure 2.1');
  });

  test('fails loudly when a placeholder has no value', () => {
    expect(() => t('figure.label')).toThrow('UI string "figure.label" needs a value for {number}');
  });

  test('has no empty UI string', () => {
    expect(Object.entries(en).filter(([, value]) => value.trim() === '')).toEqual([]);
  });
});

describe('dictionaries', () => {
  const without = (dictionary: Record<string, string>, key: string) =>
    Object.fromEntries(Object.entries(dictionary).filter(([k]) => k !== key));
  const enLine = (key: string) => Object.keys(en).indexOf(key) + 2;

  test('French and Arabic have every key of en.json, filled, with the same placeholders', () => {
    expect(dictionaryProblems()).toEqual([]);
  });

  test('a key missing from fr.json or ar.json is reported with the file and the key', () => {
    expect(dictionaryProblems({ en, fr: without(fr, 'nav.home'), ar })).toEqual([
      `src/i18n/fr.json: missing "nav.home" (src/i18n/en.json:${enLine('nav.home')})`,
    ]);
    expect(dictionaryProblems({ en, fr, ar: without(ar, 'figure.label') })).toEqual([
      `src/i18n/ar.json: missing "figure.label" (src/i18n/en.json:${enLine('figure.label')})`,
    ]);
  });

  test('an empty string, a dropped placeholder and a key English does not have are reported too', () => {
    const problems = dictionaryProblems({
      en,
      fr: { ...fr, 'nav.home': ' ', 'figure.label': 'Figure', 'nav.nowhere': 'Nulle part' },
      ar,
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^src\/i18n\/fr\.json:\d+: "nav.home" is empty$/);
    expect(problems[1]).toMatch(
      /^src\/i18n\/fr\.json:\d+: "figure.label" has placeholders \{\}, English has \{number\}$/,
    );
    expect(problems[2]).toMatch(/^src\/i18n\/fr\.json:\d+: "nav.nowhere" is not a key of src\/i18n\/en.json$/);
  });
});

describe('UI strings in use', () => {
  // Keys looked up with a computed end, as t(`data.route.${id}`): every key under these prefixes counts as used.
  const DYNAMIC_PREFIXES = [
    'about.updates.kind.',
    'data.confidence.',
    'data.route.',
    'data.topic.',
    'glossary.authenticText.',
    'glossary.obligation.',
    'glossary.obligationHelp.',
  ];
  const SRC = join(process.cwd(), 'src');
  // The site's code, and the build scripts that read the same strings (the PDF step).
  const SCRIPTS = join(process.cwd(), 'scripts');
  const code = [SRC, SCRIPTS]
    .flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts'))
        .map((f) => readFileSync(join(root, f), 'utf8')),
    )
    .join('\n');

  test('every key of en.json is written, in quotes, somewhere in src/ or scripts/ (or falls under a dynamic prefix)', () => {
    const quoted = (key: string) => ["'", '"', '`'].some((q) => code.includes(`${q}${key}${q}`));
    // A plural string is looked up by its base (tCount('search.count', n), pluralForms('search.count')).
    const pluralBase = (key: string) => /^(.+)\.(zero|one|two|few|many|other)$/.exec(key)?.[1];
    const used = (key: string) => quoted(key) || (pluralBase(key) !== undefined && quoted(pluralBase(key) as string));
    const unused = Object.keys(en).filter((key) => !used(key) && !DYNAMIC_PREFIXES.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  test('every dynamic prefix is still looked up with a computed end, and has keys', () => {
    for (const prefix of DYNAMIC_PREFIXES) {
      expect(code, prefix).toContain(`\`${prefix}\${`);
      expect(Object.keys(en).filter((key) => key.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    }
  });
});

describe('formatting', () => {
  test('formats numbers and dates for English readers, independent of the time zone', () => {
    expect(formatNumber(181376)).toBe('181,376');
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
  });
});

describe('file sizes', () => {
  test('are written one way for every download: bytes, then kB with one decimal under 10 kB, then MB', () => {
    expect([999, 1000, 6318, 9_949, 32_471, 999_499, 2_400_000].map(formatBytes)).toEqual([
      '999 B',
      '1.0 kB',
      '6.3 kB',
      '9.9 kB',
      '32 kB',
      '999 kB',
      '2.4 MB',
    ]);
  });
});

describe('tHtml', () => {
  test('keeps the site markup, links to this site and fills placeholders', () => {
    expect(
      markupToHtml(
        'See <a href="{href}">the <em>guide</em></a>, <strong>{v}</strong> and <code>#{id}</code>.',
        { href: '/how-to-cite/', v: '1.1.0', id: 'p3-2' },
        'k',
      ),
    ).toBe('See <a href="/how-to-cite/">the <em>guide</em></a>, <strong>1.1.0</strong> and <code>#p3-2</code>.');
  });

  test('escapes any other markup in the string and in placeholder values', () => {
    expect(
      markupToHtml(
        '<script>alert(1)</script> <b>{x}</b> & <a href="/x" onclick="y">y',
        { x: '<img src=x onerror=alert(1)>"' },
        'k',
      ),
    ).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&lt;/b&gt; &amp; &lt;a href=&quot;/x&quot; onclick=&quot;y&quot;&gt;y',
    );
    expect(markupToHtml('<a href="{href}">x</a>', { href: '/a?b="c"&d' }, 'k')).toBe(
      '<a href="/a?b=&quot;c&quot;&amp;d">x</a>',
    );
  });

  test('refuses links to other sites, unbalanced tags and missing values', () => {
    expect(() => markupToHtml('<a href="{href}">x</a>', { href: 'https://example.org/' }, 'k')).toThrow(
      'must point to this site',
    );
    expect(() => markupToHtml('<a href="{href}">x</a>', { href: '//example.org/' }, 'k')).toThrow(
      'must point to this site',
    );
    expect(() => markupToHtml('<a href="{href}">x</a>', { href: 'javascript:alert(1)' }, 'k')).toThrow(
      'must point to this site',
    );
    expect(() => markupToHtml('<strong>x</em>', {}, 'k')).toThrow('does not close');
    expect(() => markupToHtml('<code>x', {}, 'k')).toThrow('is not closed');
    expect(() => markupToHtml('{x}', {}, 'k')).toThrow('needs a value for {x}');
  });

  test('renders strings of the dictionary', () => {
    expect(tHtml('cite.page.handout', { handout: '/recommendations/handout/' })).toContain(
      '<a href="/recommendations/handout/">',
    );
  });
});
