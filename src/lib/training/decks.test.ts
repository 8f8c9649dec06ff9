import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { svgToPng } from '#src/lib/figures/export.ts';
import { withLanguage } from '#src/i18n/language.ts';
import { readSeed, seedRecommendations } from '../../../tests/support/seed.ts';
import { findingsDeck, recommendationsDeck, type DeckContext } from './content.ts';
import { notesParagraphs, pngSize, writeDeck } from './decks.ts';

const ctx: DeckContext = { lang: 'en', site: 'https://example.org', edition: { version: '1.1.0', date: '2026-12-03' } };

/** The frontmatter of a Markdown file. */
const frontmatter = <T>(file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as T;

/**
 * The recommendations as content/recommendations holds them, in the paper's order; for a translation,
 * with the title and unofficial translation of content/<lang>/recommendations.
 */
function recommendations(lang: 'en' | 'fr' | 'ar' = 'en') {
  const dir = join(process.cwd(), 'content/recommendations');
  type Entry = {
    id: string;
    title: string;
    text: string;
    highlight: string;
    unofficial?: { text: string; highlight: string };
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f): Entry => {
      const english = frontmatter<Entry>(join(dir, f));
      if (lang === 'en') return english;
      const own = frontmatter<Omit<Entry, 'id'>>(join(process.cwd(), 'content', lang, 'recommendations', f));
      return { ...english, title: own.title, unofficial: { text: own.text, highlight: own.highlight } };
    });
}

const unescape = (xml: string) =>
  xml
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The slides of a .pptx in order: the text of each (runs joined as they are read), its notes, and its images. */
function readDeck(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const count = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const text = (name: string) => {
    const file = files[name];
    return file ? unescape([...strFromU8(file).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')) : '';
  };
  const slides = Array.from({ length: count }, (_, i) => ({
    text: text(`ppt/slides/slide${i + 1}.xml`),
    notes: text(`ppt/notesSlides/notesSlide${i + 1}.xml`),
    images: [
      ...strFromU8(files[`ppt/slides/_rels/slide${i + 1}.xml.rels`] ?? new Uint8Array()).matchAll(
        /Target="\.\.\/media\/([^"]+\.png)"/g,
      ),
    ].map((m) => m[1] ?? ''),
  }));
  return { files, slides };
}

describe('recommendations deck', async () => {
  const spec = recommendationsDeck(recommendations(), ctx);
  const bytes = await writeDeck(spec);
  const { files, slides } = readDeck(bytes);

  test('has a title slide, one slide per recommendation and a sources slide', () => {
    expect(slides).toHaveLength(13);
    expect(slides[0]?.text).toContain('Web edition 1.1.0, 3 December 2026');
    expect(slides[0]?.text).toContain('Unofficial web edition.');
    expect(slides[0]?.text).toContain('claims no affiliation with, or endorsement by, UNODC');
    expect(slides[12]?.text).toContain('Sources');
  });

  test("gives each recommendation in the paper's words, with its address, and cites it to UNODC in the notes", () => {
    const paper = seedRecommendations(readSeed());
    expect(paper).toHaveLength(11);
    paper.forEach((r, i) => {
      const slide = slides[i + 1];
      expect(slide?.text, r.id).toContain(r.text);
      expect(slide?.text, r.id).toContain(
        `Recommendation ${r.id} · https://example.org/recommendations/${r.id.toLowerCase()}/`,
      );
      expect(slide?.notes, r.id).toContain(
        'United Nations Office on Drugs and Crime (UNODC), Links Between Smuggling of Migrants',
      );
      expect(slide?.notes, r.id).toContain(
        `recommendation ${r.id}. Available at https://example.org/recommendations/${r.id.toLowerCase()}/`,
      );
    });
  });

  test("sets the paper's emphasis in bold", () => {
    const a1 = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array());
    expect(a1).toMatch(
      /<a:rPr[^>]* b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>financial or material benefit is an element of the crime of migrant smuggling<\/a:t>/s,
    );
  });

  test('writes the same bytes every time, dated with the edition', async () => {
    expect(await writeDeck(spec)).toEqual(bytes);
    expect(strFromU8(files['docProps/core.xml'] ?? new Uint8Array())).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T00:00:00Z</dcterms:created>',
    );
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
  });

  test('puts each line of the notes in its own paragraph', () => {
    const notes = strFromU8(files['ppt/notesSlides/notesSlide2.xml'] ?? new Uint8Array());
    expect(notes).not.toMatch(/<a:t>[^<]*[\r\n]/);
    expect(notes).toMatch(
      /<a:t>The paper&apos;s words: cite them to UNODC\.<\/a:t><\/a:r><\/a:p><a:p><a:r><a:rPr[^>]*\/><a:t>United Nations Office/,
    );
  });
});

