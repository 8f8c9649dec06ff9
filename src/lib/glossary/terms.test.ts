import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GlossaryTermData } from '#src/schemas/glossary.ts';
import {
  abbreviations,
  alphabeticalIndex,
  articlesByNumber,
  backlinks,
  byInstrument,
  citationLabel,
  inArticleOrder,
  indexKey,
  indexLetter,
  provisionInFull,
  referenceProblems,
  openingArticle,
  searchLabel,
  yearsBetween,
  type TermEntry,
} from './terms.ts';
import { findTermUses } from './term-usage.ts';

/** A minimal valid entry for the tests. */
function term(id: string, overrides: Partial<GlossaryTermData> = {}): TermEntry {
  const instrument = id.slice(0, id.indexOf('/')) as GlossaryTermData['instrument'];
  return {
    id,
    data: {
      title: id,
      aliases: [],
      instrument,
      provision: 'Art. 1',
      order: 1,
      obligation: 'mandatory',
      lead: 'A lead.',
      relevance: 'Why.',
      recommendations: [],
      related: [],
      sources: [{ title: 'Source', url: 'https://example.org/' }],
      confidence: 'primary',
      ...overrides,
    },
  };
}

describe('ordering', () => {
  test("lists an instrument's terms by article, then by title", () => {
    const terms = [
      term('untoc/mutual-legal-assistance', { title: 'Mutual legal assistance', order: 18 }),
      term('untoc/central-authority', { title: 'Central authority', order: 18.13 }),
      term('untoc/organized-criminal-group', { title: 'Organized criminal group', order: 2.01 }),
      term('untoc/extradition', { title: 'Extradition', order: 16 }),
    ];
    expect(inArticleOrder(terms).map((t) => t.id)).toEqual([
      'untoc/organized-criminal-group',
      'untoc/extradition',
      'untoc/mutual-legal-assistance',
      'untoc/central-authority',
    ]);
  });

  test('groups terms by instrument, each group in article order', () => {
    const groups = byInstrument([term('untoc/b', { order: 2 }), term('som-protocol/a'), term('untoc/a', { order: 1 })]);
    expect([...groups.keys()]).toEqual(['untoc', 'som-protocol']);
    expect(groups.get('untoc')?.map((t) => t.id)).toEqual(['untoc/a', 'untoc/b']);
  });
});

describe('A–Z index', () => {
  test('files each term under the first letter of its title, ignoring quotes and accents', () => {
    expect(indexLetter('"Object of smuggling"')).toBe('O');
    expect(indexLetter('Écart')).toBe('E');
    expect(indexLetter('2010 edition')).toBe('#');
  });

  test('lists abbreviations among the aliases, not ordinary words', () => {
    expect(abbreviations(['MLA', 'JITs', 'FoMB', 'E4J', 'mutual assistance', 'Article 18', 'attempt'])).toEqual([
      'MLA',
      'JITs',
      'FoMB',
      'E4J',
    ]);
  });

  test('adds a "see" line for each abbreviation, sorts titles shared by two instruments in instrument order, and puts letters in order', () => {
    const index = alphabeticalIndex(
      [
        term('model-law/aggravating-circumstances', { title: 'Aggravating circumstances' }),
        term('som-protocol/aggravating-circumstances', { title: 'Aggravating circumstances' }),
        term('untoc/mutual-legal-assistance', {
          title: 'Mutual legal assistance',
          aliases: ['MLA', 'mutual assistance'],
        }),
        term('untoc/joint-investigations', { title: 'Joint investigations', aliases: ['JIT'] }),
      ],
      (id) => ['untoc', 'som-protocol', 'tip-protocol', 'model-law', 'unodc-tools'].indexOf(id),
    );
    expect(index.map((g) => g.letter)).toEqual(['A', 'J', 'M']);
    expect(index[0]?.items.map((i) => i.term.id)).toEqual([
      'som-protocol/aggravating-circumstances',
      'model-law/aggravating-circumstances',
    ]);
    expect(
      index[1]?.items.map((i) => (i.kind === 'abbreviation' ? `${i.abbreviation} → ${i.term.id}` : i.term.id)),
    ).toEqual(['JIT → untoc/joint-investigations', 'untoc/joint-investigations']);
    expect(
      index[2]?.items.map((i) => (i.kind === 'abbreviation' ? `${i.abbreviation} → ${i.term.id}` : i.term.id)),
    ).toEqual(['MLA → untoc/mutual-legal-assistance', 'untoc/mutual-legal-assistance']);
  });
});

