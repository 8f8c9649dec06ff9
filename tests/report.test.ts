import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LAYER_ORDER } from '#src/lib/site/css-layer-order.ts';
import { formatDate, t } from '#src/i18n/index.ts';
import { langOfPath, withLanguage } from '#src/i18n/language.ts';
import { loadUpdates } from '#src/lib/site/edition.ts';
import { howToCitePath, updatesPath } from '#src/lib/site/routes.ts';
import { readSeed, readSharedSeed, seedRecommendations, seedSummarySentences, squash } from './support/seed.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const fileOf = (page: string) =>
  join(dist, page === '/' ? 'index.html' : page.endsWith('.html') ? page : `${page}index.html`);
const html = (page: string) => readFileSync(fileOf(page), 'utf8');
const documentOf = (page: string) => parseHTML(html(page)).document;
const text = (element: Element | null | undefined) => squash(element?.textContent ?? '');

const seed = readSeed();
const recommendations = seedRecommendations(seed);
const chapterIds = readdirSync(join(dist, 'report'))
  .filter((name) => /^\d{2}-/.test(name))
  .sort();
const chapterPages = chapterIds.map((id) => `/report/${id}/`);
/** The paper's words as the chapters quote them ("From the paper" blocks). */
const quotes = chapterPages.flatMap((page) =>
  [...documentOf(page).querySelectorAll('.paper-quote-text')].map((q) => text(q)),
);
/** Everything a reader sees in the chapters' main content, in lower case. */
const chapterText = (id: string) => text(documentOf(`/report/${id}/`).querySelector('main')).toLowerCase();

describe('the paper’s text the tests compare against', () => {
  test('lists eleven recommendations, A1–A6 and B1–B5, and matches the editors’ shared copy when it is there', () => {
    expect(recommendations.map((r) => r.id)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
    ]);
    for (const r of recommendations) expect(r.highlight.length, r.id).toBeGreaterThan(10);
    const shared = readSharedSeed();
    if (shared !== undefined) expect(seed).toBe(shared);
  });
});

