import { describe, expect, test } from 'vitest';
import { instrumentLabel } from './labels.ts';
import { indexView, letterId, provisionShown, termLine, usedInLinks } from './views.ts';

const term = {
  id: 'untoc/extradition',
  data: {
    title: 'Extradition',
    instrument: 'untoc',
    provision: 'Art. 16',
    lead: 'Surrender of a person.',
    obligation: 'mandatory' as const,
  },
};

describe('glossary page views', () => {
  test('an instrument is named by its abbreviation, or by its short title when it has none', () => {
    expect(instrumentLabel({ abbreviation: 'UNTOC', shortTitle: 'Organized Crime Convention' })).toBe('UNTOC');
    expect(instrumentLabel({ shortTitle: 'Model Law' })).toBe('Model Law');
  });

  test('"Used in" is split by kind, each line with its link and text', () => {
    const used = usedInLinks([
      {
        kind: 'chapter',
        chapter: '03-smuggling-market',
        chapterTitle: 'The market',
        chapterNumber: 3,
        paragraph: 'p3-12',
        text: 'extradited',
      },
      {
        kind: 'chapter',
        chapter: '04-links',
        chapterTitle: 'Links',
        chapterNumber: 4,
        paragraph: undefined,
        text: 'extradition',
      },
      { kind: 'recommendation', recommendation: 'B2', title: 'Cooperate' },
      { kind: 'guide', guide: 'cooperation-tools', title: 'Cooperation tools' },
    ]);
    expect(used.any).toBe(true);
    expect(used.chapters.map((c) => [c.href, c.text, c.quote])).toEqual([
      ['/report/03-smuggling-market/#p3-12', '§3.12', 'extradited'],
      ['/report/04-links/', 'Chapter 4', 'extradition'],
    ]);
    expect(used.recommendations).toEqual([{ href: '/recommendations/b2/', text: 'Recommendation B2: Cooperate' }]);
    expect(used.guides).toEqual([{ href: '/glossary/cooperation-tools/', text: 'Cooperation tools' }]);
    expect(usedInLinks([]).any).toBe(false);
  });

  test('a provision shows its short form after the full one only when they differ', () => {
    expect(provisionShown('Art. 16')).toEqual({ full: 'Article 16', short: 'Art. 16' });
    expect(provisionShown('Preamble')).toEqual({ full: 'Preamble' });
  });

  test('a term line names the instrument and the provision, or the narrower pinpoint cited', () => {
    expect(termLine(term, { abbreviation: 'UNTOC', shortTitle: 'Organized Crime Convention' }).where).toBe(
      'UNTOC, Art. 16',
    );
    expect(termLine(term, { shortTitle: 'Convention' }, 'Art. 16(10)')).toMatchObject({
      where: 'Convention, Art. 16(10)',
      href: '/glossary/untoc/extradition/',
    });
  });

  test('the A–Z index gives each letter its anchor, "#" included', () => {
    expect(letterId('E')).toBe('letter-e');
    expect(letterId('#')).toBe('letter-other');
    const view = indexView(
      [{ letter: 'E', items: [{ kind: 'term', sortKey: 'extradition', term: term as never }] }],
      () => ({ abbreviation: 'UNTOC', shortTitle: 'x' }),
    );
    expect(view[0]).toMatchObject({ id: 'letter-e', items: [{ kind: 'term', term: { where: 'UNTOC, Art. 16' } }] });
  });
});
