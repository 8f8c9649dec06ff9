import { describe, expect, test } from 'vitest';
import { contentsLines, findingCards, groupRecommendations } from './views.ts';

const chapters = [
  { id: '01-introduction', data: { number: 1, title: 'Introduction', description: 'Why.' } },
  { id: '03-smuggling-market', data: { number: 3, title: 'The market', description: 'Fees.' } },
];

describe('report page views', () => {
  test('a headline finding links to its chapter section; one naming a missing chapter stops the build', () => {
    expect(
      findingCards([{ text: 'home.finding.data', chapter: '03-smuggling-market', section: 'fees' }], chapters),
    ).toEqual([expect.objectContaining({ href: '/report/03-smuggling-market/#fees', chapter: 'The market' })]);
    expect(() => findingCards([{ text: 'home.finding.data', chapter: '09-none', section: 'x' }], chapters)).toThrow(
      /links to chapter "09-none", which does not exist/,
    );
  });

  test('the contents keep the reading order and the chapter numbers', () => {
    expect(contentsLines(chapters).map((c) => [c.number, c.href])).toEqual([
      [1, '/report/01-introduction/'],
      [3, '/report/03-smuggling-market/'],
    ]);
  });

  test('recommendations are grouped A then B, keeping their order, each with its address', () => {
    const recs = [
      { id: 'B1', group: 'B' as const, title: 'b1', text: 't', highlight: 't' },
      { id: 'A2', group: 'A' as const, title: 'a2', text: 't', highlight: 't' },
      { id: 'A1', group: 'A' as const, title: 'a1', text: 't', highlight: 't' },
    ];
    const groups = groupRecommendations(recs);
    expect(groups.map((g) => [g.group, g.items.map((r) => r.id)])).toEqual([
      ['A', ['A2', 'A1']],
      ['B', ['B1']],
    ]);
    expect(groups[0]?.heading).toBe('Group A: Understanding the crime and establishing a baseline');
    expect(groups[1]?.items[0]?.href).toBe('/recommendations/b1/');
  });
});
