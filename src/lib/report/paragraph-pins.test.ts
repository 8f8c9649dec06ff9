import { describe, expect, test } from 'vitest';
import {
  checkPins,
  pinOf,
  readPublished,
  renderedParagraphs,
  repin,
  textHash,
  type PublishedParagraph,
} from './paragraph-pins.ts';

const page = `<main><div class="prose">
  <p id="p3-1" class="para"><a class="para-num" href="#p3-1">3.1</a> This chapter covers three findings.</p>
  <blockquote class="paper-quote para" id="p3-2"><p class="paper-quote-label"><a class="para-num" href="#p3-2">3.2</a> From the paper</p>
     <div class="paper-quote-text">No single group dominates.</div></blockquote>
  <div class="context"><p>Not numbered.</p></div>
</div></main>`;

const published = readPublished(
  JSON.stringify({
    paragraphs: [
      { id: 'p3-1', number: '3.1', chapter: '03-smuggling-market', text: 'This chapter covers\n three findings.' },
      { id: 'p3-2', number: '3.2', chapter: '03-smuggling-market', quote: true, text: 'No single group dominates.' },
    ],
  }),
);
const pins = Object.fromEntries(published.map((p) => [p.id, pinOf(p, '1.0.0')]));

describe('renderedParagraphs', () => {
  test('reads the id and shown number of numbered paragraphs and quotes, and nothing else', () => {
    expect(renderedParagraphs(page)).toEqual([
      { id: 'p3-1', number: '3.1' },
      { id: 'p3-2', number: '3.2' },
    ]);
  });
});

describe('readPublished', () => {
  test('reads the paragraph list with white space collapsed', () => {
    expect(published[0]).toEqual({
      id: 'p3-1',
      number: '3.1',
      chapter: '03-smuggling-market',
      text: 'This chapter covers three findings.',
    });
  });

  test('names the paragraph that lacks a field', () => {
    expect(() => readPublished('{"paragraphs":[{"id":"p1-1"}]}')).toThrow(
      'paragraphs.json: paragraph 1 needs id, number, chapter and text as strings',
    );
  });
});

describe('checkPins', () => {
  test('passes when every published paragraph keeps its pinned text', () => {
    expect(checkPins(pins, published, [], '1.0.0')).toEqual([]);
  });

  test('fails when a published id disappears, naming it and what to do', () => {
    const problems = checkPins(pins, published.slice(0, 1), [], '1.0.0');
    expect(problems).toEqual([
      expect.stringContaining(
        'Paragraph p3-2 (03-smuggling-market, "No single group dominates.") was published and has disappeared',
      ),
    ]);
  });

  test('fails when a text changes, telling the author to add paragraphs at the end or record a correction', () => {
    const changed = published.map((p) => (p.id === 'p3-1' ? { ...p, text: 'A new paragraph slipped in here.' } : p));
    const [problem] = checkPins(pins, changed, [], '1.0.0');
    expect(problem).toContain('Paragraph p3-1 (03-smuggling-market) changed');
    expect(problem).toContain('move the new paragraph to the end of the chapter');
    expect(problem).toContain('record it in content/updates.yaml');
  });

  test('fails on a paragraph that is not pinned yet', () => {
    const extra: PublishedParagraph = {
      id: 'p3-3',
      number: '3.3',
      chapter: '03-smuggling-market',
      text: 'Added at the end.',
    };
    expect(checkPins(pins, [...published, extra], [], '1.0.0')).toEqual([
      expect.stringContaining('Paragraph p3-3 (03-smuggling-market, "Added at the end.") is not pinned yet'),
    ]);
  });

  test('accepts a corrected paragraph only when the updates list records it under the version it was pinned in', () => {
    const corrected = published.map((p) => (p.id === 'p3-1' ? { ...p, text: 'Corrected text.' } : p));
    const repinned = { ...pins, 'p3-1': pinOf(corrected[0] as PublishedParagraph, '1.0.1') };
    expect(checkPins(repinned, corrected, [{ version: '1.0.1', changes: [] }], '1.0.0')).toEqual([
      expect.stringContaining(
        'was pinned in version 1.0.1, but content/updates.yaml has no entry 1.0.1 listing /report/03-smuggling-market/#p3-1',
      ),
    ]);
    expect(
      checkPins(
        repinned,
        corrected,
        [{ version: '1.0.1', changes: [{ where: '/report/03-smuggling-market/#p3-1' }] }],
        '1.0.0',
      ),
    ).toEqual([]);
  });

  test('fails when the number shown does not match the id', () => {
    const wrong = published.map((p) => (p.id === 'p3-2' ? { ...p, number: '3.3' } : p));
    expect(checkPins(pins, wrong, [], '1.0.0')).toEqual([
      'Paragraph p3-2 shows the number "3.3"; its number must be 3.2.',
    ]);
  });
});

describe('repin', () => {
  test('keeps unchanged pins and pins new or changed text in the current version', () => {
    const changed = [{ ...(published[0] as PublishedParagraph), text: 'Changed.' }, published[1] as PublishedParagraph];
    const { pins: next, problems } = repin(pins, changed, '1.0.1');
    expect(problems).toEqual([]);
    expect(next['p3-1']).toMatchObject({ since: '1.0.1', sha256: textHash('Changed.') });
    expect(next['p3-2']).toEqual(pins['p3-2']);
  });

  test('refuses to drop a published id', () => {
    expect(repin(pins, published.slice(0, 1), '1.0.1').problems).toEqual([expect.stringContaining('Paragraph p3-2')]);
  });
});