describe('recommendations, word for word', () => {
  test.each(recommendations)(
    '$id is quoted exactly, with the paper’s emphasis, on its page, in the collection, the list, the handout and chapter 6',
    ({ id, text: wording, highlight }) => {
      const page = documentOf(`/recommendations/${id.toLowerCase()}/`);
      const body = page.querySelector(`[data-recommendation-text="${id}"]`);
      expect(text(body)).toBe(wording);
      expect(text(body?.querySelector('strong'))).toBe(highlight);
      expect(text(page.querySelector('h1'))).toContain(`Recommendation ${id}`);

      const source = readFileSync(join(process.cwd(), `content/recommendations/${id}.md`), 'utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { text: string; highlight: string };
      expect(squash(frontmatter.text)).toBe(wording);
      expect(frontmatter.highlight).toBe(highlight);

      for (const listing of ['/recommendations/', '/recommendations/handout/']) {
        expect(text(documentOf(listing).querySelector(`[data-recommendation-text="${id}"]`)), listing).toBe(wording);
      }
      expect(quotes).toContain(wording);
    },
  );

  test('the handout gives every recommendation with its short address', () => {
    const handout = documentOf('/recommendations/handout/');
    for (const { id } of recommendations) {
      expect(handout.querySelector(`a[href="/recommendations/${id.toLowerCase()}/"]`)?.textContent).toMatch(
        new RegExp(`^[^/]+/recommendations/${id.toLowerCase()}/$`),
      );
    }
  });
});

describe('findings, as the paper states them', () => {
  test.each(seedSummarySentences(seed))('the report quotes the summary sentence word for word: “%s”', (sentence) => {
    expect(quotes.some((quote) => quote.includes(sentence))).toBe(true);
  });

  const keyFindings: [string, string][] = [
    ['scarcity of available data', '02-about-this-study'],
    [
      'data on irregular migration could provide insights, it cannot be treated as data on migrant smuggling',
      '02-about-this-study',
    ],
    ['no single group dominates', '03-smuggling-market'],
    ['self-organized departures', '03-smuggling-market'],
    ['smuggling of migrants by air seems to be another emerging trend', '03-smuggling-market'],
    ['systemic corruption', '04-corruption-and-profits'],
    ['lucrative business', '04-corruption-and-profits'],
    ['strong links with trafficking in persons', '05-links-with-other-crimes'],
    ['artisanal gold mining sites', '05-links-with-other-crimes'],
    ['terrorism and the financing of violent extremism', '05-links-with-other-crimes'],
    ['drug trafficking, especially of tramadol', '05-links-with-other-crimes'],
  ];
  test.each(keyFindings)(
    'the finding “%s” is in the paper and in chapter %s, and in the executive summary',
    (phrase, chapter) => {
      expect(squash(seed.replaceAll('**', '')).toLowerCase()).toContain(phrase);
      expect(chapterText(chapter)).toContain(phrase);
      expect(chapterText('01-executive-summary')).toContain(phrase);
    },
  );

  test('every section of the executive summary links to the chapter section that explains it', () => {
    const summary = documentOf('/report/01-executive-summary/');
    const links = [...summary.querySelectorAll('.prose a[href^="/report/0"]')].map((a) => a.getAttribute('href') ?? '');
    for (const link of links.filter((href) => href.includes('#'))) {
      const [path, id] = link.split('#') as [string, string];
      expect(documentOf(path).getElementById(id), link).not.toBeNull();
    }
    expect(new Set(links.map((l) => l.split('/')[2])).size).toBe(chapterIds.length - 1);
  });
});

describe('links within the report', () => {
  /** Site paths this part of the site owns and can vouch for. */
  const owned = /^\/(?:$|report\/|recommendations\/|how-to-cite\/|updates\/|about\/)/;

  test('every link to a report, recommendation, citation or updates page lands on an existing page and element', () => {
    const broken: string[] = [];
    // Each page's ids, read once (the print edition alone links hundreds of places in itself).
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let found = idsOf.get(file);
      if (!found) {
        found = new Set(
          [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map(
            (el) => el.getAttribute('id') ?? '',
          ),
        );
        idsOf.set(file, found);
      }
      return found;
    };
    for (const page of sitePages(dist)) {
      for (const a of documentOf(page).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^[a-z]+:/i.test(href)) continue;
        const target = new URL(href, `https://site.invalid${page}`);
        const path = target.pathname;
        if (!owned.test(path)) continue;
        const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(file)) {
          broken.push(`${page}: ${href} (no page)`);
        } else if (target.hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(target.hash.slice(1)))) {
          broken.push(`${page}: ${href} (no element ${target.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('a link written §3.2 points to paragraph #p3-2', () => {
    const wrong: string[] = [];
    for (const page of [...chapterPages, ...recommendations.map((r) => `/recommendations/${r.id.toLowerCase()}/`)]) {
      for (const a of documentOf(page).querySelectorAll('a[href*="#p"]')) {
        const label = /^§(\d+)\.(\d+)$/.exec(text(a));
        if (label && !a.getAttribute('href')?.endsWith(`#p${label[1]}-${label[2]}`))
          wrong.push(`${page}: ${text(a)} → ${a.getAttribute('href')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('each paragraph number links to its own address, so it can be copied without scripts', () => {
    for (const page of chapterPages) {
      const paragraphs = [...documentOf(page).querySelectorAll('.para[id]')];
      expect(paragraphs.length, page).toBeGreaterThan(5);
      for (const p of paragraphs)
        expect(p.querySelector('.para-num')?.getAttribute('href'), `${page} ${p.id}`).toBe(`#${p.id}`);
    }
  });
});

describe('edition, updates and how to cite', () => {
  const updates = loadUpdates();
  const current = updates.at(-1);

  test('every page’s footer names the current edition and links to how to cite and to the updates, in the page’s language', () => {
    // Embed pages are figures for other sites' iframes: no site chrome, by design.
    for (const page of sitePages(dist).filter((p) => !/^\/(?:(?:fr|ar)\/)?embed\//.test(p))) {
      const lang = langOfPath(page);
      const footer = documentOf(page).querySelector('.site-footer');
      const edition = withLanguage(lang, () =>
        t('footer.edition', { version: current?.version ?? '', date: formatDate(current?.date ?? '') }),
      );
      expect(text(footer), page).toContain(squash(edition));
      expect(footer?.querySelector(`a[href="${howToCitePath(lang)}"]`), page).not.toBeNull();
      expect(footer?.querySelector(`a[href="${updatesPath(lang)}"]`), page).not.toBeNull();
      // French and Arabic pages say that they are the web edition's translation.
      const notice = footer?.querySelector('[data-translation-notice]');
      if (lang === 'en') expect(notice, page).toBeNull();
      else expect(text(notice), page).toBe(squash(withLanguage(lang, () => t('translation.notice'))));
    }
  });

  test('the updates page lists every entry of the updates file, newest first, with its date and version', () => {
    const page = documentOf('/updates/');
    const listed = [...page.querySelectorAll('.updates > li')].map((li) => li.id);
    expect(listed).toEqual([...updates].reverse().map((u) => `v${u.version}`));
    expect(text(page.querySelector('.updates > li:last-child'))).toContain('First publication of the web edition');
    expect(page.querySelector('.updates time[datetime="2026-11-28"]')).not.toBeNull();
  });

  test('the how-to-cite page explains who wrote what, with a quoted and a commentary paragraph, and offers the whole edition in seven formats', () => {
    const page = documentOf('/how-to-cite/');
    expect(text(page.querySelector('#who-wrote-what + p'))).toContain('presented 10 May 2023');
    const [quoted, commentary] = [...page.querySelectorAll('pre.example')].map((pre) => pre.textContent ?? '');
    expect(quoted).toMatch(
      /^United Nations Office on Drugs and Crime \(UNODC\), .* quoted in .* para\. 3\.\d+\. Available at .*#p3-\d+ /,
    );
    expect(commentary).toMatch(
      /^Smuggling of Migrants and Organized Crime \(web edition\), .* para\. 3\.\d+\. Based on UNODC, /,
    );
    expect(commentary).not.toContain('United Nations Office on Drugs and Crime');
    expect(page.querySelectorAll('.citation-box pre[data-citation]').length).toBe(7);
  });

  test('states no publication year for the paper', () => {
    for (const page of [...chapterPages, '/', '/about/', '/how-to-cite/', '/recommendations/']) {
      expect(text(documentOf(page).querySelector('main')), page).not.toMatch(
        /(?:published|publication|issued) (?:in )?(?:19|20)\d\d/i,
      );
    }
  });
});

describe('recommendation pages', () => {
  test.each(recommendations.map((r) => r.id))(
    '%s is tagged for search as a recommendation, with the findings, provisions and terms it rests on',
    (id) => {
      const page = documentOf(`/recommendations/${id.toLowerCase()}/`);
      expect(page.querySelector('[data-pagefind-filter="type:recommendation"]')).not.toBeNull();
      expect(page.querySelector(`[data-pagefind-meta="label:Recommendation ${id}"]`)).not.toBeNull();
      expect(page.querySelectorAll('.findings a[href*="#p"]').length).toBeGreaterThan(0);
      expect(page.querySelectorAll('.provisions li').length).toBeGreaterThan(0);
      expect(page.querySelectorAll('.terms a[href^="/glossary/"]').length).toBeGreaterThan(0);
      expect(page.querySelector('.copy-link a')?.getAttribute('href')).toMatch(
        new RegExp(`/recommendations/${id.toLowerCase()}/$`),
      );
    },
  );

  test('rest on the legal provisions the paper names: A1 on the Protocol’s definition, A2 on Article 5, B1 on mutual legal assistance and joint investigations', () => {
    const provisions = (id: string) => text(documentOf(`/recommendations/${id}/`).querySelector('.provisions'));
    expect(provisions('a1')).toContain('Smuggling of Migrants Protocol, art. 3(a)');
    expect(provisions('a2')).toContain('Smuggling of Migrants Protocol, art. 5');
    expect(provisions('b1')).toContain('art. 18');
    expect(provisions('b1')).toContain('art. 19');
    const terms = (id: string) =>
      [...documentOf(`/recommendations/${id}/`).querySelectorAll('.terms a')].map((a) => a.getAttribute('href'));
    expect(terms('b1')).toEqual(
      expect.arrayContaining(['/glossary/untoc/mutual-legal-assistance/', '/glossary/untoc/joint-investigations/']),
    );
  });
});

describe('styles', () => {
  test('on every page the cascade layers come in the declared order, so component styles win over base styles', () => {
    const declared = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8')
      .match(/@layer ([\w\s,]+);/)?.[1]
      ?.split(/\s*,\s*/);
    expect(declared).toEqual([...LAYER_ORDER]);
    for (const page of sitePages(dist)) {
      // The page's CSS in the order the browser reads it: inline <style> elements and any linked stylesheet.
      const css = [...html(page).matchAll(/<style>([\s\S]*?)<\/style>|<link rel="stylesheet" href="([^"]+)"/g)]
        .map((m) => m[1] ?? readFileSync(join(dist, m[2] ?? ''), 'utf8'))
        .join('\n');
      expect(css.length, page).toBeGreaterThan(1000);
      const order: string[] = [];
      for (const match of css.matchAll(/@layer\s+([\w\s,-]+?)\s*[;{]/g)) {
        for (const name of (match[1] ?? '').split(/\s*,\s*/)) if (!order.includes(name)) order.push(name);
      }
      expect(order, page).toEqual([...LAYER_ORDER]);
    }
  });
});
