import { describe, expect, test } from 'vitest';
import { withLanguage } from '#src/i18n/language.ts';
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

  test('on a French or Arabic page, shows and links every change at its address in that language', () => {
    const changes = [
      { where: '/report/03-smuggling-market/#p3-7', what: 'Le paragraphe garde la formulation du document.' },
      { where: '/', what: 'La page d’accueil.' },
    ];
    const update = {
      version: '1.1.0',
      date: '2026-12-03',
      kind: 'correction' as const,
      summary: 'Corrections.',
      changes,
    };
    expect(withLanguage('fr', () => updateItems([update], '1.1.0'))[0]?.changes).toEqual([
      {
        href: '/fr/report/03-smuggling-market/#p3-7',
        where: '/fr/report/03-smuggling-market/#p3-7',
        what: 'Le paragraphe garde la formulation du document.',
      },
      { href: '/fr/', where: '/fr/', what: 'La page d’accueil.' },
    ]);
    expect(withLanguage('ar', () => updateItems([update], '1.1.0'))[0]?.changes[0]?.href).toBe(
      '/ar/report/03-smuggling-market/#p3-7',
    );
  });
});
