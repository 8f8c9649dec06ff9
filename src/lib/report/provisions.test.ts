import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { withLanguage } from '#src/i18n/language.ts';
import { provisionInLanguage } from './provisions.ts';

const shortTitles: Record<string, Record<string, string>> = {
  fr: {
    'som-protocol': 'Protocole relatif au trafic illicite de migrants',
    untoc: 'Convention contre la criminalité organisée',
  },
  ar: { 'som-protocol': 'بروتوكول تهريب المهاجرين', untoc: 'اتفاقية الجريمة المنظمة' },
};

describe('provisionInLanguage', () => {
  test('shows a provision as written on English pages', () => {
    expect(provisionInLanguage('Smuggling of Migrants Protocol, art. 6(1)(a)', () => 'x', 'A1.md')).toBe(
      'Smuggling of Migrants Protocol, art. 6(1)(a)',
    );
  });

  test('names the instrument by its short title in the language, with the article in its notation', () => {
    for (const lang of ['fr', 'ar'] as const) {
      const title = (id: string) => shortTitles[lang]?.[id] ?? id;
      expect(
        withLanguage(lang, () => provisionInLanguage('Smuggling of Migrants Protocol, art. 6(1)(a)', title, 'A1.md')),
      ).toBe(
        lang === 'fr'
          ? 'Protocole relatif au trafic illicite de migrants, art. 6(1)(a)'
          : 'بروتوكول تهريب المهاجرين، المادة 6(1)(a)',
      );
    }
    expect(
      withLanguage('fr', () =>
        provisionInLanguage(
          'UN Convention against Transnational Organized Crime, art. 27(1)(d)',
          (id) => shortTitles.fr?.[id] ?? id,
          'B3.md',
        ),
      ),
    ).toBe('Convention contre la criminalité organisée, art. 27(1)(d)');
  });

  test('refuses a provision it could not show in another language, naming the file', () => {
    expect(() =>
      provisionInLanguage('Palermo Protocol, Article 3', () => 'x', 'content/recommendations/A1.md'),
    ).toThrow(
      'content/recommendations/A1.md: the provision "Palermo Protocol, Article 3" must read "<instrument>, art. <article>"',
    );
  });

  test('every provision of the recommendations can be shown in every language', () => {
    const folder = join(process.cwd(), 'content/recommendations');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '') as {
        provisions?: string[];
      };
      for (const provision of data.provisions ?? [])
        expect(() => withLanguage('fr', () => provisionInLanguage(provision, (id) => id, file))).not.toThrow();
    }
  });
});