describe('provisions', () => {
  test('are written out in full for readers and search', () => {
    expect(provisionInFull('Art. 18(13)')).toBe('Article 18(13)');
    expect(provisionInFull('Arts 5.A–5.F')).toBe('Articles 5.A–5.F');
    expect(provisionInFull('Art. 5; Art. 6(4)')).toBe('Article 5; Article 6(4)');
    expect(provisionInFull('COP resolution 9/1')).toBe('COP resolution 9/1');
  });

  test('name the articles a provision cites by paragraph, as readers type them', () => {
    expect(articlesByNumber('Art. 6(1)(a)')).toEqual(['Article 6']);
    expect(articlesByNumber('Art. 11(1), (5) and (6)')).toEqual(['Article 11']);
    expect(articlesByNumber('Art. 3(a); Art. 6(1); interpretative note (A/55/383/Add.1, paras 88–90)')).toEqual([
      'Article 3',
      'Article 6',
    ]);
    expect(articlesByNumber('Art. 18')).toEqual([]);
    expect(articlesByNumber('Arts 5, 6, 16 and 18 (terminology)')).toEqual([]);
    expect(articlesByNumber('COP resolution 9/1')).toEqual([]);
  });

  test('give short search labels such as "UNTOC art. 18"', () => {
    expect(searchLabel('UNTOC', 'Art. 18')).toBe('UNTOC art. 18');
    expect(searchLabel('SOM Protocol', 'Art. 3(a); Art. 6(1); interpretative note')).toBe('SOM Protocol art. 3(a)');
    expect(searchLabel('SOM Model Law', 'Art. 5 (Options A–C)')).toBe('SOM Model Law art. 5');
    expect(searchLabel('SOM Model Law', 'Arts 5.A–5.F')).toBe('SOM Model Law arts 5.A–5.F');
    expect(searchLabel('SOM Protocol', 'Arts 5, 6, 16 and 18 (terminology)')).toBe('SOM Protocol arts 5, 6, 16 and 18');
    expect(searchLabel('SOM Protocol', 'Arts 4, 5, 16(1), 18(1) and 19(2) (terminology)')).toBe(
      'SOM Protocol arts 4, 5, 16(1), 18(1) and 19(2)',
    );
    expect(searchLabel('UNTOC', 'COP resolution 9/1')).toBe('UNTOC');
  });

  test('give citation labels with the instrument, or the provision alone when it is not an article', () => {
    expect(citationLabel('SOM Protocol', 'Art. 3(a); Art. 6(1)')).toBe('SOM Protocol Art. 3(a)');
    expect(citationLabel('SOM Protocol', 'Art. 6(3)', 'Art. 6(3)(b)')).toBe('SOM Protocol Art. 6(3)(b)');
    expect(citationLabel('UNODC tools', 'ECOSOC resolution 1992/1')).toBe('ECOSOC resolution 1992/1');
  });
});

describe('reference checks', () => {
  const known = ['untoc/joint-investigations', 'untoc/mutual-legal-assistance'];

  test("name the line and column of an unknown id in a recommendation's terms", () => {
    const file = 'tests/fixtures/glossary/recommendation-unknown-term.md';
    const text = readFileSync(join(process.cwd(), file), 'utf8');
    const problems = referenceProblems(
      known,
      [],
      [
        { id: 'untoc/mutual-legal-assistance', source: { file, text }, field: 'terms' },
        { id: 'untoc/joint-investigation', source: { file, text }, field: 'terms' },
      ],
    );
    expect(problems).toEqual([
      'tests/fixtures/glossary/recommendation-unknown-term.md:8:40 unknown glossary term id "untoc/joint-investigation": expected one of the 2 ids of content/glossary/<instrument>/<term>.md; did you mean "untoc/joint-investigations"? (in terms)',
    ]);
  });

  test('report an unknown id used in a chapter with its file and position', () => {
    const file = 'tests/fixtures/glossary/unknown-term.mdx';
    const uses = findTermUses(readFileSync(join(process.cwd(), file), 'utf8'), file, 3).filter(
      (u) => u.id !== 'untoc/extradition',
    );
    expect(referenceProblems(known, uses, [])).toEqual([
      'tests/fixtures/glossary/unknown-term.mdx:12:43 unknown glossary term id "untoc/joint-investigation": expected one of the 2 ids of content/glossary/<instrument>/<term>.md; did you mean "untoc/joint-investigations"?',
    ]);
  });

  test('catch an entry filed under the wrong instrument folder and an entry related to itself', () => {
    const text = '---\ntitle: X\ninstrument: untoc\nrelated: [som-protocol/x]\n---\n';
    const entry = {
      ...term('som-protocol/x', { instrument: 'untoc', related: ['som-protocol/x'] }),
      source: { file: 'content/glossary/som-protocol/x.md', text },
    };
    expect(referenceProblems(['som-protocol/x'], [], [], [entry])).toEqual([
      'content/glossary/som-protocol/x.md:3:1 instrument "untoc" does not match the folder "som-protocol": move the file or correct the field',
      'content/glossary/som-protocol/x.md:4:11 an entry cannot be related to itself: remove "som-protocol/x" from related',
    ]);
  });
});

