import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { firstWords, paragraphNumber } from './paragraphs.ts';

/** Where pinned paragraph ids are recorded, relative to the project root. */
export const PINS_FILE = 'tests/fixtures/paragraph-ids.json';

/** A published paragraph as recorded in the pins file. */
export interface PinnedParagraph {
  /** Chapter id, e.g. `03-smuggling-market`. */
  chapter: string;
  /** First words of the text, for people reading the file and the test messages. */
  start: string;
  /** SHA-256 of the text, white space collapsed. */
  sha256: string;
  /** Web edition version in which this text was published under this id. */
  since: string;
}

/** Paragraph id → what was published under it. */
export type ParagraphPins = Record<string, PinnedParagraph>;

/** A numbered paragraph as a built chapter page shows it. */
export interface PublishedParagraph {
  id: string;
  /** Number shown in front of it, e.g. `3.2`. */
  number: string;
  chapter: string;
  /** Text without its number or label, white space collapsed. */
  text: string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** SHA-256 (hex) of a paragraph's text. */
export const textHash = (text: string) => createHash('sha256').update(squash(text)).digest('hex');

/** A numbered paragraph as a built chapter page renders it: its id and the number in front of it. */
export interface RenderedParagraph {
  id: string;
  number: string;
}

/** The numbered paragraphs of a built chapter page, in order. */
export function renderedParagraphs(html: string): RenderedParagraph[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('.para[id]')].map((element) => ({
    id: element.id,
    number: squash(element.querySelector('.para-num')?.textContent ?? ''),
  }));
}

/**
 * Reads the report's paragraph list (`/report/paragraphs.json` of a build). The text there is the text
 * of the chapter source, so the way components render (a glossary popover, say) never changes it.
 */
export function readPublished(json: string): PublishedParagraph[] {
  const data = JSON.parse(json) as { paragraphs?: unknown };
  if (!Array.isArray(data.paragraphs)) throw new Error('paragraphs.json: expected an object with a "paragraphs" list');
  return data.paragraphs.map((p: Record<string, unknown>, i: number) => {
    const { id, number, chapter, text } = p;
    if (
      typeof id !== 'string' ||
      typeof number !== 'string' ||
      typeof chapter !== 'string' ||
      typeof text !== 'string'
    ) {
      throw new Error(
        `paragraphs.json: paragraph ${i + 1} needs id, number, chapter and text as strings, received ${JSON.stringify(p)}`,
      );
    }
    return { id, number, chapter, text: squash(text) };
  });
}

/** The pin a published paragraph gets in `version`. */
export const pinOf = (paragraph: PublishedParagraph, version: string): PinnedParagraph => ({
  chapter: paragraph.chapter,
  start: firstWords(paragraph.text, 10),
  sha256: textHash(paragraph.text),
  since: version,
});

/** The parts of an updates entry the check needs. */
interface UpdateLike {
  version: string;
  changes: readonly { where: string }[];
}

/**
 * Compares the published paragraphs with the pins and returns every problem, each as a sentence that
 * tells the author what to do. Published ids must keep their text; a changed text must be recorded as a
 * correction in the updates list under the version it was re-pinned in.
 */
export function checkPins(
  pins: ParagraphPins,
  published: readonly PublishedParagraph[],
  updates: readonly UpdateLike[],
  firstVersion: string,
): string[] {
  const problems: string[] = [];
  const byId = new Map(published.map((p) => [p.id, p]));
  for (const [id, pin] of Object.entries(pins)) {
    const now = byId.get(id);
    if (!now) {
      problems.push(
        `Paragraph ${id} (${pin.chapter}, "${pin.start}") was published and has disappeared. Published paragraph ids never change: restore it, or keep the paragraph and record a correction in content/updates.yaml.`,
      );
      continue;
    }
    if (textHash(now.text) !== pin.sha256) {
      problems.push(
        `Paragraph ${id} (${pin.chapter}) changed: it was "${pin.start}", it is now "${firstWords(now.text, 10)}". ` +
          `If a paragraph was inserted before it, move the new paragraph to the end of the chapter: published ids never change. ` +
          `If this is a correction, record it in content/updates.yaml (a new version listing /report/${pin.chapter}/#${id}), then run npm run build && npm run pin-paragraphs.`,
      );
    }
    if (pin.since !== firstVersion) {
      const entry = updates.find((u) => u.version === pin.since);
      if (!entry?.changes.some((c) => c.where.endsWith(`#${id}`))) {
        problems.push(
          `Paragraph ${id} (${pin.chapter}) was pinned in version ${pin.since}, but content/updates.yaml has no entry ${pin.since} listing /report/${pin.chapter}/#${id}: record the change there.`,
        );
      }
    }
  }
  for (const paragraph of published) {
    if (!(paragraph.id in pins)) {
      problems.push(
        `Paragraph ${paragraph.id} (${paragraph.chapter}, "${firstWords(paragraph.text, 10)}") is not pinned yet: run npm run build && npm run pin-paragraphs, and commit ${PINS_FILE}.`,
      );
    }
    if (paragraph.number !== paragraphNumber(paragraph.id)) {
      problems.push(
        `Paragraph ${paragraph.id} shows the number "${paragraph.number}"; its number must be ${paragraphNumber(paragraph.id)}.`,
      );
    }
  }
  return problems;
}

/**
 * New pins for what is published now: unchanged paragraphs keep their pin, changed and new ones are
 * pinned in `version`. Returns the problems instead when a published id has disappeared.
 */
export function repin(
  pins: ParagraphPins,
  published: readonly PublishedParagraph[],
  version: string,
): { pins: ParagraphPins; problems: string[] } {
  const ids = new Set(published.map((p) => p.id));
  const problems = Object.entries(pins)
    .filter(([id]) => !ids.has(id))
    .map(
      ([id, pin]) =>
        `Paragraph ${id} (${pin.chapter}, "${pin.start}") was published and has disappeared: published ids never change. Restore it before pinning.`,
    );
  const next: ParagraphPins = {};
  for (const paragraph of published) {
    const old = pins[paragraph.id];
    next[paragraph.id] = old && old.sha256 === textHash(paragraph.text) ? old : pinOf(paragraph, version);
  }
  return { pins: next, problems };
}
