import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts } from '#src/charts/index.ts';
import { offlineSize } from '#src/lib/offline/precache.ts';
import { edition } from '#src/lib/site/edition.ts';
import { sizeText } from '#src/lib/training/post-build.ts';
import { t } from '#src/i18n/index.ts';
import { withLanguage } from '#src/i18n/language.ts';
import {
  handoutPdfPath,
  recommendationsPath,
  reportPdfPath,
  slideDeckPath,
  trainersPackPath,
} from '#src/lib/site/routes.ts';
import { readSeed, seedRecommendations, seedSummarySentences, squash } from './support/seed.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const FINDINGS = '/training/slides/som-links-findings-en.pptx';
const RECOMMENDATIONS = '/training/slides/som-links-recommendations-en.pptx';
const PACK = '/training/som-links-trainers-pack-en.zip';
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(dist, path)));
const documentOf = (page: string) => parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8')).document;
const SITE = (documentOf('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').replace(/\/$/, '');
const unescape = (xml: string) =>
  xml
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
const UNODC = 'United Nations Office on Drugs and Crime (UNODC)';

/** Each slide of a published deck: its text (runs joined), the text of each paragraph, its notes and its images. */
function slides(path: string) {
  const files = unzipSync(bytesOf(path));
  const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const count = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const runs = (source: string) => unescape([...source.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
  return Array.from({ length: count }, (_, i) => {
    const slide = xml(`ppt/slides/slide${i + 1}.xml`);
    return {
      text: runs(slide),
      paragraphs: [...slide.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => runs(m[1] ?? '')),
      notes: runs(xml(`ppt/notesSlides/notesSlide${i + 1}.xml`)),
      images: [...xml(`ppt/slides/_rels/slide${i + 1}.xml.rels`).matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map(
        (m) => files[`ppt/media/${m[1]}`],
      ),
    };
  });
}

describe('findings deck', () => {
  const deck = slides(FINDINGS);
  const sentences = seedSummarySentences(readSeed());
  const quotes = deck.filter((s) => s.text.includes('From the paper'));
  const figures = deck.filter((s) => s.images.length > 0);

  test('has a title slide, a slide per executive-summary quotation, a slide per figure and a sources slide', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    expect(figures).toHaveLength(charts.length);
    expect(deck).toHaveLength(1 + quotes.length + charts.length + 1);
    expect(deck[0]?.text).toContain(`Web edition ${edition.version}`);
    expect(deck[0]?.text).toContain('Unofficial web edition.');
    expect(deck.at(-1)?.text).toContain('Sources');
  });

  test("gives the paper's words exactly, each with its paragraph's address, cited to UNODC in the notes", () => {
    for (const slide of quotes) {
      const address = /§(\d+\.\d+) · (\S+)/.exec(slide.text);
      expect(address?.[2], slide.text).toBe(`${SITE}/report/01-executive-summary/#p${address?.[1]?.replace('.', '-')}`);
      // The paragraph after the "From the paper" label.
      const quote = slide.paragraphs[slide.paragraphs.indexOf('From the paper') + 1] ?? '';
      expect(quote.length).toBeGreaterThan(40);
      // Every sentence on the slide is a sentence of the paper's executive summary.
      const own = quote.split(/(?<=\.)\s+(?=[A-Z])/).map(squash);
      expect(
        own.every((sentence) => sentences.includes(sentence)),
        quote,
      ).toBe(true);
      expect(slide.notes).toContain(UNODC);
      expect(slide.notes).toContain(address?.[2]);
    }
  });

  test("shows each figure's published PNG with its title, source line and data version, cited to the web edition", () => {
    for (const [i, chart] of charts.entries()) {
      const slide = figures[i];
      expect(slide?.images[0], chart.id).toEqual(bytesOf(`/charts/${chart.id}/${chart.id}.png`));
      expect(slide?.text).toContain(chart.title);
      expect(slide?.text).toContain('Source: ');
      expect(slide?.text).toMatch(/Data: .+ v\d+\.\d+\.\d+ \(\d+ \w+ \d{4}\)/);
      expect(slide?.notes).toContain('Smuggling of Migrants and Organized Crime (web edition)');
      expect(slide?.notes).not.toContain(UNODC);
    }
  });

  test('every slide has speaker notes', () => {
    expect(deck.filter((s) => s.notes.trim().length < 40)).toEqual([]);
  });
});

describe('recommendations deck', () => {
  const deck = slides(RECOMMENDATIONS);

  test("has one slide per recommendation in the paper's exact words, cited to UNODC", () => {
    const paper = seedRecommendations(readSeed());
    expect(deck).toHaveLength(1 + paper.length + 1);
    paper.forEach((r, i) => {
      const slide = deck[i + 1];
      expect(slide?.paragraphs, r.id).toContain(r.text);
      expect(slide?.text).toContain(`${SITE}/recommendations/${r.id.toLowerCase()}/`);
      expect(slide?.notes).toContain(UNODC);
      expect(slide?.notes).toContain(`recommendation ${r.id}.`);
    });
  });
});

describe("trainer's pack", () => {
  const files = unzipSync(bytesOf(PACK));

  test('holds the README, both decks as published, every figure PNG and the citations; the PDFs when they exist', () => {
    const expected = [
      ...['report/som-links-report-en.pdf', 'handout/som-links-recommendations-en.pdf'].filter((name) =>
        existsSync(
          join(
            dist,
            name.startsWith('report/')
              ? '/report/som-links-report-en.pdf'
              : '/recommendations/handout/som-links-recommendations-en.pdf',
          ),
        ),
      ),
      'README.txt',
      'slides/som-links-findings-en.pptx',
      'slides/som-links-recommendations-en.pptx',
      ...charts.map((c) => `figures/${c.id}.png`),
      'citations/som-links-citations-en.bib',
      'citations/som-links-citations-en.ris',
      'citations/som-links-citations-en.json',
    ];
    expect(Object.keys(files)).toEqual(expected);
    expect(files['slides/som-links-findings-en.pptx']).toEqual(bytesOf(FINDINGS));
    expect(files['figures/smuggling-fees.png']).toEqual(bytesOf('/charts/smuggling-fees/smuggling-fees.png'));
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain(`Web edition ${edition.version}`);
    expect(readme).toContain('claims no affiliation');
  });

  test('cites the report, each chapter and each recommendation in BibTeX, RIS and CSL-JSON that reference managers read', () => {
    const text = (name: string) => strFromU8(files[`citations/som-links-citations-en.${name}`] ?? new Uint8Array());
    const csl = JSON.parse(text('json')) as { id: string; author: { literal: string }[] }[];
    const keys = csl.map((item) => item.id);
    expect(keys).toHaveLength(1 + 6 + 11);
    expect(keys).toContain('som-links-web-edition');
    expect(keys).toContain('som-links-ch3');
    expect(keys).toContain('som-links-rec-b2');
    expect(csl.find((i) => i.id === 'som-links-rec-b2')?.author[0]?.literal).toBe(
      'United Nations Office on Drugs and Crime',
    );
    expect(csl.find((i) => i.id === 'som-links-ch3')?.author[0]?.literal).toBe(
      'Smuggling of Migrants and Organized Crime (web edition)',
    );
    expect(new Cite(text('bib')).data.map((i) => i['id'])).toEqual(keys);
    expect(new Cite(text('ris')).data).toHaveLength(keys.length);
  });

  test.each(['/recommendations/', '/how-to-cite/'])(
    'is linked from %s with its size and the decks with theirs',
    (page) => {
      const document = documentOf(page);
      for (const path of [PACK, FINDINGS, RECOMMENDATIONS]) {
        expect(document.querySelector(`a[href="${path}"]`), path).not.toBeNull();
        expect(document.querySelector(`[data-size-of="${path}"]`)?.textContent, path).toBe(
          sizeText(statSync(join(dist, path)).size),
        );
      }
    },
  );
});

describe.each(['fr', 'ar'] as const)('the training files in %s', (lang) => {
  const tr = (key: Parameters<typeof t>[0], vars?: Record<string, string | number>) =>
    withLanguage(lang, () => t(key, vars));
  const paper = seedRecommendations(readSeed());
  const findings = slides(slideDeckPath('findings', lang));
  const recommendations = slides(slideDeckPath('recommendations', lang));

  test("both decks are in the language, with the paper's words in English and the unofficial translation under them", () => {
    expect(slideDeckPath('findings', lang)).toBe(`/${lang}/training/slides/som-links-findings-${lang}.pptx`);
    expect(findings[0]?.text).toContain(tr('training.findings.title'));
    expect(recommendations[0]?.text).toContain(tr('training.recommendations.title'));
    const quotes = findings.filter((s) => s.text.includes(tr('quote.unofficial')));
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    expect(findings.at(-1)?.text).toContain(tr('training.deck.sources'));
    expect(recommendations).toHaveLength(13);
    paper.forEach((r, i) => {
      const slide = recommendations[i + 1];
      expect(squash(slide?.text ?? ''), r.id).toContain(squash(r.text));
      expect(slide?.text, r.id).toContain(tr('quote.unofficial'));
      expect(slide?.text, r.id).toContain(tr('recommendation.heading', { id: r.id }));
      // Cited to UNODC (named in the language), under the paper's own title.
      expect(slide?.notes, r.id).toContain(tr('training.deck.notes.quote', { citation: '' }).trim());
      expect(slide?.notes, r.id).toContain('Links Between Smuggling of Migrants and Other Forms of Organized Crime');
    });
  });

  test(
    lang === 'ar'
      ? 'the Arabic slides read right to left; the English quotation left to right'
      : 'the slides read left to right',
    () => {
      const files = unzipSync(bytesOf(slideDeckPath('recommendations', lang)));
      const presentation = strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array());
      const slide = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array());
      const paragraphs = [...slide.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1] ?? '');
      const english = paragraphs.filter((p) => /<a:rPr lang="en"/.test(p));
      const own = paragraphs.filter((p) => new RegExp(`<a:rPr lang="${lang}"`).test(p));
      expect(english.length).toBeGreaterThan(0);
      expect(own.length).toBeGreaterThan(3);
      expect(english.filter((p) => p.includes('rtl="1"'))).toEqual([]);
      if (lang === 'ar') {
        expect(presentation).toContain('rtl="1"');
        expect(own.filter((p) => !p.includes('rtl="1"'))).toEqual([]);
      } else {
        expect(`${presentation}${slide}`).not.toContain('rtl="1"');
      }
    },
  );

  test('the pack holds the decks of the language, its PDFs when built and a README in the language', () => {
    const files = unzipSync(bytesOf(trainersPackPath(lang)));
    const names = Object.keys(files);
    expect(names).toContain(`slides/som-links-findings-${lang}.pptx`);
    expect(files[`slides/som-links-recommendations-${lang}.pptx`]).toEqual(
      bytesOf(slideDeckPath('recommendations', lang)),
    );
    expect(names).toContain(`citations/som-links-citations-${lang}.bib`);
    for (const [name, path] of [
      [`report/som-links-report-${lang}.pdf`, reportPdfPath(lang)],
      [`handout/som-links-recommendations-${lang}.pdf`, handoutPdfPath(lang)],
    ] as const)
      expect(names.includes(name), name).toBe(existsSync(join(dist, path)));
    expect(names.filter((name) => /-(en)\.(pptx|pdf|bib)$/.test(name))).toEqual([]);
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain(tr('training.pack.title'));
    expect(readme).toContain(tr('training.pack.lead'));
    expect(readme).toContain(tr('training.deck.paper', { title: tr('paper.title') }));
  });

  test('the recommendations page links them with sizes in the language', () => {
    const document = documentOf(recommendationsPath(lang));
    for (const path of [
      trainersPackPath(lang),
      slideDeckPath('findings', lang),
      slideDeckPath('recommendations', lang),
    ]) {
      expect(document.querySelector(`[data-size-of="${path}"]`)?.textContent, path).toBe(
        sizeText(statSync(join(dist, path)).size, lang),
      );
    }
  });
});

