import { describe, expect, test } from 'vitest';
import { updateItems } from './views.ts';

describe('updateItems', () => {
  test('lists updates newest first by version number, marks the current edition and links each change', () => {
    const items = updateItems(
      [
        { version: '1.0.0', date: '2026-11-28', kind: 'publication', summary: 'First.', changes: [] },
        { version: '1.10.0', date: '2026-12-20', kind: 'update', summary: 'Tenth.', changes: [] },
        {
          version: '1.2.0',
          date: '2026-12-03',
          kind: 'correction',
          summary: 'Fixed.',
          changes: [{ where: '/glossary/untoc/extradition/', what: 'Article 16(10).' }],
        },
      ],
      '1.2.0',
    );
    expect(items.map((u) => u.id)).toEqual(['v1.10.0', 'v1.2.0', 'v1.0.0']);
    expect(items[1]).toMatchObject({
      heading: 'Version 1.2.0 (current edition)',
      kind: 'Correction',
      dateText: '3 December 2026',
    });
    expect(items[0]?.heading).toBe('Version 1.10.0');
    expect(items[1]?.changes).toEqual([
      { href: '/glossary/untoc/extradition/', where: '/glossary/untoc/extradition/', what: 'Article 16(10).' },
    ]);
  });
});