describe('backlinks', () => {
  test('list chapter paragraphs in reading order once each, then recommendations and guides', () => {
    const use = (id: string, paragraph: string | undefined) => ({
      id,
      paragraph,
      text: 'words',
      file: 'f',
      line: 1,
      column: 1,
    });
    const links = backlinks(
      [
        { id: '06-conclusions', title: 'Conclusions', number: 6, uses: [use('untoc/mla', 'p6-8')] },
        {
          id: '03-market',
          title: 'Market',
          number: 3,
          uses: [use('untoc/mla', 'p3-2'), use('untoc/mla', 'p3-2'), use('untoc/jit', undefined)],
        },
      ],
      [{ id: 'B1', title: 'Use the full UNTOC toolbox', terms: ['untoc/mla', 'untoc/mla'] }],
      [{ guide: 'cooperation-tools', title: 'Which tool?', terms: ['untoc/mla'] }],
    );
    expect(links.get('untoc/mla')).toEqual([
      {
        kind: 'chapter',
        chapter: '03-market',
        chapterTitle: 'Market',
        chapterNumber: 3,
        paragraph: 'p3-2',
        text: 'words',
      },
      {
        kind: 'chapter',
        chapter: '06-conclusions',
        chapterTitle: 'Conclusions',
        chapterNumber: 6,
        paragraph: 'p6-8',
        text: 'words',
      },
      { kind: 'recommendation', recommendation: 'B1', title: 'Use the full UNTOC toolbox' },
      { kind: 'guide', guide: 'cooperation-tools', title: 'Which tool?' },
    ]);
    expect(links.get('untoc/jit')).toHaveLength(1);
    expect(links.get('untoc/other')).toBeUndefined();
  });
});

describe('dates', () => {
  test('count whole years between two dates', () => {
    expect(yearsBetween('2020-10-12', '2026-11-28')).toBe(6);
    expect(yearsBetween('2024-04-26', '2026-04-25')).toBe(1);
  });
});

describe('openingArticle', () => {
  test('names the article of a provision that opens with its first paragraph, and nothing else', () => {
    expect(openingArticle('Art. 6(1)(a)')).toEqual(['Article 6']);
    expect(openingArticle('Art. 18(1); Art. 18(13)')).toEqual(['Article 18']);
    expect(openingArticle('Art. 6(3)')).toEqual([]);
    expect(openingArticle('Art. 6(1)(b)')).toEqual([]);
    expect(openingArticle('Art. 6(1)(c); Art. 6(3)')).toEqual([]);
    expect(openingArticle('Art. 6(2)(a)–(c)')).toEqual([]);
    expect(openingArticle('Art. 6')).toEqual([]);
    expect(openingArticle('COP resolution 9/1')).toEqual([]);
  });
});

describe('index letters in French and Arabic', () => {
  test('French accents are filed under their letter', () => {
    expect(indexLetter('Échange d’informations')).toBe('E');
  });

  test('Arabic titles are filed without the article, hamza forms under alef', () => {
    expect(indexLetter('الاتجار بالأشخاص')).toBe('ا');
    expect(indexLetter('المساعدة القانونية المتبادلة')).toBe('م');
    expect(indexLetter('إبعاد')).toBe('ا');
    expect(indexKey('التسليم المراقب')).toBe('تسليم المراقب');
  });
});
