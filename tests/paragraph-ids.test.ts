import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadUpdates } from '#src/lib/site/edition.ts';
import {
  checkPins,
  PINS_FILE,
  readPublished,
  renderedParagraphs,
  type ParagraphPins,
} from '#src/lib/report/paragraph-pins.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const published = readPublished(readFileSync(join(dist, 'report/paragraphs.json'), 'utf8'));
const pins = JSON.parse(readFileSync(join(process.cwd(), PINS_FILE), 'utf8')) as ParagraphPins;
const updates = loadUpdates();

describe('published paragraph ids', () => {
  test('every published paragraph keeps its id and text: new paragraphs go at the end, corrections are recorded', () => {
    const problems = checkPins(pins, published, updates, updates[0]?.version ?? '');
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  test('the pinned list covers every chapter of the report', () => {
    const chapters = readdirSync(join(dist, 'report')).filter((name) => /^\d{2}-/.test(name));
    expect(new Set(Object.values(pins).map((pin) => pin.chapter))).toEqual(new Set(chapters));
  });

  test('each chapter page shows exactly the paragraphs of the paragraph list, with their numbers', () => {
    const chapters = [...new Set(published.map((p) => p.chapter))];
    for (const chapter of chapters) {
      const rendered = renderedParagraphs(readFileSync(join(dist, 'report', chapter, 'index.html'), 'utf8'));
      expect(rendered, chapter).toEqual(
        published.filter((p) => p.chapter === chapter).map(({ id, number }) => ({ id, number })),
      );
    }
  });
});
