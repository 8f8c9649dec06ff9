import { formatDate, t } from '#src/i18n/index.ts';
import { cite, type CitationTarget } from '#src/lib/cite/formats.ts';
import {
  chapterTarget,
  PAPER_PRESENTED,
  recommendationTarget,
  reportTarget,
  type CiteContext,
} from '#src/lib/cite/report.ts';
import { chaptersInOrder, recommendationsInOrder } from '#src/lib/report/content.ts';
import { edition } from '#src/lib/site/edition.ts';
import {
  absoluteUrl,
  chartFileName,
  howToCitePath,
  type Lang,
  reportPath,
  slideDeckFileName,
  slideDeckIds,
} from '#src/lib/site/routes.ts';
import { withLanguage } from '#src/i18n/language.ts';
import { packZip, type PackFile } from './pack.ts';
import { deckFigures, deckFile } from './site-decks.ts';

const TEXT = new TextEncoder();

/**
 * The citations of the web edition, each chapter and each recommendation in one file per format
 * (BibTeX, RIS, CSL-JSON), without access dates: the reader adds the day they read it.
 */
export async function citationFiles(lang: Lang, site: URL | string | undefined): Promise<PackFile[]> {
  const ctx: CiteContext = { site, edition };
  const targets: CitationTarget[] = [
    reportTarget(ctx),
    ...(await chaptersInOrder()).map((c) =>
      chapterTarget({ id: c.id, number: c.data.number, title: c.data.title }, ctx),
    ),
    ...(await recommendationsInOrder()).map((r) => recommendationTarget(r.data.id, ctx)),
  ].map((target) => ({ ...target, accessed: undefined }));
  const csl = targets.flatMap((target) => JSON.parse(cite(target, 'csl')) as unknown[]);
  const stem = `citations/som-links-citations-${lang}`;
  return [
    { name: `${stem}.bib`, bytes: TEXT.encode(`${targets.map((target) => cite(target, 'bibtex')).join('\n\n')}\n`) },
    { name: `${stem}.ris`, bytes: TEXT.encode(`${targets.map((target) => cite(target, 'ris')).join('\n\n')}\n`) },
    { name: `${stem}.json`, bytes: TEXT.encode(`${JSON.stringify(csl, null, 2)}\n`) },
  ];
}

/** README.txt of the pack: what it holds, which edition, and who wrote what. */
export function packReadme(lang: Lang, site: URL | string | undefined, files: readonly PackFile[]): string {
  const lines = [
    t('common.labelValue', {
      label: t('training.pack.title'),
      value: t('common.labelValue', { label: t('site.title'), value: t('site.subtitle') }),
    }),
    t('training.deck.paper', { title: t('paper.title') }),
    t('training.deck.edition', { version: edition.version, date: formatDate(edition.date) }),
    absoluteUrl(reportPath(lang), site),
    '',
    t('training.deck.unofficial', { who: t('about.who') }),
    '',
    t('training.pack.lead'),
    '',
    ...files.map((f) => `- ${f.name}`),
    '',
    t('common.labelValue', { label: t('cite.page.title'), value: absoluteUrl(howToCitePath(lang), site) }),
    t('cite.page.who', {
      author: t('cite.paperAuthorShort'),
      presented: t('cite.presented', { date: formatDate(PAPER_PRESENTED) }),
    }),
  ];
  return `${lines.join('\n')}\n`;
}

const packs = new Map<string, Promise<Uint8Array>>();

/**
 * The trainer's pack as the site build makes it, in `lang` whatever the page asking for it: README, slide
 * decks, every figure's PNG and the citation files. The build script adds the report and handout PDFs afterwards when they exist
 * (`optionalPackFiles`, `addToPack`).
 */
export function trainersPack(lang: Lang, site: URL | string | undefined): Promise<Uint8Array> {
  const key = `${lang}|${String(site)}`;
  let pack = packs.get(key);
  if (!pack) {
    pack = withLanguage(lang, async () => {
      const decks = await Promise.all(
        slideDeckIds.map(async (deck) => ({
          name: `slides/${slideDeckFileName(deck, lang)}`,
          bytes: await deckFile(deck, lang, site),
        })),
      );
      const figures = (await deckFigures(site)).map((f) => ({
        name: `figures/${chartFileName(f.id, 'png')}`,
        bytes: f.png,
      }));
      const files = [...decks, ...figures, ...(await citationFiles(lang, site))];
      return packZip(
        [{ name: 'README.txt', bytes: TEXT.encode(packReadme(lang, site, files)) }, ...files],
        edition.date,
      );
    });
    packs.set(key, pack);
  }
  return pack;
}