describe('Arabic recommendations deck', async () => {
  const ar: DeckContext = { ...ctx, lang: 'ar' };
  const spec = withLanguage('ar', () => recommendationsDeck(recommendations('ar'), ar));
  const { files, slides } = readDeck(await writeDeck(spec));
  const xml = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`] ?? new Uint8Array());

  test("keeps the paper's words in English, left to right, and adds the unofficial Arabic translation right to left", () => {
    const [a1] = recommendations('ar');
    const paper = seedRecommendations(readSeed())[0];
    expect(slides[1]?.text).toContain(paper?.text);
    expect(slides[1]?.text).toContain('ترجمة غير رسمية');
    expect(slides[1]?.text).toContain(a1?.unofficial?.highlight);
    // The English quotation: its own language, not right to left; the Arabic paragraphs: rtl="1", set right.
    expect(xml(2)).toMatch(/<a:pPr[^>]*algn="l"[^>]*>(?:(?!<\/a:p>).)*<a:rPr lang="en"/s);
    expect(xml(2)).toMatch(
      /<a:pPr[^>]*rtl="1"[^>]*>(?:(?!<\/a:p>).)*<a:rPr lang="ar"[^>]*>(?:(?!<\/a:p>).)*ترجمة غير رسمية/s,
    );
    expect(strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array())).toContain('rtl="1"');
    // Every paragraph in Arabic, on every slide, reads right to left; none in English does.
    for (let n = 1; n <= slides.length; n++) {
      const paragraphs = [...xml(n).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1] ?? '');
      expect(
        paragraphs.filter((p) => p.includes('lang="ar"') && !p.includes('rtl="1"')),
        `slide ${n}`,
      ).toEqual([]);
      expect(
        paragraphs.filter((p) => p.includes('lang="en"') && p.includes('rtl="1"')),
        `slide ${n}`,
      ).toEqual([]);
    }
  });

  test('gives the headings, the label and the sources in Arabic', () => {
    expect(slides[1]?.text).toContain('من الورقة');
    expect(slides[12]?.text).toContain('المصادر');
  });

  test("keeps each address's closing slash at its end in right-to-left lines (a left-to-right mark after it)", () => {
    expect(slides[1]?.text).toContain('https://example.org/ar/recommendations/a1/\u200e');
  });

  test('mirrors the slide: the bar beside the quotation is at the right edge', () => {
    const bar = /<a:off x="(\d+)" y="\d+"\/><a:ext cx="73152"/.exec(xml(2));
    expect(Number(bar?.[1])).toBeGreaterThan(11_000_000);
  });
});

describe('findings deck', async () => {
  const png = new Uint8Array(
    svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#08c"/></svg>',
      400,
    ),
  );
  const chapter = { id: '01-executive-summary', number: 1, title: 'Executive summary' };
  const spec = findingsDeck(
    {
      chapter,
      paragraphs: [
        { id: 'p1-1', number: '1.1', text: 'Our introduction.', quote: false },
        {
          id: 'p1-2',
          number: '1.2',
          text: 'Smuggling of migrants is a serious crime with links to other criminal offences.',
          quote: true,
          section: 'A serious crime',
        },
      ],
      figures: [
        {
          id: 'demo-chart',
          title: 'A demo chart',
          number: '2.1',
          png,
          source: 'Frontex, Monitoring',
          data: 'Demo v1.0.0 (1 December 2026)',
          dataUrl: 'https://example.org/data/demo/1.0.0/',
          note: 'These figures count irregular migration, not migrant smuggling.',
        },
      ],
    },
    ctx,
  );
  const { slides } = readDeck(await writeDeck(spec));

  test('has a title slide, the quotations only, a slide per figure and a sources slide', () => {
    expect(slides.map((s) => s.text.slice(0, 40))).toHaveLength(4);
    expect(slides[1]?.text).toContain('From the paper');
    expect(slides[1]?.text).toContain(
      'Smuggling of migrants is a serious crime with links to other criminal offences.',
    );
    expect(slides[1]?.text).toContain('§1.2 · https://example.org/report/01-executive-summary/#p1-2');
    expect(slides.some((s) => s.text.includes('Our introduction.'))).toBe(false);
  });

  test('cites the quotation to UNODC and the figure to the web edition', () => {
    expect(slides[1]?.notes).toContain('United Nations Office on Drugs and Crime (UNODC)');
    expect(slides[2]?.notes).toContain('Figure compiled and drawn by this web edition');
    expect(slides[2]?.notes).toContain(
      'Smuggling of Migrants and Organized Crime (web edition), A demo chart, web edition 1.1.0',
    );
    expect(slides[2]?.notes).not.toContain('United Nations Office on Drugs and Crime');
  });

  test('shows the figure as its PNG with its title, source line, data version and the irregular-migration note', () => {
    expect(slides[2]?.images).toHaveLength(1);
    expect(slides[2]?.text).toContain('Figure 2.1: A demo chart');
    expect(slides[2]?.text).toContain('Source: Frontex, Monitoring');
    expect(slides[2]?.text).toContain('Data: Demo v1.0.0 (1 December 2026)');
    expect(slides[2]?.text).toContain('not migrant smuggling');
    expect(slides[3]?.text).toContain(
      'Figure 2.1: Demo v1.0.0 (1 December 2026), with its sources, at https://example.org/data/demo/1.0.0/',
    );
  });

  test('refuses a chapter without quotations', () => {
    expect(() => findingsDeck({ chapter, paragraphs: [], figures: [] }, ctx)).toThrow('has no quotation of the paper');
  });
});

test('reads the size of a PNG', () => {
  expect(
    pngSize(new Uint8Array(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10"></svg>', 300))),
  ).toEqual({ width: 300, height: 100 });
  expect(() => pngSize(new Uint8Array(30))).toThrow('Not a PNG');
});

test('notes paragraphs keep the run properties on every line', () => {
  expect(notesParagraphs('<a:p><a:r><a:rPr lang="en"/><a:t>one\ntwo</a:t></a:r><a:endParaRPr/></a:p>')).toBe(
    '<a:p><a:r><a:rPr lang="en"/><a:t>one</a:t></a:r></a:p><a:p><a:r><a:rPr lang="en"/><a:t>two</a:t></a:r><a:endParaRPr/></a:p>',
  );
});