describe('save for offline', () => {
  const held = JSON.parse(readFileSync(join(dist, 'offline-edition.json'), 'utf8')) as {
    version: string;
    date: string;
    files: number;
    bytes: number;
  };
  const worker = readFileSync(join(dist, 'offline-worker.js'), 'utf8');

  test('the offline copy holds the current edition, and its worker precaches pages, scripts and the search index but no downloads', () => {
    expect(held).toMatchObject({ version: edition.version, date: edition.date });
    expect(worker).toContain('"report/03-smuggling-market/index.html"');
    expect(worker).toContain('"glossary/untoc/extradition/index.html"');
    expect(worker).toMatch(/"pagefind\/pagefind\.js"/);
    expect(worker).toMatch(/"pagefind\/wasm\.unknown\.pagefind"|"pagefind\/wasm\.en\.pagefind"/);
    expect(worker).toMatch(/"_astro\/[^"]+\.js"/);
    expect(worker).not.toMatch(/\.(zip|pptx|xlsx|csv|png)"/);
    expect(worker).not.toContain('pagefind-ui');
  });

  test.each(['/report/', '/report/03-smuggling-market/', '/glossary/', '/glossary/untoc/extradition/'])(
    '%s offers it, hidden without scripts, with the size it will store',
    (page) => {
      const control = documentOf(page).querySelector('[data-save-offline]');
      expect(control?.hasAttribute('hidden')).toBe(true);
      expect(control?.getAttribute('data-worker')).toBe('/offline-worker.js');
      expect(control?.querySelector('[data-offline-size]')?.textContent).toBe(offlineSize(held.bytes));
      expect(control?.textContent).toContain(`about ${offlineSize(held.bytes)}`);
    },
  );
});
